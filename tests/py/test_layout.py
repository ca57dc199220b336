"""Layout commands: columns, containers, expanders, tabs, popovers, space and st.bottom."""

from __future__ import annotations


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


def test_columns_alignment_border_and_any_nesting(run_app):
    app = run_app("""
        import streamlit as st
        a, b = st.columns(2, gap="medium", vertical_alignment="bottom", border=True)
        with a:
            x, y = st.columns([1, 3], gap=None)
            with y:
                inner, = st.columns(1)
                inner.write("deep")
    """)
    assert app.tree["main.0"]["props"] == {"layout": "horizontal", "gap": "medium", "width": "stretch", "wrap": True}
    assert app.tree["main.0.1"]["props"] == {
        "layout": "column", "weight": 0.5, "gap": "medium", "border": True, "vertical_alignment": "bottom",
    }  # fmt: skip
    assert app.tree["main.0.0.0.0"]["props"]["gap"] is None
    assert app.tree["main.0.0.0.1"]["props"]["weight"] == 0.75
    assert app.tree["main.0.0.0.1.0.0.0"]["props"]["body"] == "deep"


def test_columns_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.columns(2, vertical_alignment="middle")
    """)
    assert error_of(app) == (
        "StreamlitValueError",
        "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. "
        "Got 'middle'.",
    )
    app = run_app("""
        import streamlit as st
        st.columns(2, gap="huge")
    """)
    assert error_of(app)[0] == "StreamlitValueError"
    assert "Invalid `gap` value." in error_of(app)[1]


def test_container_height_scrolls_with_a_border_and_key_names_it(run_app):
    app = run_app("""
        import streamlit as st
        st.container(height=300, key="log").write("x")
        st.container(height=200, border=False).write("y")
        st.container(horizontal=True, horizontal_alignment="right", gap="xxsmall").write("z")
    """)
    log, plain, row = (app.tree[f"main.{i}"]["props"] for i in range(3))
    assert (log["height"], log["border"], log["key"], log["autoscroll"]) == (300, True, "log", None)
    assert (plain["height"], plain["border"]) == (200, False)
    assert (row["horizontal"], row["horizontal_alignment"], row["gap"]) == (True, "right", "xxsmall")


def test_container_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.container(wrap=False)
    """)
    assert error_of(app)[0] == "StreamlitIncompatibleParametersError"
    assert error_of(app)[1].startswith("`wrap=False` and `horizontal=False` cannot be used together.")
    app = run_app("""
        import streamlit as st
        st.container(height=-5)
    """)
    assert error_of(app)[1] == (
        "Invalid height value: -5. Height must be either a positive integer (pixels), "
        "'stretch', or 'content'."
    )


def test_expander_is_a_block_with_its_label(run_app):
    app = run_app("""
        import streamlit as st
        with st.expander("Details", expanded=True, icon=":material/info:"):
            st.write("inside")
        e = st.expander("Later")
        e.write("added")
        st.write(e.open)
    """)
    details = app.tree["main.0"]
    assert details["id"] is None
    assert details["props"] == {
        "layout": "expander", "label": "Details", "expanded": True, "icon": ":material/info:",
        "type": "default", "width": "stretch", "state": None, "stateful": False,
    }  # fmt: skip
    assert app.tree["main.0.0"]["props"]["body"] == "inside"
    assert app.tree["main.1.0"]["props"]["body"] == "added"
    assert app.tree["main.2"]["props"]["body"] == "`None`"


def test_expander_with_on_change_is_a_widget(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def changed():
            st.session_state.calls += 1
        e = st.expander("More", key="more", on_change=changed)
        st.write(f"open {e.open} {st.session_state.more} {st.session_state.calls}")
    """)
    expander = app.tree["main.0"]
    assert expander["id"] and expander["props"]["stateful"] is True
    assert app.bodies()[-1] == "open False False 0"
    app.run(widgets={expander["id"]: True})
    assert app.bodies()[-1] == "open True True 1"
    assert app.tree["main.0"]["props"]["expanded"] is True


def test_tabs_one_container_each_and_the_page_keeps_the_selection(run_app):
    app = run_app("""
        import streamlit as st
        tabs = st.tabs(["Cat", "Dog", "Owl"], default="Dog")
        tabs[0].write("meow")
        with tabs[2]:
            st.write("hoot")
        st.write([t.open for t in tabs])
    """)
    assert app.tree["main.0"]["props"] == {
        "layout": "tabs", "tabs": ["Cat", "Dog", "Owl"], "default": 1, "width": "stretch",
        "height": "content", "stateful": False, "value": None,
    }  # fmt: skip
    assert [app.tree[f"main.0.{i}"]["props"] for i in range(3)] == [
        {"layout": "tab", "label": label} for label in ("Cat", "Dog", "Owl")
    ]
    assert app.tree["main.0.0.0"]["props"]["body"] == "meow"
    assert app.tree["main.0.2.0"]["props"]["body"] == "hoot"


def test_stateful_tabs_report_the_open_tab(run_app):
    app = run_app("""
        import streamlit as st
        a, b = st.tabs(["A", "B"], key="tab", on_change="rerun")
        if b.open:
            b.write("only when open")
        st.write(st.session_state.tab)
    """)
    tabs = app.tree["main.0"]
    assert tabs["props"]["value"] == "A"
    assert app.bodies() == ["A"]
    app.run(widgets={tabs["id"]: "B"})
    assert app.bodies() == ["only when open", "B"]
    assert app.tree["main.0"]["props"]["default"] == 1


def test_tabs_errors(run_app):
    for call, error in [
        ("st.tabs([])", ("StreamlitMissingRequiredParameterError", "The `tabs` parameter is required. Provide at least one tab label.")),
        ("st.tabs(['a'], default='b')", ("StreamlitValueError", "Invalid `default` value. Supported values: a tab label from `tabs`. `b` is not in the list of tabs.")),
        ("st.tabs(['a', 2])", ("StreamlitInvalidParameterTypeError", "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int.")),
    ]:
        app = run_app(f"import streamlit as st\n{call}\n")
        assert error_of(app) == error


def test_popover_holds_elements_and_can_report_open(run_app):
    app = run_app("""
        import streamlit as st
        with st.popover("Settings", icon="⚙️", use_container_width=True):
            st.checkbox("Dark")
        p = st.popover("Tracked", key="p", on_change="rerun")
        st.write(p.open)
    """)
    plain, tracked = app.tree["main.0"], app.tree["main.1"]
    assert plain["props"]["width"] == "stretch" and plain["props"]["icon"] == "⚙️"
    assert app.tree["main.0.0"]["kind"] == "checkbox"
    assert tracked["id"] and tracked["props"]["value"] is False
    app.run(widgets={tracked["id"]: True})
    assert app.bodies() == ["`True`"]


def test_space_and_bottom(run_app):
    app = run_app("""
        import streamlit as st
        st.space()
        st.space(40)
        st.bottom.write("pinned")
        with st.bottom:
            st.button("Also pinned")
    """)
    assert [e["props"] for e in app.get("space")] == [{"size": "small"}, {"size": 40}]
    assert [e["kind"] for e in app.elements("bottom")] == ["markdown", "button"]
    app = run_app("""
        import streamlit as st
        st.space("tiny")
    """)
    assert error_of(app)[1].startswith("Invalid `size` value. Supported values: 'stretch', 'xxsmall'")
