import pyarrow as pa


def test_strings_and_numbers_share_one_paragraph(run_app):
    app = run_app("""
        import streamlit as st
        x = st.slider("x")
        st.write(x, "squared is", x * x)
    """)
    assert app.bodies() == ["`0` squared is `0`"]
    app.set("x", 10)
    assert app.bodies() == ["`10` squared is `100`"]


def test_dict_and_list_break_the_paragraph(run_app):
    app = run_app("""
        import streamlit as st
        st.write("before", {"a": 1, "b": [1, 2], "c": {"d": None}}, "middle", [1, "two", 3, None, True], "after")
    """)
    shown = [(e["kind"], e["props"]["body"]) for e in app.elements()]
    assert shown == [
        ("markdown", "before"),
        ("json", '{"a": 1, "b": [1, 2], "c": {"d": null}}'),
        ("markdown", "middle"),
        ("json", '[1, "two", 3, null, true]'),
        ("markdown", "after"),
    ]


def test_plain_values_are_inline_code(run_app):
    app = run_app("""
        import streamlit as st
        st.write(None)
        st.write(True, 1.5, (1, 2), {1, 2}, "a`b")
        st.write(object.__new__(type("Thing", (), {"__str__": lambda self: "has `ticks`"})))
        st.write(type("Lines", (), {"__str__": lambda self: "one\\ntwo"})())
    """)
    assert app.bodies() == [
        "`None`",
        "`True` `1.5` `(1, 2)` `{1, 2}` a`b",
        "``has `ticks```",
        "```\none\ntwo\n```",
    ]


def test_dataframes_series_and_arrays(run_app):
    app = run_app("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.write(pd.DataFrame({"x": [1, 2, 3], "y": list("abc")}))
        st.write(pd.Series([1.5, 2.5], name="s"))
        st.write(np.arange(4))
    """)
    frames = app.get("dataframe")
    assert len(frames) == 3
    first = pa.ipc.open_stream(frames[0]["props"]["arrow"]).read_all()
    assert first.column_names == ["x", "y", "__index_level_0__"]
    assert frames[1]["props"]["index_columns"] == ["__index_level_0__"]
    assert pa.ipc.open_stream(frames[1]["props"]["arrow"]).read_all().column("s").to_pylist() == [
        1.5,
        2.5,
    ]


def test_exceptions_functions_and_classes(run_app):
    app = run_app('''
        import streamlit as st
        def greet(name: str) -> str:
            """Say hello."""
            return name
        class Point:
            """A point."""
        st.write(ValueError("bad value"))
        st.write(greet)
        st.write(Point)
        st.write(st)
    ''')
    error, func, cls, module = app.elements()
    assert error["kind"] == "exception"
    assert (error["props"]["type"], error["props"]["message"]) == ("ValueError", "bad value")
    # As st.help shows them: the name as written, type, value with signature, docstring.
    assert func["kind"] == "help"
    assert {k: func["props"][k] for k in ("name", "type", "value", "doc")} == {
        "name": "greet",
        "type": "function",
        "value": "__main__.greet(name: str) -> str",
        "doc": "Say hello.",
    }
    assert (cls["props"]["type"], cls["props"]["doc"]) == ("class", "A point.")
    assert module["props"]["type"] == "module" and module["props"]["name"] == "st"
    assert {"write", "markdown", "dataframe"} <= {m["name"] for m in module["props"]["members"]}


def test_unsafe_allow_html_is_passed_through(run_app):
    app = run_app("""
        import streamlit as st
        st.write("<b>x</b>", unsafe_allow_html=True)
        st.write("<b>y</b>")
    """)
    assert [e["props"]["unsafe_allow_html"] for e in app.get("markdown")] == [True, False]


def test_write_returns_none_and_markdown_returns_a_slot(run_app):
    app = run_app("""
        import streamlit as st
        assert st.write("a") is None
        slot = st.markdown("first")
        slot.markdown("replaced")
        st.markdown("after")
    """)
    assert app.bodies() == ["a", "replaced", "after"]
