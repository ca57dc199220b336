"""st.dataframe's column config and selections, st.data_editor, st.table, st.metric."""

from __future__ import annotations

import pyarrow as pa
import pytest


def test_column_config_labels_widths_hidden_and_types(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"price": [1.5], "url": ["https://a.io"], "secret": [1], "done": [True]})
        st.dataframe(df, column_config={
            "price": st.column_config.NumberColumn("Price", format="$%.2f", width="small"),
            "url": st.column_config.LinkColumn("Site", display_text="Open"),
            "secret": None,
            "done": "Finished?",
            "_index": st.column_config.Column("Row", width=40),
        }, column_order=["url", "price"], hide_index=False)
    """)
    props = app.get("dataframe")[0]["props"]
    columns = props["columns"]
    assert columns["price"] == {
        "label": "Price",
        "width": "small",
        "type_config": {"type": "number", "min_value": None, "max_value": None, "format": "$%.2f", "step": None},
    }
    assert columns["url"]["type_config"]["display_text"] == "Open"
    assert columns["secret"] == {"hidden": True}
    assert columns["done"] == {"label": "Finished?"}
    assert columns["__index_level_0__"] == {"label": "Row", "width": 40}
    assert props["column_order"] == ["url", "price"]
    assert (props["selection_mode"], props["value"], app.get("dataframe")[0]["id"]) == ([], None, None)


def test_column_config_constructors_match_streamlit():
    import streamlit as st

    assert st.column_config.ProgressColumn("P", min_value=0, max_value=100, format="%d%%") == {
        "label": "P", "width": None, "help": None, "pinned": None,
        "type_config": {"type": "progress", "format": "%d%%", "min_value": 0, "max_value": 100,
                        "step": None, "color": None},
    }  # fmt: skip
    import datetime

    date = st.column_config.DateColumn("D", min_value=datetime.date(2020, 1, 1), format="YYYY")
    assert date["type_config"] == {
        "type": "date", "format": "YYYY", "min_value": "2020-01-01", "max_value": None, "step": None,
    }  # fmt: skip
    assert st.column_config.SelectboxColumn("S", options=[1, 2], format_func=str)["type_config"] == {
        "type": "selectbox",
        "options": [{"value": 1, "label": "1"}, {"value": 2, "label": "2"}],
    }
    assert st.column_config.CheckboxColumn()["type_config"] == {"type": "checkbox"}


def test_dataframe_selection_is_a_widget(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [10, 20, 30]})
        event = st.dataframe(df, key="table", on_select="rerun", selection_mode=["multi-row", "single-column"])
        st.text(f"rows {event.selection.rows} columns {event['selection']['columns']}")
        st.text(f"state {st.session_state.table.selection.rows}")
    """)
    (frame,) = app.get("dataframe")
    assert frame["id"] and frame["props"]["selection_mode"] == ["multi-row", "single-column"]
    assert frame["props"]["value"] == {"selection": {"rows": [], "columns": [], "cells": []}}
    assert app.bodies("text")[0] == "rows [] columns []"
    app.run(widgets={frame["id"]: {"selection": {"rows": [2, 0], "columns": ["a"], "cells": []}}})
    assert app.bodies("text") == ["rows [2, 0] columns ['a']", "state [2, 0]"]
    assert app.get("dataframe")[0]["props"]["value"]["selection"]["rows"] == [2, 0]


def test_dataframe_selection_state_is_read_only_and_can_be_set(run_app):
    app = run_app("""
        import streamlit as st
        if "picked" not in st.session_state:
            st.session_state.picked = {"selection": {"rows": [1]}}
        event = st.dataframe({"a": [1, 2]}, key="picked", on_select="rerun")
        st.text(event.selection.rows)
        try:
            event.selection.rows = []
        except TypeError as error:
            st.text("read-only")
    """)
    assert app.bodies("text") == ["[1]", "read-only"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.dataframe([1], on_select='maybe')", "Invalid `on_select` value."),
        ("st.dataframe([1], on_select='rerun', selection_mode='some-rows')", "Invalid `selection_mode` value."),
        ("st.dataframe([1], on_select='rerun', selection_mode=['single-row', 'multi-row'])",
         "`selection_mode='multi-row'` and `selection_mode='single-row'` cannot be used together."),
        ("st.dataframe([1], selection_default={'selection': {'rows': [0]}})",
         "`selection_default` and `on_select='ignore'` cannot be used together."),
    ],
)  # fmt: skip
def test_dataframe_selection_errors(run_app, call, message):
    app = run_app(f"import streamlit as st\n{call}\n")
    assert app.get("exception")[0]["props"]["message"].startswith(message)


