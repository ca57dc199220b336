"""Selection, text, color and button-like widgets: props, values, session state, errors."""

import pytest
from streamlit import _bridge, _errors


def error(app):
    return app.get("exception")[0]["props"]["message"]


def test_toggle(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.toggle("Dark", key="dark"), st.session_state.dark)
    """)
    assert app.widget("Dark")["kind"] == "toggle"
    assert app.value("Dark") is False
    app.set("Dark", True)
    assert app.bodies() == ["`True` `True`"]


def test_radio_values_captions_and_none(run_app):
    app = run_app("""
        import streamlit as st
        g = st.radio("Genre", ["Comedy", "Drama"], index=1, captions=["Laugh", None], horizontal=True)
        s = st.radio("Size", [1, 2, 3], index=None, format_func=lambda n: f"#{n}")
        st.write(repr(g), repr(s))
    """)
    props = app.widget("Genre")["props"]
    assert {k: props[k] for k in ("options", "value", "default", "captions", "horizontal")} == {
        "options": ["Comedy", "Drama"], "value": 1, "default": 1, "captions": ["Laugh", ""],
        "horizontal": True,
    }  # fmt: skip
    assert app.widget("Size")["props"]["options"] == ["#1", "#2", "#3"]
    assert app.bodies() == ["'Drama' None"]
    app.set("Size", 2)
    assert app.bodies() == ["'Drama' 3"]


def test_radio_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.radio("R", ["a", "b"], index=2)
    """)
    assert error(app) == str(_errors.StreamlitValueOutOfRangeError("index", 2, 0, 1))
    app = run_app("""
        import streamlit as st
        st.radio("R", ["a"], captions=[1])
    """)
    assert error(app) == str(
        _errors.StreamlitInvalidParameterTypeError("captions", "int", ["str", "None"])
    )


def test_radio_value_set_through_session_state_that_is_not_an_option(run_app):
    app = run_app("""
        import streamlit as st
        if "r" not in st.session_state:
            st.session_state.r = "zzz"
        st.write(st.radio("R", ["a", "b"], index=1, key="r"), st.session_state.r)
    """)
    assert app.bodies() == ["b b"]


def test_multiselect(run_app):
    app = run_app("""
        import streamlit as st
        picked = st.multiselect("Colors", ["Green", "Red", "Blue"], default=["Red"], max_selections=2)
        st.write(repr(picked))
        tags = st.multiselect("Tags", ["a"], accept_new_options=True, placeholder="Type")
        st.write(repr(tags))
        st.multiselect("Empty", [])
    """)
    colors = app.widget("Colors")["props"]
    assert (colors["value"], colors["default"], colors["max_selections"], colors["placeholder"]) == (
        [1], [1], 2, "Choose options",
    )
    assert app.widget("Tags")["props"]["placeholder"] == "Type"
    empty = app.widget("Empty")["props"]
    assert (empty["placeholder"], empty["disabled"]) == ("No options to select", True)
    app.set("Colors", [2, 0])
    assert app.bodies()[0] == "['Blue', 'Green']"
    app.set("Tags", [0, "new one"])
    assert app.bodies()[1] == "['a', 'new one']"
    assert app.value("Tags") == [0, "new one"]


def test_multiselect_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.multiselect("M", ["a", "b"], default=["c"])
    """)
    assert error(app) == (
        "The default value 'c' is not part of the options. "
        "Please make sure that every default value also exists in the options."
    )
    app = run_app("""
        import streamlit as st
        st.multiselect("M", ["a", "b"], default=["a", "b"], max_selections=1)
    """)
    assert error(app).startswith(
        "Multiselect has 2 options selected but `max_selections` is set to 1."
    )
    app = run_app("""
        import streamlit as st
        st.multiselect("M", ["a"], max_selections=0)
    """)
    assert error(app) == (
        "Invalid `max_selections` value. Supported values: a positive integer. "
        "To disable `st.multiselect`, use `disabled=True`."
    )


@pytest.mark.parametrize("command", ["pills", "segmented_control"])
def test_pills_and_segmented_control(run_app, command):
    app = run_app(f"""
        import streamlit as st
        one = st.{command}("One", ["a", "b", "c"], default="b")
        many = st.{command}("Many", ["x", "y"], selection_mode="multi", default=["y"])
        st.write(repr(one), repr(many))
    """)
    one = app.widget("One")
    assert one["kind"] == "button_group"
    assert (one["props"]["style"], one["props"]["value"], one["props"]["selection_mode"]) == (
        command, [1], "single",
    )
    assert app.bodies() == ["'b' ['y']"]
    app.set("One", [])
    assert app.bodies() == ["None ['y']"]
    app.set("Many", [1, 0])
    assert app.bodies() == ["None ['y', 'x']"]


def test_pills_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.pills("P", ["a", "b"], selection_mode="multi", required=True)
    """)
    assert error(app) == (
        "`required=True` and `selection_mode='multi'` cannot be used together. "
        "`required` is only supported for single-select mode."
    )
    app = run_app("""
        import streamlit as st
        st.segmented_control("S", ["a", "b"], default=["a", "b"])
    """)
    assert error(app) == (
        "The default argument to `st.segmented_control` must be a single value when "
        "`selection_mode='single'`."
    )


