import pandas as pd
import pyarrow as pa


def _table(element):
    return pa.ipc.open_stream(element["props"]["arrow"]).read_all()


def test_dataframe_round_trips_with_its_index(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=pd.Index(["r1", "r2"], name="row"))
        st.dataframe(df, height=300, hide_index=True)
    """)
    (element,) = app.get("dataframe")
    table = _table(element)
    assert element["props"]["index_columns"] == ["row"]
    assert table.to_pandas().equals(
        pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=pd.Index(["r1", "r2"], name="row"))
    )
    props = {k: v for k, v in element["props"].items() if k != "arrow"}
    assert props == {
        "height": 300,
        "width": None,
        "use_container_width": True,
        "hide_index": True,
        "index_columns": ["row"],
        "columns": {},
        "column_order": None,
        "row_height": None,
        "placeholder": None,
        "selection_mode": [],
        "value": None,
        "total_rows": None,
        "button_widgets": {},
    }


def test_dataframe_width(run_app):
    app = run_app("""
        import streamlit as st
        st.dataframe([1, 2], width=400)
        st.dataframe([1, 2], width="content")
    """)
    first, second = app.get("dataframe")
    assert (first["props"]["width"], first["props"]["use_container_width"]) == (400, False)
    assert (second["props"]["width"], second["props"]["use_container_width"]) == (None, False)


def test_conversions(run_app):
    app = run_app("""
        import numpy as np
        import pandas as pd
        import pyarrow as pa
        import streamlit as st
        st.dataframe(np.array([[1, 2], [3, 4]]))
        st.dataframe({"col": [1, 2]})
        st.dataframe({"k1": 1, "k2": 2})
        st.dataframe([{"a": 1}, {"a": 2}])
        st.dataframe(pa.table({"t": [1]}))
        st.dataframe(pd.DataFrame({"mixed": [1, "a", 2.5]}))
        st.table(pd.Series([3, 4], name="s"))
        st.dataframe(None)
    """)
    tables = [_table(e) for e in app.get("dataframe")]
    assert tables[0].column_names == ["0", "1", "__index_level_0__"]
    assert tables[1].column("col").to_pylist() == [1, 2]
    assert tables[2].column("value").to_pylist() == [1, 2]
    assert tables[3].column("a").to_pylist() == [1, 2]
    assert (
        tables[4].column_names == ["t"] and app.get("dataframe")[4]["props"]["index_columns"] == []
    )
    assert tables[5].column("mixed").to_pylist() == ["1", "a", "2.5"]
    assert tables[6].num_rows == 0
    (table_element,) = app.get("table")
    assert _table(table_element).column("s").to_pylist() == [3, 4]


def test_line_chart_wide_data(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        st.line_chart(pd.DataFrame({"a": [1, 2], "b": [3.5, 4]}))
    """)
    (chart,) = app.get("vega_lite")
    spec = chart["props"]["spec"]
    assert chart["props"]["use_container_width"] is True
    assert spec["mark"] == {"type": "line"}
    assert spec["data"]["values"] == [
        {
            "index -- streamlit-generated": 0,
            "color -- streamlit-generated": "a",
            "value -- streamlit-generated": 1.0,
        },
        {
            "index -- streamlit-generated": 1,
            "color -- streamlit-generated": "a",
            "value -- streamlit-generated": 2.0,
        },
        {
            "index -- streamlit-generated": 0,
            "color -- streamlit-generated": "b",
            "value -- streamlit-generated": 3.5,
        },
        {
            "index -- streamlit-generated": 1,
            "color -- streamlit-generated": "b",
            "value -- streamlit-generated": 4.0,
        },
    ]
    enc = spec["encoding"]
    assert (
        enc["x"]["field"] == "index -- streamlit-generated" and enc["x"]["type"] == "quantitative"
    )
    assert enc["y"]["field"] == "value -- streamlit-generated"
    assert enc["color"]["field"] == "color -- streamlit-generated" and enc["color"]["title"] == " "
    assert [t["title"] for t in enc["tooltip"]] == ["index", "value", "color"]


def test_line_chart_x_y_color(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({
            "t": pd.date_range("2024-01-01", periods=2), "v": [1, 2], "g": ["p", "q"], "a.b": [0, 0],
        })
        st.line_chart(df, x="t", y="v", color="g", height=250)
        st.line_chart(df, x="t", y="a.b", color="#ff0000", width=300)
    """)
    first, second = [c["props"] for c in app.get("vega_lite")]
    enc = first["spec"]["encoding"]
    assert (enc["x"]["field"], enc["x"]["type"], enc["x"]["title"]) == ("t", "temporal", "t")
    assert (enc["y"]["field"], enc["y"]["title"]) == ("v", "v")
    assert enc["color"]["field"] == "g"
    assert first["spec"]["height"] == 250
    assert first["spec"]["data"]["values"][0] == {"t": "2024-01-01T00:00:00.000", "v": 1, "g": "p"}
    assert second["spec"]["encoding"]["y"]["field"] == "a\\.b"
    assert second["spec"]["encoding"]["color"] == {"value": "#ff0000"}
    assert (second["spec"]["width"], second["use_container_width"]) == (300, False)


def test_line_chart_missing_column(run_app):
    app = run_app("""
        import streamlit as st
        st.line_chart({"a": [1]}, y="nope")
    """)
    assert (
        app.get("exception")[0]["props"]["message"]
        == 'Data does not have a column named `"nope"`. Available columns are `a`'
    )
