"""Chart selections: st.vega_lite_chart, st.altair_chart and st.plotly_chart with ``on_select``."""

from __future__ import annotations

import json

VEGA_APP = """
    import json
    import streamlit as st
    rows = [{"a": 1, "b": 5}, {"a": 2, "b": 3}, {"a": 3, "b": 8}]
    spec = {
        "data": {"values": rows},
        "mark": "point",
        "params": [{"name": "pick", "select": "point"}, {"name": "brush", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}},
    }
    event = st.vega_lite_chart(spec, on_select="rerun", key="chart")
    st.text(json.dumps(event, sort_keys=True))
    picked = [rows[p["_vgsid_"] - 1]["a"] for p in event.selection.pick]
    st.text(f"picked {picked}")
    st.text(f"brush {event['selection']['brush'].get('a')}")
    st.text(f"state {st.session_state.chart == event}")
"""


def test_vega_lite_selection_starts_empty_for_each_parameter(run_app):
    app = run_app(VEGA_APP)
    chart = app.get("vega_lite")[0]
    assert chart["id"] and chart["id"].endswith("-chart")
    assert chart["props"]["selection_mode"] == ["brush", "pick"]
    assert chart["props"]["value"] == {"selection": {"brush": {}, "pick": {}}}
    assert app.bodies("text") == [
        '{"selection": {"brush": {}, "pick": {}}}', "picked []", "brush None", "state True",
    ]


def test_vega_lite_selection_returns_what_the_page_sent(run_app):
    app = run_app(VEGA_APP)
    chart_id = app.get("vega_lite")[0]["id"]
    selection = {"selection": {"pick": [{"_vgsid_": 1}, {"_vgsid_": 3}], "brush": {"a": [1.5, 3.2]}}}
    app.run(widgets={chart_id: selection})
    assert app.bodies("text")[1:] == ["picked [1, 3]", "brush [1.5, 3.2]", "state True"]
    # The page's next run shows the selection it sent, under the same id.
    assert app.get("vega_lite")[0]["id"] == chart_id
    assert app.get("vega_lite")[0]["props"]["value"] == selection


def test_vega_lite_selection_is_read_only(run_app):
    app = run_app("""
        import streamlit as st
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point",
                "params": [{"name": "pick", "select": "point"}],
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        event = st.vega_lite_chart(spec, on_select="rerun")
        try:
            event.selection["pick"] = [1]
        except TypeError as error:
            st.text(str(error).split(".")[0])
    """)
    assert app.bodies("text") == ["Widget state is read-only because modifying nested values has no effect on the app"]


def test_vega_lite_on_select_needs_a_selection_parameter(run_app):
    app = run_app("""
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point",
                "params": [{"name": "pick", "select": "point"}, {"name": "size", "value": 3}],
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        try:
            st.vega_lite_chart({**spec, "params": []}, on_select="rerun")
        except StreamlitAPIException as error:
            st.text(str(error)[:68])
        try:
            st.vega_lite_chart(spec, on_select="rerun", selection_mode="size")
        except StreamlitAPIException as error:
            st.text(str(error))
        st.vega_lite_chart(spec, on_select="select")
    """)
    assert app.bodies("text") == [
        "Selections are activated, but the provided chart spec does not have",
        "Selection parameter 'size' is not defined in the chart spec. "
        "Available selection parameters are: {'pick'}.",
    ]
    assert app.get("exception")[0]["props"]["type"] == "streamlit.errors.StreamlitValueError"
    assert "on_select" in app.get("exception")[0]["props"]["message"]


def test_vega_lite_selection_mode_limits_the_parameters_and_ignore_is_no_widget(run_app):
    app = run_app("""
        import streamlit as st
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point",
                "params": [{"name": "pick", "select": "point"}, {"name": "brush", "select": "interval"}],
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        event = st.vega_lite_chart(spec, on_select="rerun", selection_mode=["brush"])
        st.text(repr(dict(event)))
        st.text(type(st.vega_lite_chart(spec)).__name__)
    """)
    selecting, plain = app.get("vega_lite")
    assert selecting["props"]["selection_mode"] == ["brush"]
    assert plain["id"] is None and "selection_mode" not in plain["props"] and "value" not in plain["props"]
    assert app.bodies("text") == ["{'selection': {'brush': {}}}", "DeltaGenerator"]


def test_altair_generated_names_stay_the_same_across_reruns(run_app):
    # Stands in for altair.Chart: Altair names unnamed parameters and views with a
    # counter that grows on every rerun (param_7, param_8, ...).
    app = run_app("""
        import itertools
        import streamlit as st
        counter = st.session_state.setdefault("counter", itertools.count(7))

        class Chart:
            def to_dict(self):
                n = next(counter)
                return {
                    "data": {"values": [{"param_9": 1, "b": 2}]},
                    "mark": "point",
                    "params": [{"name": f"param_{n}", "select": {"type": "point"}, "views": [f"view_{n}"]}],
                    "name": f"view_{n}",
                    "layer": [{"mark": "point"}],
                    "encoding": {"x": {"field": "param_9", "type": "quantitative"},
                                 "opacity": {"condition": {"param": f"param_{n}", "value": 1}, "value": 0.3}},
                }

        event = st.altair_chart(Chart(), on_select="rerun")
        st.text(repr(event.selection.param_1))
    """)
    first = app.get("vega_lite")[0]
    spec = first["props"]["spec"]
    assert spec["params"][0]["name"] == "param_1" and spec["params"][0]["views"] == ["view_1"]
    assert spec["encoding"]["opacity"]["condition"]["param"] == "param_1"
    assert spec["data"]["values"] == [{"param_9": 1, "b": 2}]
    assert list(spec) == ["data", "mark", "params", "name", "layer", "encoding"]
    app.run(widgets={first["id"]: {"selection": {"param_1": [{"_vgsid_": 1}]}}})
    assert app.get("vega_lite")[0]["id"] == first["id"]
    assert app.bodies("text") == ["[{'_vgsid_': 1}]"]