def test_feedback(run_app):
    app = run_app("""
        import streamlit as st
        st.write(repr(st.feedback("stars", default=2)), repr(st.feedback(key="t")))
    """)
    stars, thumbs = app.get("feedback")
    assert (stars["props"]["options"], stars["props"]["value"]) == ("stars", 2)
    assert (thumbs["props"]["options"], thumbs["props"]["value"]) == ("thumbs", -1)
    app.run(widgets={stars["id"]: -1, thumbs["id"]: 1})
    assert app.bodies() == ["None 1"]


def test_feedback_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.feedback("hearts")
    """)
    assert error(app) == "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."
    app = run_app("""
        import streamlit as st
        st.feedback("thumbs", default=2)
    """)
    assert error(app) == str(_errors.StreamlitValueOutOfRangeError("default", 2, 0, 1))


def test_select_slider(run_app):
    app = run_app("""
        import streamlit as st
        size = st.select_slider("Size", ["S", "M", "L"], value="M")
        band = st.select_slider("Band", ["r", "g", "b"], value=("b", "r"), format_func=str.upper)
        st.write(repr(size), repr(band))
    """)
    band = app.widget("Band")["props"]
    assert (band["options"], band["value"], band["min"], band["max"]) == (["R", "G", "B"], [0, 2], 0, 2)
    assert app.bodies() == ["'M' ('r', 'b')"]
    app.set("Size", 2)
    app.set("Band", [1, 1])
    assert app.bodies() == ["'L' ('g', 'g')"]


def test_select_slider_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.select_slider("S", [])
    """)
    assert error(app) == "The `options` parameter is required. Provide at least one option."
    app = run_app("""
        import streamlit as st
        st.select_slider("S", ["a"], value="z")
    """)
    assert app.get("exception")[0]["props"]["type"] == "ValueError"


def test_text_area(run_app):
    app = run_app("""
        import streamlit as st
        t = st.text_area("Notes", "hello", max_chars=5, placeholder="Write")
        n = st.text_area("Empty", None, height=300, label_visibility="collapsed")
        st.write(repr(t), repr(n))
    """)
    notes = app.widget("Notes")["props"]
    assert (notes["height"], notes["max_chars"], notes["placeholder"]) == (122, 5, "Write")
    assert app.widget("Empty")["props"]["height"] == 300
    app.set("Notes", "longer than five")
    assert app.bodies() == ["'longe' None"]


def test_color_picker(run_app):
    app = run_app("""
        import streamlit as st
        st.write(st.color_picker("Color", "#abc"), st.color_picker("Plain"))
    """)
    assert app.bodies() == ["#abc #000000"]
    app.set("Color", "00ff00")
    assert app.bodies() == ["#00ff00 #000000"]
    app.set("Color", "red")  # not a hex color: the default
    assert app.bodies() == ["#abc #000000"]
    app = run_app("""
        import streamlit as st
        st.color_picker("C", "red")
    """)
    assert error(app) == (
        "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
    )


def test_download_button_data_kinds(run_app):
    app = run_app("""
        import io
        import streamlit as st
        st.download_button("Text", "héllo")
        st.download_button("Bytes", b"\\x00", file_name="x.bin")
        st.download_button("IO", io.BytesIO(b"io"), mime="application/pdf")
        st.download_button("Lazy", lambda: "made on demand", file_name="lazy.txt", on_click="ignore")
        st.write(st.download_button("Clicked?", "x", key="k"))
    """)
    props = {w: app.widget(w)["props"] for w in ("Text", "Bytes", "IO", "Lazy")}
    assert (props["Text"]["data"], props["Text"]["mime"], props["Text"]["file_name"]) == (
        "héllo".encode(), "text/plain", "download.txt",
    )
    assert (props["Bytes"]["data"], props["Bytes"]["mime"], props["Bytes"]["file_name"]) == (
        b"\x00", "application/octet-stream", "x.bin",
    )
    assert (props["IO"]["data"], props["IO"]["mime"]) == (b"io", "application/pdf")
    # A callable is made on click (the page asks the worker then), as in Streamlit.
    assert (props["Lazy"]["data"], props["Lazy"]["deferred"], props["Lazy"]["rerun"]) == (None, True, False)
    assert _bridge.download(app.widget("Lazy")["id"]) == (b"made on demand", "lazy.txt", "text/plain", None)
    assert props["Text"]["rerun"] is True
    app.click("Clicked?")
    assert app.bodies() == ["`True`"]
    app.run()
    assert app.bodies() == ["`False`"]


