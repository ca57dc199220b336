"""st.form and st.form_submit_button: membership, submit triggers and Streamlit's errors."""

import json

import pytest
from streamlit import _errors

FORM_DOCS = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


def error(app):
    props = app.get("exception")[0]["props"]
    return props["type"], props["message"]


def test_form_is_a_block_whose_widgets_carry_its_id(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("profile", clear_on_submit=True, border=False):
            left, right = st.columns(2)
            left.text_input("Name")
            st.slider("Level")
            submitted = st.form_submit_button("Save")
        st.checkbox("Outside")
        form = st.form("later", enter_to_submit=False)
        form.toggle("Late")
        form.form_submit_button()
    """)
    block = app.tree["main.0"]
    assert block["kind"] == "block" and block["id"] == "profile"
    assert block["props"] == {
        "layout": "form", "weight": None, "gap": None, "border": False, "form_id": "profile",
        "clear_on_submit": True, "enter_to_submit": True, "width": "stretch", "height": "content",
    }  # fmt: skip
    assert app.widget("Name")["props"]["form_id"] == "profile"
    assert app.widget("Level")["props"]["form_id"] == "profile"
    assert app.widget("Save")["props"]["form_id"] == "profile"
    assert app.widget("Outside")["props"]["form_id"] is None
    assert app.widget("Late")["props"]["form_id"] == "later"
    assert app.tree["main.2"]["props"]["enter_to_submit"] is False


def test_submit_button_is_true_in_the_run_it_triggered_and_runs_its_callback(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("calls", [])
        with st.form("f"):
            name = st.text_input("Name")
            ok = st.form_submit_button("Go", on_click=st.session_state.calls.append, args=("x",))
        st.write(f"{name}|{ok}|{len(st.session_state.calls)}")
    """)
    assert app.bodies()[-1] == "|False|0"
    # The page sends the form's values together with the submit trigger.
    app.run(widgets={app.widget("Name")["id"]: "Ada"}, triggers={app.widget("Go")["id"]: True})
    assert app.bodies()[-1] == "Ada|True|1"
    app.run()
    assert app.bodies()[-1] == "Ada|False|1"


def test_submit_button_key_defaults_to_the_form_and_label(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("Send")
        st.write(sorted(st.session_state.keys()))
    """)
    app.click("Send")
    assert app.widget("Send")["id"].endswith("-FormSubmitter:f-Send")
    assert json.loads(app.get("json")[0]["props"]["body"]) == ["FormSubmitter:f-Send"]


def test_button_inside_a_form(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("f"):
            st.button("Nope")
    """)
    assert error(app) == (
        "streamlit.errors.StreamlitInvalidLayoutContextError",
        "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
        "instead to submit the form." + FORM_DOCS,
    )


def test_download_button_inside_a_form(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("f"):
            st.download_button("Save", "x")
    """)
    assert error(app)[1] == "`st.download_button()` can't be used in an `st.form()`." + FORM_DOCS


def test_submit_button_outside_a_form(run_app):
    app = run_app("""
        import streamlit as st
        st.form_submit_button()
    """)
    assert error(app) == (
        "streamlit.errors.StreamlitInvalidLayoutContextError",
        "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS,
    )


def test_nested_forms(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("outer"):
            with st.container():
                st.form("inner")
    """)
    assert error(app) == (
        "streamlit.errors.StreamlitInvalidLayoutContextError",
        "Forms cannot be nested in other forms.",
    )


def test_duplicate_form_key(run_app):
    app = run_app("""
        import streamlit as st
        st.form("same").form_submit_button()
        st.form("same")
    """)
    assert error(app)[1] == str(_errors.StreamlitDuplicateElementKey("same"))


def test_callbacks_inside_a_form_only_on_the_submit_button(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("f"):
            st.checkbox("Check", on_change=print)
    """)
    assert error(app) == (
        "streamlit.errors.StreamlitInvalidFormCallbackError",
        "Within a form, callbacks can only be defined on `st.form_submit_button`. "
        "Defining callbacks on other widgets inside a form is not allowed.",
    )


def test_on_change_rerun_and_ignore_are_allowed_in_a_form(run_app):
    app = run_app("""
        import streamlit as st
        with st.form("f"):
            a = st.toggle("A", on_change="rerun")
            b = st.radio("B", ["x"], on_change="ignore")
            st.form_submit_button()
        st.write(a, b)
    """)
    assert app.get("exception") == []


def test_a_form_is_forgotten_after_st_rerun(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("passes", 0)
        st.session_state.passes += 1
        if st.session_state.passes == 1:
            with st.form("f"):
                st.form_submit_button()
            st.rerun()
        box = st.container()
        box.checkbox("Not in a form")
    """)
    assert app.widget("Not in a form")["props"]["form_id"] is None


def test_form_parameters_are_checked(run_app):
    app = run_app("""
        import streamlit as st
        st.form("f", width="wide")
    """)
    assert error(app)[1] == str(_errors.StreamlitInvalidWidthError("wide", True))


@pytest.mark.parametrize("kind", ["primary", "tertiary"])
def test_submit_button_props(run_app, kind):
    app = run_app(f"""
        import streamlit as st
        with st.form("f"):
            st.form_submit_button("Go", type="{kind}", icon="🚀", use_container_width=True, help="Send it")
    """)
    props = app.widget("Go")["props"]
    assert app.widget("Go")["kind"] == "form_submit_button"
    assert (props["type"], props["icon"], props["width"], props["help"]) == (kind, "🚀", "stretch", "Send it")
