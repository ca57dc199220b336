"""st.graphviz_chart, st.mermaid_chart and st.echarts_chart: the payloads Python sends."""

from __future__ import annotations

import json


def _error(app) -> str:
    return app.get("exception")[0]["props"]["message"]


def test_graphviz_chart_sends_dot_text_and_engine(run_app):
    app = run_app("""
        import streamlit as st

        class Digraph:  # the graphviz package's shape: DOT in `source`, a layout engine
            source = "digraph { run -> intr }"
            engine = "neato"

        st.graphviz_chart("digraph { a -> b }")
        st.graphviz_chart(Digraph(), width=300, height="stretch", alt="  Process states ")
        st.graphviz_chart("graph { x -- y }", use_container_width=True, alt="   ")
    """)
    dot, graph, stretched = (e["props"] for e in app.get("graphviz_chart"))
    assert dot == {"spec": "digraph { a -> b }", "engine": "dot", "width": "content", "height": "content", "alt": None}
    assert graph == {"spec": "digraph { run -> intr }", "engine": "neato", "width": 300, "height": "stretch",
                     "alt": "Process states"}  # fmt: skip
    assert (stretched["width"], stretched["alt"]) == ("stretch", None)


def test_write_draws_a_graphviz_graph(run_app):
    app = run_app(
        """
        import graphviz
        import streamlit as st
        st.write("States:", graphviz.Digraph())
        """,
        files={"graphviz.py": "class Digraph:\n    source = 'digraph { a -> b }'\n    engine = 'circo'\n"},
    )
    assert app.bodies() == ["States:"]
    assert app.get("graphviz_chart")[0]["props"]["engine"] == "circo"


def test_graphviz_chart_refuses_other_types_and_sizes(run_app):
    app = run_app("""
        import streamlit as st
        st.graphviz_chart(42)
    """)
    assert _error(app) == (
        "Invalid `figure_or_dot` type. Expected one of: graphviz.Graph, graphviz.Digraph, graphviz.Source, str. "
        "Provided type: int."
    )
    app = run_app("""
        import streamlit as st
        st.graphviz_chart("digraph {}", width=0)
    """)
    assert app.get("exception") and not app.get("graphviz_chart")


def test_mermaid_chart_is_a_fenced_markdown_block(run_app):
    app = run_app('''
        import streamlit as st
        st.mermaid_chart("graph LR\\n  A[Start] --> B{Decision}")
        st.mermaid_chart("graph TD\\n  A[```] --> B")
    ''')
    plain, backticks = app.bodies()
    assert plain == "````mermaid\ngraph LR\n  A[Start] --> B{Decision}\n````"
    assert backticks.startswith("````mermaid\n") and backticks.endswith("\n````")
    assert app.get("markdown")[0]["props"]["unsafe_allow_html"] is False


def test_mermaid_chart_alt_is_a_comment_before_the_diagram_type(run_app):
    app = run_app('''
        import streamlit as st
        body = "%%{init: {'theme': 'forest'}}%%\\n---\\ntitle: Flow\\n---\\n%% stAlt: old\\ngraph LR\\n  A --> B"
        st.mermaid_chart(body, alt="Two   steps\\nin a row")
    ''')
    assert app.bodies()[0].splitlines()[1:7] == [
        "%%{init: {'theme': 'forest'}}%%", "---", "title: Flow", "---", "%% stAlt: Two steps in a row", "graph LR",
    ]  # fmt: skip


def test_echarts_chart_sends_the_option_as_json_with_content_sizes(run_app):
    app = run_app("""
        import streamlit as st
        option = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {},
                  "series": [{"type": "bar", "data": [5, 20]}]}
        st.echarts_chart(option)
        st.echarts_chart('{"series": [{"type": "pie", "data": [1, 2]}]}', width="content", height=200,
                         theme=None, renderer="svg", alt=" Pie ")
        st.write(option["series"][0])
    """)
    bar, pie = (e["props"] for e in app.get("echarts_chart"))
    assert json.loads(bar["spec"])["series"] == [{"type": "bar", "data": [5, 20]}]
    assert {k: v for k, v in bar.items() if k != "spec"} == {
        "theme": "streamlit", "renderer": "canvas", "width": "stretch", "height": 350, "alt": None,
        "selection": False, "value": None,
    }  # fmt: skip
    assert (pie["width"], pie["height"], pie["theme"], pie["renderer"], pie["alt"]) == (700, 200, None, "svg", "Pie")
    assert app.get("echarts_chart")[0]["id"] is None


def test_echarts_chart_takes_a_pyecharts_chart_and_its_size(run_app):
    app = run_app("""
        import json
        import streamlit as st

        class Bar:  # what pyecharts charts have: dump_options() and InitOpts' width and height
            width, height = "640px", "500px"
            def dump_options(self):
                return json.dumps({"series": [{"type": "line", "data": [1, 2]}]})

        st.echarts_chart(Bar(), width="content")
    """)
    props = app.get("echarts_chart")[0]["props"]
    assert (props["width"], props["height"]) == (640, 350)  # 500px is pyecharts' default, not a choice
    assert json.loads(props["spec"]) == {"series": [{"type": "line", "data": [1, 2]}]}