def _table(element):
    return pa.ipc.open_stream(element["props"]["arrow"]).read_all()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.dataframe(pd.DataFrame({'a': [1]}), lazy=True, on_select='rerun')",
         "`lazy=True` and `on_select` cannot be used together. Lazy dataframes cannot use "
         "position-based selection in this version."),
        ("st.dataframe(pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([('a', 'x'), ('a', 'y')])), lazy=True)",
         "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column headers."),
    ],
)  # fmt: skip
def test_dataframe_lazy_errors(run_app, call, message):
    app = run_app(f"import pandas as pd\nimport streamlit as st\n{call}\n")
    assert app.get("exception")[0]["props"]["message"].startswith(message)


def test_dataframe_lazy_without_conflicts_sends_the_frame(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": range(2000)}), lazy=True)
        st.dataframe(pd.DataFrame({"a": [1]}), lazy=False, on_select="rerun", key="s")
    """)
    lazy, eager = app.get("dataframe")
    assert _table(lazy).num_rows == 2000 and lazy["props"]["total_rows"] is None
    assert eager["id"] is not None and not app.get("exception")


def test_data_editor_applies_index_and_list_edits(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"tags": [["a", "b"], ["c"]], "n": [1, 2]}, index=["x", "y"])
        edited = st.data_editor(df, key="ed")
        st.text(f"{list(edited.index)} {list(edited['tags'])} {list(edited['n'])}")
    """)
    (editor,) = app.get("data_editor")
    assert editor["props"]["index_columns"] == ["__index_level_0__"]
    assert app.bodies("text") == ["['x', 'y'] [['a', 'b'], ['c']] [1, 2]"]
    app.run(widgets={editor["id"]: {"edited_rows": {"0": {"_index": "z"}, "1": {"tags": ["c", "d"]}}}})
    assert app.bodies("text") == ["['z', 'y'] [['a', 'b'], ['c', 'd']] [1, 2]"]


