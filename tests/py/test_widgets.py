import pytest
from streamlit import _errors


def test_ids_are_stable_and_carry_the_key(run_app):
    app = run_app("""
        import streamlit as st
        st.slider("a")
        st.slider("b", key="k")
        st.sidebar.slider("a")
    """)
    first = [e["id"] for _, e in app.all()]
    assert all(i.startswith("$$ID-") for i in first)
    assert first[0].endswith("-None") and first[1].endswith("-k")
    assert len(set(first)) == 3  # the same widget in main and sidebar differ
    app.run()
    assert [e["id"] for _, e in app.all()] == first


def test_keyed_widget_keeps_its_id_when_its_label_changes(run_app):
    app = run_app("""
        import streamlit as st
        st.checkbox("before", key="c")
    """)
    widget_id = app.widget("before")["id"]
    app.set("before", True)
    app.edit("""
        import streamlit as st
        st.write(st.checkbox("after", key="c"))
    """)
    app.run()
    assert app.widget("after")["id"] == widget_id
    assert app.bodies() == ["`True`"]


def test_duplicate_widget_error(run_app):
    app = run_app("""
        import streamlit as st
        st.write("before duplicate")
        st.button("Go")
        st.button("Go")
    """)
    kinds = [e["kind"] for e in app.elements()]
    assert kinds == ["markdown", "button", "exception"]
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.StreamlitDuplicateElementId"
    assert props["message"] == (
        "There are multiple `button` elements with the same auto-generated ID. When this "
        "element is created, it is assigned an internal ID based on the element type and "
        "provided parameters. Multiple elements with the same type and parameters will cause "
        "this error.\n\nTo fix this error, please pass a unique `key` argument to the "
        "`button` element."
    )
    assert [f["line"] for f in props["traceback"]] == ['st.button("Go")']


def test_duplicate_key_error(run_app):
    app = run_app("""
        import streamlit as st
        st.button("One", key="same")
        st.checkbox("Two", key="same")
    """)
    props = app.get("exception")[0]["props"]
    assert props["message"] == str(_errors.StreamlitDuplicateElementKey("same"))
    assert "`key='same'`" in props["message"]


def test_slider_defaults_and_ranges(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.slider("int"))
        st.write(st.slider("float", value=0.5))
        st.write(st.slider("range", 0, 10, (2, 8)))
        st.write(st.slider("swapped", value=[9.0, 1.5]))
    """)
    assert app.bodies() == ["`0`", "`0.5`", "`(2, 8)`", "`(1.5, 9.0)`"]
    int_props = app.widget("int")["props"]
    assert {k: int_props[k] for k in ("min", "max", "step", "format", "data_type", "value")} == {
        "min": 0,
        "max": 100,
        "step": 1,
        "format": "%d",
        "data_type": "int",
        "value": 0,
    }
    float_props = app.widget("float")["props"]
    assert (float_props["min"], float_props["max"], float_props["step"], float_props["format"]) == (
        0.0,
        1.0,
        0.01,
        "%0.2f",
    )
    assert app.value("range") == [2, 8]
    app.set("range", [3, 4])
    assert app.bodies()[2] == "`(3, 4)`"
    app.set("range", [3, 40])  # out of bounds: the default stands
    assert app.bodies()[2] == "`(2, 8)`"


def test_slider_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.slider("x", 5, 5)
    """)
    assert app.get("exception")[0]["props"]["message"] == (
        "The `min_value` and `max_value` parameters are both set to 5. They must not be equal."
    )
    app = run_app("""
        import streamlit as st
        st.slider("x", 0, 10, 0.5)
    """)
    assert (
        app.get("exception")[0]["props"]["type"]
        == "streamlit.errors.StreamlitInvalidParameterTypeError"
    )


def test_button_is_true_only_in_the_run_it_triggered(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.button("Go", type="primary"))
    """)
    assert app.bodies() == ["`False`"]
    assert app.widget("Go")["props"]["type"] == "primary"
    app.click("Go")
    assert app.bodies() == ["`True`"]
    app.run()
    assert app.bodies() == ["`False`"]


def test_checkbox(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.checkbox("Show", value=True))
    """)
    assert app.value("Show") is True
    app.set("Show", False)
    assert app.bodies() == ["`False`"]
    app.run()
    assert app.bodies() == ["`False`"]  # the page sends only changes; the value is kept