def test_echarts_chart_sends_a_dataframe_source_as_rows_in_column_order(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"product": ["Matcha", "Cocoa"], "2015": [43.3, None],
                           "day": pd.to_datetime(["2024-01-02", "2024-01-03"])})
        option = {"dataset": {"source": df}, "xAxis": {"type": "category"}, "yAxis": {}, "series": [{"type": "bar"}]}
        st.echarts_chart(option)
        st.write(type(option["dataset"]["source"]).__name__)
    """)
    dataset = json.loads(app.get("echarts_chart")[0]["props"]["spec"])["dataset"]
    assert dataset["dimensions"] == ["product", "2015", "day"]
    assert dataset["source"] == [["Matcha", 43.3, "2024-01-02T00:00:00.000"], ["Cocoa", None, "2024-01-03T00:00:00.000"]]
    assert app.bodies()[-1] == "DataFrame"  # the user's option is not changed


def test_echarts_chart_errors_name_the_cause(run_app):
    cases = {
        '"{\\"tooltip\\": {\\"formatter\\": function (p) { return p; }}}"': "contains JavaScript callbacks",
        '"{not json"': "could not be parsed as JSON",
        '{"series": [{"type": "scatter3D"}]}': "uses the `scatter3D` series, which requires the ECharts GL",
        '{"grid3D": {}}': "uses the `grid3D` component",
        '{"series": [{"type": "wordCloud"}]}': "requires the `echarts-wordcloud` extension",
        '{"series": [{"type": "custom"}]}': "uses a `custom` series",
        '{"baseOption": {"series": [{"type": "map"}]}}': "map or geo coordinate system",
        '{"series": [{"type": "line", "data": [float("nan")]}]}': "`series[0].data[0]` is `NaN`",
        '{"title": {"text": __import__("datetime").date(2024, 1, 1)}}': "`title.text` is a `datetime.date`",
        '[1, 2]': "Invalid `spec` type. Expected one of: dict, str, pyecharts chart. Provided type: list.",
        '"[1, 2]"': "An ECharts spec must be a JSON object",
    }
    for spec, message in cases.items():
        app = run_app(f"import streamlit as st\nst.echarts_chart({spec})\n")
        assert message in _error(app), spec
    for argument, message in {"theme='dark'": "theme", "renderer='webgl'": "renderer", "on_select='yes'": "on_select"}.items():
        app = run_app(f"import streamlit as st\nst.echarts_chart({{}}, {argument})\n")
        assert message in _error(app), argument


def test_echarts_chart_selection_is_a_widget_value(run_app):
    app = run_app("""
        import streamlit as st
        option = {"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {},
                  "series": [{"type": "bar", "data": [5, 20, 36], "selectedMode": "multiple"}]}
        event = st.echarts_chart(option, key="sales", on_select="rerun")
        st.write(f"rows {[i for group in event.selection.selected for i in group['data_indices']]}")
        st.write(f"areas {len(event['selection']['areas'])}")
        st.write(f"state {st.session_state.sales == event}")
    """)
    chart = app.get("echarts_chart")[0]
    assert chart["id"].endswith("-sales")
    assert chart["props"]["selection"] is True
    assert chart["props"]["value"] == {"selection": {"selected": [], "areas": []}}
    assert app.bodies()[:2] == ["rows []", "areas 0"]

    picked = {"selection": {"selected": [{"series_index": 0, "series_id": None, "series_name": None,
                                          "data_type": "main", "data_indices": [0, 2]}],
                            "areas": [{"brush_index": 0, "brush_type": "rect", "coord_range": [[0, 2], [1, 9]]}]}}  # fmt: skip
    app.run(widgets={chart["id"]: picked})
    assert app.bodies() == ["rows [0, 2]", "areas 1", "state True"]
    assert app.get("echarts_chart")[0]["props"]["value"] == picked


def test_echarts_chart_selection_state_is_read_only(run_app):
    app = run_app("""
        import streamlit as st
        event = st.echarts_chart({"series": [{"type": "pie", "data": [1], "selectedMode": "single"}]},
                                 on_select=lambda: None)
        try:
            event.selection["selected"] = []
        except TypeError:
            st.write("read-only")
    """)
    assert app.bodies() == ["read-only"]


def test_echarts_chart_keys_are_unique_with_or_without_selections(run_app):
    app = run_app("""
        import streamlit as st
        st.echarts_chart({"series": []}, key="sales")
        st.echarts_chart({"series": [{"type": "bar", "data": [1]}]}, key="sales")
    """)
    assert len(app.get("echarts_chart")) == 1
    assert app.get("exception")[0]["props"]["type"].endswith("StreamlitDuplicateElementKey")