def test_a_selection_callback_runs_when_the_selection_changes(run_app):
    app = run_app("""
        import streamlit as st
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point",
                "params": [{"name": "pick", "select": "point"}],
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        def picked():
            st.session_state.log = st.session_state.get("log", []) + [st.session_state.chart.selection.pick]
        st.vega_lite_chart(spec, on_select=picked, key="chart")
        st.text(repr(st.session_state.get("log")))
    """)
    chart_id = app.get("vega_lite")[0]["id"]
    app.run(widgets={chart_id: {"selection": {"pick": [{"_vgsid_": 1}]}}})
    assert app.bodies("text") == ["[[{'_vgsid_': 1}]]"]


def test_a_chart_selection_cannot_be_set_through_session_state(run_app):
    app = run_app("""
        import streamlit as st
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point",
                "params": [{"name": "pick", "select": "point"}],
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        st.session_state.chart = {"selection": {"pick": [{"_vgsid_": 1}]}}
        st.vega_lite_chart(spec, on_select="rerun", key="chart")
    """)
    assert app.get("exception")[0]["props"]["type"] == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"


PLOTLY_APP = """
    import json
    import streamlit as st
    figure = {"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [4, 1, 6]}],
              "layout": {"title": {"text": "dots"}}}
    event = st.plotly_chart(figure, on_select="rerun", selection_mode=("points", "box"), key="dots")
    st.text(json.dumps(event))
    st.text(f"indices {event.selection.point_indices} box {event['selection']['box']}")
"""


def test_plotly_selection_payload_and_empty_state(run_app):
    app = run_app(PLOTLY_APP)
    chart = app.get("plotly_chart")[0]
    assert chart["id"].endswith("-dots")
    assert chart["props"]["selection_mode"] == ["box", "points"]
    empty = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert chart["props"]["value"] == empty
    assert json.loads(app.bodies("text")[0]) == empty


def test_plotly_selection_returns_what_the_page_sent(run_app):
    app = run_app(PLOTLY_APP)
    chart_id = app.get("plotly_chart")[0]["id"]
    point = {"curve_number": 0, "point_number": 2, "point_index": 2, "x": 3, "y": 6}
    box = {"xref": "x", "yref": "y", "x": [2.5, 3.5], "y": [5, 7]}
    app.run(widgets={chart_id: {"selection": {"points": [point], "point_indices": [2], "box": [box], "lasso": []}}})
    assert app.bodies("text")[1] == f"indices [2] box [{box}]"
    assert app.get("plotly_chart")[0]["props"]["value"]["selection"]["points"] == [point]


def test_plotly_selection_checks_its_arguments(run_app):
    app = run_app("""
        import streamlit as st
        from streamlit.errors import StreamlitAPIException
        figure = {"data": [{"type": "bar", "x": [1], "y": [2]}]}
        try:
            st.plotly_chart(figure, on_select="rerun", selection_mode="circle")
        except StreamlitAPIException as error:
            st.text(str(error))
        st.text(type(st.plotly_chart(figure)).__name__)
        st.plotly_chart(figure, on_select=True)
    """)
    assert app.bodies("text")[0] == "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."
    assert app.bodies("text")[1] == "DeltaGenerator"
    assert app.get("plotly_chart")[0]["id"] is None and "selection_mode" not in app.get("plotly_chart")[0]["props"]
    assert "on_select" in app.get("exception")[0]["props"]["message"]


def test_selection_states_survive_pickling_for_a_restarted_worker():
    import pickle

    from streamlit.elements.data import DataframeState
    from streamlit.elements.plotly_chart import PlotlyState
    from streamlit.elements.vega_charts import VegaLiteState

    for state in (
        VegaLiteState({"selection": {"pick": [{"_vgsid_": 2}]}}),
        PlotlyState({"selection": {"points": [], "point_indices": [1], "box": [], "lasso": []}}),
        DataframeState({"selection": {"rows": [0], "columns": [], "cells": []}}),
    ):
        copy = pickle.loads(pickle.dumps(state))
        assert type(copy) is type(state) and copy == state


def test_identical_plotly_charts_raise_as_in_streamlit(run_app):
    app = run_app("""
        import streamlit as st
        figure = {"data": [{"type": "bar", "x": [1], "y": [2]}]}
        st.plotly_chart(figure)
        st.plotly_chart(figure, key="other")
        st.plotly_chart(figure)
    """)
    assert len(app.get("plotly_chart")) == 2
    assert app.get("exception")[0]["props"]["type"] == "streamlit.errors.StreamlitDuplicateElementId"


def test_alt_names_the_chart(run_app):
    app = run_app("""
        import streamlit as st
        spec = {"data": {"values": [{"a": 1}]}, "mark": "point", "description": "Vega-Lite's own",
                "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        st.vega_lite_chart(spec, alt="  Points by a  ")
        st.vega_lite_chart(spec, alt=" ")
        st.plotly_chart({"data": [{"type": "bar", "x": [1], "y": [2]}]}, alt="One bar")
    """)
    assert [e["props"]["spec"]["description"] for e in app.get("vega_lite")] == ["Points by a", "Vega-Lite's own"]
    assert app.get("plotly_chart")[0]["props"]["alt"] == "One bar"
