def test_counter_with_a_button(run_app):
    app = run_app("""
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Increment"):
            st.session_state.count += 1
        st.write("Count:", st.session_state.count)
    """)
    assert app.bodies() == ["Count: `0`"]
    app.click("Increment").click("Increment")
    assert app.bodies() == ["Count: `2`"]
    app.run()
    assert app.bodies() == ["Count: `2`"]


def test_keyed_widget_is_readable_through_state(run_app):
    app = run_app("""
        import streamlit as st
        st.slider("x", key="x")
        st.write(st.session_state.x, st.session_state["x"], "x" in st.session_state, dict(st.session_state))
    """)
    assert app.elements()[1]["props"]["body"] == "`0` `0` `True`"
    assert app.elements()[2]["props"]["body"] == '{"x": 0}'
    app.set("x", 42)
    assert app.elements()[1]["props"]["body"] == "`42` `42` `True`"


def test_unkeyed_widgets_are_not_in_state(run_app):
    app = run_app("""
        import streamlit as st
        st.slider("x")
        st.write(len(st.session_state), list(st.session_state.keys()))
    """)
    assert app.elements()[1]["props"]["body"] == "`0`"


def test_setting_state_before_the_widget_sets_its_value(run_app):
    app = run_app("""
        import streamlit as st
        if st.button("Reset"):
            st.session_state.name = "reset"
        st.write(st.text_input("Name", key="name"))
    """)
    assert app.bodies() == [""]
    app.set("Name", "typed")
    assert app.value("Name") == "typed"
    app.click("Reset")
    assert app.value("Name") == "reset"
    assert app.bodies() == ["reset"]
    app.run()
    assert app.value("Name") == "reset"


def test_setting_state_after_the_widget_is_an_error(run_app):
    app = run_app("""
        import streamlit as st
        st.slider("x", key="x")
        st.session_state.x = 5
    """)
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert props["message"].startswith(
        "`st.session_state['x']` cannot be modified after the widget with that key is instantiated."
    )


def test_button_value_cannot_be_set(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.go = True
        st.button("Go", key="go")
    """)
    assert app.get("exception")[0]["props"]["message"].startswith(
        "`st.session_state['go']` is read-only and cannot be assigned through session state."
    )


def test_missing_key_and_attribute_errors(run_app):
    app = run_app("""
        import streamlit as st
        try:
            st.session_state.nope
        except AttributeError as e:
            st.text(e)
        try:
            st.session_state["nope"]
        except KeyError as e:
            st.text(e.args[0])
        del st.session_state.nope
    """)
    first, second = app.bodies("text")
    assert first.startswith(
        'st.session_state has no attribute "nope". Did you forget to initialize it?'
    )
    assert second.startswith('st.session_state has no key "nope". Did you forget to initialize it?')
    assert app.get("exception")[0]["props"]["type"] == "AttributeError"


def test_callbacks_run_before_the_script_with_args(run_app):
    app = run_app("""
        import streamlit as st
        log = st.session_state.setdefault("log", [])
        def changed(name, *, suffix):
            log.append(f"{name} -> {st.session_state.s}{suffix}")
        def clicked():
            log.append("clicked")
        log.append("script")
        st.slider("s", key="s", on_change=changed, args=("slider",), kwargs={"suffix": "!"})
        st.button("b", on_click=clicked)
        st.write(" | ".join(log))
    """)
    app.set("s", 5)
    assert app.bodies()[-1] == "script | slider -> 5! | script"
    app.click("b")
    assert app.bodies()[-1] == "script | slider -> 5! | script | clicked | script"
    app.run()  # nothing changed: no callback
    assert app.bodies()[-1].endswith("clicked | script | script")


def test_callback_may_set_its_own_widget(run_app):
    app = run_app("""
        import streamlit as st
        def clear():
            st.session_state.text = ""
        st.text_input("Text", key="text", on_change=clear)
    """)
    app.set("Text", "hello")
    assert app.value("Text") == ""


def test_callback_exception_is_shown_and_script_does_not_run(run_app):
    app = run_app("""
        import streamlit as st
        def boom():
            raise RuntimeError("in callback")
        st.button("b", on_click=boom)
        st.write("script ran")
    """)
    app.click("b")
    assert app.status == "error"
    assert [e["kind"] for e in app.elements()] == ["exception"]
    assert app.get("exception")[0]["props"]["message"] == "in callback"


def test_stale_widgets_are_forgotten_after_a_complete_run(run_app):
    app = run_app("""
        import streamlit as st
        if st.checkbox("show"):
            st.slider("inner", key="inner")
        st.write("inner" in st.session_state)
    """)
    app.set("show", True)
    app.set("inner", 9)
    assert app.bodies() == ["`True`"]
    app.set("show", False)
    app.run()
    assert app.bodies() == ["`False`"]
    app.set("show", True)
    assert app.value("inner") == 0


def test_state_survives_reruns_but_not_a_new_session(run_app):
    source = """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.write(st.session_state.runs)
    """
    app = run_app(source)
    app.run().run()
    assert app.bodies() == ["`3`"]
    assert run_app(source).bodies() == ["`1`"]


def test_reserved_keys(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state["$$ID-x"] = 1
    """)
    assert app.get("exception")[0]["props"]["message"] == "Keys beginning with $$ID are reserved."