def test_selectbox(run_app):
    app = run_app("""
        import streamlit as st
        choice = st.selectbox("Pick", [1, 2, 3], index=1, format_func=lambda n: f"#{n}")
        st.write(choice)
        st.write(st.selectbox("None yet", ["a", "b"], index=None, placeholder="Choose"))
    """)
    pick = app.widget("Pick")["props"]
    assert (pick["options"], pick["value"], pick["placeholder"]) == (
        ["#1", "#2", "#3"],
        1,
        "Choose an option",
    )
    assert app.bodies() == ["`2`", "`None`"]
    assert app.widget("None yet")["props"]["value"] is None
    app.set("Pick", 2)
    assert app.bodies()[0] == "`3`"


def test_selectbox_index_out_of_range(run_app):
    app = run_app("""
        import streamlit as st
        st.selectbox("Pick", ["a"], index=3)
    """)
    assert app.get("exception")[0]["props"]["message"] == (
        "The `index` parameter, set to 3, is outside the required range [0, 0]."
    )


def test_text_input(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.text_input("Name", "Ada", max_chars=5, type="password", placeholder="you"))
    """)
    props = app.widget("Name")["props"]
    assert (props["value"], props["max_chars"], props["type"], props["placeholder"]) == (
        "Ada",
        5,
        "password",
        "you",
    )
    app.set("Name", "Grace Hopper")
    assert app.bodies() == ["Grace"]


def test_first_widgets_take_streamlits_newer_parameters(run_app):
    app = run_app("""
        import streamlit as st
        st.checkbox("Box", on_change="ignore", width=120, wrap=True)
        st.selectbox("Pick", ["a"], required=True, icon="🔥", filter_mode="prefix", width=200)
        st.text_input("Name", key="name", required=True, live="300ms", bind="query-params")
    """)
    assert app.widget("Box")["props"]["width"] == 120
    assert (app.widget("Pick")["props"]["filter_mode"], app.widget("Pick")["props"]["required"]) == ("prefix", True)
    assert app.widget("Name")["props"]["width"] == "stretch"
    assert not app.get("exception")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.checkbox("Box", width="wide")', "Invalid width value"),
        ('st.selectbox("Pick", ["a"], filter_mode="regex")', "Invalid `filter_mode` value"),
        ('st.text_input("Name", bind="query-params")', "the widget must have a unique 'key'"),
    ],
)
def test_newer_parameters_are_checked(run_app, call, message):
    app = run_app(f"import streamlit as st\n{call}\n")
    assert message in app.get("exception")[0]["props"]["message"]


def test_number_input(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.number_input("ints", min_value=1, max_value=10))
        st.write(st.number_input("floats"))
        st.write(st.number_input("empty", value=None))
    """)
    assert app.bodies() == ["`1`", "`0.0`", "`None`"]
    ints = app.widget("ints")["props"]
    assert (ints["data_type"], ints["step"], ints["format"]) == ("int", 1, "%d")
    assert app.widget("floats")["props"]["step"] == 0.01
    app.set("ints", 7)
    assert app.bodies()[0] == "`7`"
    app.set("ints", 70)
    assert app.bodies()[0] == "`1`"


def test_number_input_mixed_types(run_app):
    app = run_app("""
        import streamlit as st
        st.number_input("n", min_value=1, value=2.5)
    """)
    assert app.get("exception")[0]["props"]["message"] == (
        "All numerical arguments must be of the same type.\n"
        "`value` has float type.\n`min_value` has int type."
    )


@pytest.mark.parametrize("visibility", ["visible", "hidden", "collapsed"])
def test_label_visibility(run_app, visibility):
    app = run_app(f'''
        import streamlit as st
        st.checkbox("c", label_visibility="{visibility}", help="tip", disabled=True)
    ''')
    props = app.widget("c")["props"]
    assert (props["label_visibility"], props["help"], props["disabled"]) == (
        visibility,
        "tip",
        True,
    )
