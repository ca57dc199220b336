"""Built-in charts, Vega-Lite and Altair specs, pyplot, plotly, maps: the payloads Python sends."""

from __future__ import annotations

import json


def _spec(app, index=0, kind="vega_lite"):
    return app.get(kind)[index]["props"]["spec"]


def test_area_chart_overlaps_by_default_and_stacks_when_asked(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2, 3], "b": [4, 5, 6]})
        st.area_chart(df)
        st.area_chart(df, stack="normalize")
    """)
    layered, normalized = _spec(app, 0), _spec(app, 1)
    assert layered["mark"] == {"type": "area"}
    assert layered["encoding"]["y"]["stack"] is False
    assert layered["encoding"]["opacity"] == {"value": 0.7}
    assert layered["encoding"]["color"]["field"] == "color -- streamlit-generated"
    assert normalized["encoding"]["y"]["stack"] == "normalize"
    assert len(layered["data"]["values"]) == 6  # melted: one row per (index, column)


def test_bar_chart_horizontal_grouped_and_sorted(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"c": ["x", "y", "z"], "a": [3, 1, 2], "b": [1, 1, 1]})
        st.bar_chart(df, x="c", y="a")
        st.bar_chart(df, x="c", y=["a", "b"], horizontal=True, stack=False)
        st.bar_chart(df, x="c", y="a", sort="-a")
        st.bar_chart(df, x="c", y="a", sort=False, color="#ff0000")
    """)
    plain, grouped, by_a, unsorted = (_spec(app, i) for i in range(4))
    assert plain["mark"] == {"type": "bar"}
    assert (plain["encoding"]["x"]["type"], plain["encoding"]["y"]["type"]) == ("ordinal", "quantitative")
    assert "stack" not in plain["encoding"]["y"]
    # Horizontal: categories on y, values on x; stack=False groups bars by series.
    enc = grouped["encoding"]
    assert (enc["y"]["field"], enc["y"]["type"]) == ("c", "ordinal")
    assert (enc["x"]["field"], enc["x"]["stack"]) == ("value -- streamlit-generated", False)
    assert enc["yOffset"] == {"field": "color -- streamlit-generated"}
    assert enc["x"]["axis"]["grid"] is True and enc["y"]["axis"]["grid"] is False
    assert by_a["encoding"]["x"]["sort"] == {"field": "a", "order": "descending"}
    assert unsorted["encoding"]["x"]["sort"] is None
    assert unsorted["encoding"]["color"] == {"value": "#ff0000"}


def test_scatter_chart_color_and_size(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4], "g": ["p", "q"], "s": [10, 20], "hex": ["#ff0000", "#00ff00"]})
        st.scatter_chart(df, x="a", y="b", color="g", size="s")
        st.scatter_chart(df, x="a", y="b", size=50)
        st.scatter_chart(df, x="a", y="b", color="hex")
    """)
    sized, fixed, literal = (_spec(app, i)["encoding"] for i in range(3))
    assert _spec(app, 0)["mark"] == {"type": "circle"}
    assert sized["size"]["field"] == "s" and sized["size"]["type"] == "quantitative"
    assert sized["color"]["field"] == "g" and sized["color"]["type"] == "nominal"
    assert [t["field"] for t in sized["tooltip"]] == ["a", "b", "g", "s"]
    assert fixed["size"] == {"value": 50}
    assert literal["color"] == {"field": "hex", "type": "nominal", "scale": None, "legend": None}


def test_chart_widths_heights_and_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.bar_chart({"a": [1, 2]}, width=300, height=200)
        st.line_chart({"a": [1, 2]}, width="content")
        st.area_chart({"a": [1]}, stack="sideways")
    """)
    first, second = (e["props"] for e in app.get("vega_lite"))
    assert (first["spec"]["width"], first["spec"]["height"], first["use_container_width"]) == (300, 200, False)
    assert second["use_container_width"] is False and "width" not in second["spec"]
    assert app.get("exception")[0]["props"]["message"].startswith("Invalid value for stack parameter")