def test_download_button_refuses_other_data(run_app):
    app = run_app("""
        import streamlit as st
        st.download_button("D", 42)
    """)
    assert error(app) == "Invalid binary data format: <class 'int'>"


def test_download_button_takes_a_dataframe_as_csv(run_app):
    pytest.importorskip("pandas")
    app = run_app("""
        import pandas as pd
        import streamlit as st
        st.download_button("Frame", pd.DataFrame({"a": [1, 2]}))
    """)
    props = app.widget("Frame")["props"]
    assert (props["data"], props["mime"], props["file_name"]) == (b"a\n1\n2\n", "text/csv", "download.csv")


def test_link_button(run_app):
    app = run_app("""
        import streamlit as st
        place = st.link_button("Docs", "https://docs.streamlit.io", type="primary")
        st.write(type(place).__name__)
        st.write(st.link_button("Track", "https://example.com", on_click="rerun"))
    """)
    docs = app.get("link_button")[0]
    assert docs["id"] is None and docs["props"]["url"] == "https://docs.streamlit.io"
    assert docs["props"]["rerun"] is False and docs["props"]["type"] == "primary"
    assert app.bodies()[0] == "DeltaGenerator"
    app.click("Track")
    assert app.bodies()[1] == "`True`"


def test_on_change_modes(run_app):
    app = run_app("""
        import streamlit as st
        st.button("B", on_click="rerun")
    """)
    assert error(app) == '`on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.'
    app = run_app("""
        import streamlit as st
        st.toggle("T", on_change="sometimes")
    """)
    assert error(app) == (
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def test_on_change_ignore_tells_the_page_not_to_rerun(run_app):
    app = run_app("""
        import streamlit as st
        st.toggle("Quiet", on_change="ignore")
        st.toggle("Loud")
        st.download_button("Save", "x", on_click="ignore")
        st.checkbox("Box", on_change="ignore")
        st.selectbox("Pick", ["a"], on_change="ignore")
        st.text_input("Type", on_change="ignore")
    """)
    widgets = ("Quiet", "Loud", "Save", "Box", "Pick", "Type")
    assert [app.widget(w)["props"]["rerun"] for w in widgets] == [False, True, False, False, False, False]


def test_bind_and_persist_state_need_a_key(run_app):
    app = run_app("""
        import streamlit as st
        st.radio("R", ["a"], bind="query-params")
    """)
    assert error(app).startswith("The `key` parameter is required. When using bind='query-params'")
    app = run_app("""
        import streamlit as st
        st.toggle("T", persist_state="forever", key="t")
    """)
    assert error(app) == "Invalid `persist_state` value. Supported values: 'page', 'session', None."


def test_width_is_validated(run_app):
    app = run_app("""
        import streamlit as st
        st.multiselect("M", ["a"], width="content")
    """)
    assert error(app) == str(_errors.StreamlitInvalidWidthError("content", False))


def test_number_input_float_returns_a_float_when_the_page_sends_an_integer(run_app):
    app = run_app("""
        import streamlit as st
        st.write(repr(st.number_input("Price", value=1.5)), repr(st.number_input("Count", value=2)))
    """)
    app.set("Price", 3)
    app.set("Count", 4)
    assert app.bodies() == ["3.0 4"]


@pytest.mark.parametrize(
    ("shortcut", "normalized"),
    [("Ctrl+K", "ctrl+k"), ("shift + cmd + enter", "cmd+shift+enter"), ("mod+ArrowUp", "ctrl+up"), ("F5", "f5")],
)
def test_button_shortcuts_are_normalized(run_app, shortcut, normalized):
    app = run_app(f"""
        import streamlit as st
        st.button("Go", shortcut={shortcut!r})
    """)
    assert app.widget("Go")["props"]["shortcut"] == normalized


@pytest.mark.parametrize(
    ("shortcut", "message"),
    [
        ("Ctrl+C", "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."),
        ("a+b", "The `shortcut` may only specify a single non-modifier key."),
        ("shift", "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."),
    ],
)
def test_button_shortcut_errors(run_app, shortcut, message):
    app = run_app(f"""
        import streamlit as st
        st.download_button("Go", "x", shortcut={shortcut!r})
    """)
    assert error(app) == message