def test_button_column_clicks_reach_the_callback_and_session_state_for_one_run(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"name": ["Ann", "Bo"], "go": ["Open", "Open"]})
        def opened(tag):
            st.session_state.log = f"{tag} {st.session_state.click.row} {st.session_state.click['label']}"
        st.dataframe(df, column_config={"go": st.column_config.ButtonColumn(
            "Go", type="tertiary", on_click=opened, args=("cb",), key="click")})
        st.data_editor(df, column_config={1: st.column_config.ButtonColumn(key="edit_click")})
        st.text(f"{st.session_state.click} {st.session_state.get('log')} {st.session_state.edit_click}")
    """)
    frame, editor = app.get("dataframe")[0], app.get("data_editor")[0]
    assert frame["props"]["columns"]["go"] == {
        "label": "Go", "disabled": True, "type_config": {"type": "button", "button_type": "tertiary"},
    }  # fmt: skip
    widget = frame["props"]["button_widgets"]["go"]
    assert list(editor["props"]["button_widgets"]) == ["go"]
    assert app.bodies("text") == ["None None None"]
    app.run(triggers={widget: '{"row": 1, "label": "Open"}'})
    assert app.bodies("text") == ["{'row': 1, 'label': 'Open'} cb 1 Open None"]
    app.run()
    assert app.bodies("text") == ["None cb 1 Open None"]


def test_button_column_callbacks_need_a_key(run_app):
    app = run_app("""
        import streamlit as st
        st.dataframe({"a": ["x"]}, column_config={"a": st.column_config.ButtonColumn(on_click=print)})
    """)
    assert app.get("exception")[0]["props"]["message"].startswith(
        "The `key` parameter is required. Callbacks passed via `on_click`"
    )


def test_table_props(run_app):
    app = run_app("""
        import streamlit as st
        st.table({"a": [1, 2]}, border="horizontal", hide_header=True)
    """)
    props = app.get("table")[0]["props"]
    assert (props["border"], props["hide_header"], props["hide_index"]) == ("horizontal", True, None)


def test_data_editor_returns_the_edited_dataframe(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3], "ok": [True, False, True]})
        edited = st.data_editor(df, key="ed", num_rows="dynamic")
        st.write(edited.to_dict("list"))
        st.write("state", st.session_state.ed)
    """)
    (editor,) = app.get("data_editor")
    assert editor["props"]["value"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert editor["props"]["num_rows"] == "dynamic" and editor["props"]["disabled"] is False
    assert app.get("json")[0]["props"]["body"] == '{"name": ["a", "b", "c"], "n": [1, 2, 3], "ok": [true, false, true]}'
    app.run(widgets={editor["id"]: {
        "edited_rows": {"0": {"n": 10, "ok": False}},
        "added_rows": [{"name": "d", "n": 4, "ok": True}],
        "deleted_rows": [1],
    }})  # fmt: skip
    assert app.get("json")[0]["props"]["body"] == (
        '{"name": ["a", "c", "d"], "n": [10, 3, 4], "ok": [false, true, true]}'
    )
    # Session state holds Streamlit's editing state, with row positions as ints.
    assert app.get("json")[1]["props"]["body"] == (
        '{"edited_rows": {"0": {"n": 10, "ok": false}}, "added_rows": [{"name": "d", "n": 4, '
        '"ok": true}], "deleted_rows": [1]}'
    )
    assert app.get("data_editor")[0]["props"]["value"]["edited_rows"] == {"0": {"n": 10, "ok": False}}


@pytest.mark.parametrize(
    ("data", "edit", "expected"),
    [
        ("[1, 2, 3]", {"edited_rows": {"1": {"value": 20}}}, "[1, 20, 3]"),
        ("(1, 2)", {"deleted_rows": [0]}, "(2,)"),
        ('{"a": [1, 2], "b": ["x", "y"]}', {"edited_rows": {"1": {"b": "z"}}}, "{'a': [1, 2], 'b': ['x', 'z']}"),
        ('[{"a": 1}, {"a": 2}]', {"added_rows": [{"a": 3}]}, "[{'a': 1}, {'a': 2}, {'a': 3}]"),
        ('{"k1": 1, "k2": 2}', {"edited_rows": {"0": {"value": 5}}}, "{'k1': 5, 'k2': 2}"),
        ("np.array([[1, 2], [3, 4]])", {"edited_rows": {"0": {"1": 9}}}, "[[1 9]\n [3 4]]"),
    ],
)
def test_data_editor_returns_the_type_it_was_given(run_app, data, edit, expected):
    app = run_app(f"""
        import numpy as np
        import streamlit as st
        result = st.data_editor({data}, num_rows="dynamic")
        st.text(repr(result) if not isinstance(result, np.ndarray) else str(result))
    """)
    editor = app.get("data_editor")[0]
    app.run(widgets={editor["id"]: edit})
    assert app.bodies("text") == [expected]


def test_data_editor_values_cannot_be_set_and_disabled_columns_are_listed(run_app):
    app = run_app("""
        import streamlit as st
        st.data_editor({"a": [1], "b": [2]}, disabled=["a", 1], key="e2")
        st.session_state.e3 = {}
        st.data_editor({"a": [1]}, key="e3")
    """)
    assert app.get("data_editor")[0]["props"]["disabled"] == ["a", "b"]
    assert app.get("exception")[0]["props"]["type"].endswith("StreamlitValueAssignmentNotAllowedError")


def test_metric_delta_colours_and_arrows(run_app):
    app = run_app("""
        import streamlit as st
        st.metric("Temp", "70 °F", "1.2 °F")
        st.metric("Speed", 120, -3, border=True)
        st.metric("Cost", 10, -2, delta_color="inverse")
        st.metric("Flat", 5, 0)
        st.metric("Off", 5, 4, delta_color="off", help="Why", chart_data=[1, 3, 2], chart_type="bar")
        st.metric("Empty", None)
        st.metric("Named", 1, "+5%", delta_color="violet", delta_arrow="down", format="dollar")
    """)
    shown = [
        (m["props"]["value"], m["props"]["delta"], m["props"]["direction"], m["props"]["color"])
        for m in app.get("metric")
    ]
    assert shown == [
        ("70 °F", "1.2 °F", "up", "green"),
        ("120", "-3", "down", "red"),
        ("10", "-2", "down", "green"),
        ("5", "0", "none", "gray"),
        ("5", "4", "up", "gray"),
        ("—", "", "none", "gray"),
        ("1", "+5%", "up", "violet"),
    ]
    off, named = app.get("metric")[4]["props"], app.get("metric")[6]["props"]
    assert (off["chart_data"], off["chart_type"], off["help"]) == ([1.0, 3.0, 2.0], "bar", "Why")
    assert app.get("metric")[1]["props"]["border"] is True
    assert (named["delta_arrow"], named["format"], named["number"], named["delta_number"]) == (
        "down", "dollar", 1, None,
    )  # fmt: skip


def test_metric_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.metric("x", 1, 1, delta_color="pink")
    """)
    assert app.get("exception")[0]["props"]["message"].startswith("Invalid `delta_color` value.")