def test_vega_lite_chart_inlines_data_and_keeps_its_theme_choice(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
        spec = {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}
        st.vega_lite_chart(df, spec)
        st.vega_lite_chart({"data": {"values": df}, **spec, "width": 200}, theme=None)
        event = st.vega_lite_chart(df, {**spec, "params": [{"name": "pick", "select": "point"}]}, on_select="rerun")
        st.write(dict(event))
    """)
    first, second, third = (e["props"] for e in app.get("vega_lite"))
    assert first["spec"]["data"] == {"values": [{"a": 1, "b": 3}, {"a": 2, "b": 4}]}
    assert first["theme"] == "streamlit" and first["use_container_width"] is True
    assert second["spec"]["data"]["values"][0] == {"a": 1, "b": 3}
    assert second["theme"] is None and second["use_container_width"] is False
    assert app.get("json")[-1]["props"]["body"] == '{"selection": {"pick": {}}}'


def test_altair_chart_uses_the_charts_dict(run_app):
    app = run_app("""
        import streamlit as st
        class Chart:  # stands in for altair.Chart: st.altair_chart only calls to_dict()
            def to_dict(self):
                return {"mark": "bar", "data": {"values": [{"x": 1}]},
                        "encoding": {"x": {"field": "x", "type": "quantitative"}}}
        st.altair_chart(Chart(), use_container_width=False)
    """)
    (chart,) = app.get("vega_lite")
    assert chart["props"]["spec"]["mark"] == "bar"
    assert chart["props"]["use_container_width"] is False


def test_pyplot_sends_the_figure_png(run_app):
    app = run_app("""
        import streamlit as st
        PNG = b"\\x89PNG\\r\\n\\x1a\\nfake"
        class Figure:  # stands in for matplotlib's: st.pyplot calls savefig
            def __init__(self):
                self.calls = []
            def savefig(self, buffer, **kwargs):
                self.calls.append(kwargs)
                buffer.write(PNG)
            def clf(self):
                self.calls.append("clf")
        fig = Figure()
        st.pyplot(fig, clear_figure=True, width=300, transparent=True)
        st.write(fig.calls)
        st.pyplot(None)
    """)
    (image,) = app.get("pyplot")
    assert image["props"]["image"] == b"\x89PNG\r\n\x1a\nfake"
    assert (image["props"]["mime"], image["props"]["width"]) == ("image/png", 300)
    calls = app.get("json")[0]["props"]["body"]
    assert '"bbox_inches": "tight", "dpi": 200, "format": "png", "transparent": true' in calls
    assert calls.endswith('"clf"]')
    assert app.get("exception")[0]["props"]["message"].startswith("The `fig` parameter is required.")


def test_plotly_chart_takes_dicts_and_trace_lists(run_app):
    app = run_app("""
        import json
        import streamlit as st
        st.plotly_chart({"data": [{"type": "bar", "x": [1, 2], "y": [3, 4]}], "layout": {"title": {"text": "T"}}})
        st.plotly_chart([{"type": "scatter", "y": [1, 2]}], height=300, config={"displayModeBar": False})
    """)
    first, second = (e["props"] for e in app.get("plotly_chart"))
    assert json.loads(first["figure"])["layout"]["title"]["text"] == "T"
    assert json.loads(second["figure"]) == {"data": [{"type": "scatter", "y": [1, 2]}]}
    assert (second["height"], second["config"], second["theme"]) == (300, {"displayModeBar": False}, "streamlit")


def test_map_finds_its_columns_and_says_tiles_are_offline(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"LAT": [37.76, 37.78], "lon": [-122.4, -122.42], "n": [1, 5]})
        st.map(df, size="n", color="#0044ff")
        st.map(pd.DataFrame({"x": [1]}))
    """)
    (element,) = app.get("map")
    props = element["props"]
    points = props["spec"]["layer"][2]
    assert points["data"]["values"] == [
        {"lon": -122.4, "lat": 37.76, "size": 1},
        {"lon": -122.42, "lat": 37.78, "size": 5},
    ]
    assert points["encoding"]["color"] == {"value": "#0044ff"}
    assert points["encoding"]["size"]["field"] == "size"
    assert props["spec"]["height"] == 500 and "offline" in props["note"]
    graticule = props["spec"]["layer"][1]["data"]["graticule"]
    (west, south), (east, north) = graticule["extent"]
    assert west < -122.42 and east > -122.4 and south < 37.76 and north > 37.78
    assert app.get("exception")[0]["props"]["message"].startswith(
        "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'."
    )


def test_pydeck_chart_draws_point_layers(run_app):
    app = run_app("""
        import json
        import streamlit as st
        class Deck:  # stands in for pydeck.Deck: st.pydeck_chart reads to_json()
            def to_json(self):
                return json.dumps({"layers": [
                    {"@@type": "ScatterplotLayer", "data": [{"lon": 1.5, "lat": 2.5}], "getPosition": "@@=[lon, lat]"},
                    {"@@type": "HexagonLayer", "data": [{"coordinates": [3, 4]}], "getPosition": "@@=coordinates"},
                    {"@@type": "PathLayer", "data": [{"path": [[0, 0], [1, 1]]}], "getPath": "@@=path"},
                ]})
        st.pydeck_chart(Deck())
    """)
    points = app.get("map")[0]["props"]["spec"]["layer"][2]["data"]["values"]
    assert points == [{"lon": 1.5, "lat": 2.5, "layer": 0}, {"lon": 3, "lat": 4, "layer": 1}]
