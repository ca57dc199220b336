"""st.graphviz_chart, st.mermaid_chart and st.echarts_chart in a real browser: each library
loads on first use, draws, and no script from a diagram runs."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from conftest import interact, load_script

# The libraries are lazy chunks of megabytes (Graphviz's wasm is inside its JS);
# on a busy 2-core machine the first draw takes a while.
LAZY_CHUNK_MS = 60_000


def test_graphviz_chart_draws_dot_as_sanitized_svg(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st

        class Digraph:  # a graphviz.Digraph, by its shape
            source = 'digraph { kernel -> zombie; kernel -> sleep [label="wait"] }'
            engine = "dot"

        st.graphviz_chart('digraph { run -> intr; intr -> runbl; runbl -> run }', alt="Process states")
        st.graphviz_chart(Digraph(), width="stretch")
        st.graphviz_chart('digraph { evil [URL="javascript:document.title=1", label="evil"] }')
        st.graphviz_chart('digraph { a -> }')
    """)
    charts = page.get_by_test_id("stGraphVizChart")
    expect(charts).to_have_count(4)
    first = charts.nth(0).locator("svg")
    expect(first).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(first).to_have_attribute("aria-label", "Process states")
    assert sorted(first.locator("g.node text").all_text_contents()) == ["intr", "run", "runbl"]
    expect(charts.nth(1).locator("g.edge text")).to_have_text("wait")
    stretched, content = charts.nth(1).locator("svg").bounding_box(), first.bounding_box()
    assert stretched["width"] > content["width"]
    evil = charts.nth(2)
    expect(evil.locator("g.node text")).to_have_text("evil")
    assert all("javascript" not in (a.get_attribute("href") or "") + (a.get_attribute("xlink:href") or "")
               for a in evil.locator("a").all())  # fmt: skip
    expect(charts.nth(3).get_by_role("alert")).to_contain_text("Cannot draw this graph")
    assert page.title() != "1"


def test_mermaid_chart_draws_a_diagram_and_shows_errors(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.mermaid_chart('''
        graph LR
            A[Start] --> B{Decision}
            B -->|Yes| C[OK]
            B -->|No| D["<img src=x onerror='document.title=2'>Cancel"]
            click A call alert()
        ''', alt="Decision flow")
        st.mermaid_chart("graph LR\\n  A --> --> B")
        st.markdown("```mermaid\\nsequenceDiagram\\n  Alice->>Bob: Hello Bob\\n```")
    """)
    charts = page.get_by_test_id("stMermaidChart")
    expect(charts).to_have_count(3, timeout=LAZY_CHUNK_MS)
    flow = charts.nth(0).locator("svg")
    expect(flow).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(flow).to_have_attribute("aria-label", "Decision flow")
    for label in ("Start", "Decision", "OK", "Cancel"):
        expect(flow.get_by_text(label, exact=True)).to_be_visible()
    expect(flow.locator("img[onerror], script")).to_have_count(0)
    expect(charts.nth(1).get_by_test_id("stMermaidError")).to_contain_text("Mermaid diagram error:")
    expect(page.locator("body > [id^='dhw-mermaid']")).to_have_count(0)  # mermaid's scratch diagrams
    expect(charts.nth(2).locator("svg").get_by_text("Hello Bob")).to_be_visible(timeout=LAZY_CHUNK_MS)
    assert page.title() != "2"


def test_echarts_chart_draws_and_reports_a_selection(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.echarts_chart({
            "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
            "yAxis": {"type": "value"},
            "series": [{"type": "line", "data": [3, 1, 2]}],
            "tooltip": {"trigger": "axis", "valueFormatter": "dollar"},
        }, alt="Sales by day")
        event = st.echarts_chart({
            "grid": {"left": 0, "right": 0, "top": 0, "bottom": 0},
            "xAxis": {"type": "category", "data": ["A", "B", "C"], "show": False},
            "yAxis": {"type": "value", "max": 10, "show": False},
            "series": [{"type": "bar", "name": "Sales", "data": [10, 10, 10], "barWidth": "100%",
                        "selectedMode": "multiple"}],
        }, key="bars", on_select="rerun", renderer="svg", height=200)
        picked = [i for group in event.selection.selected for i in group["data_indices"]]
        names = [group["series_name"] for group in event.selection.selected]
        st.write(f"picked {picked} of {names}")
        st.echarts_chart({
            "dataset": {"dimensions": ["name", "score"], "source": [["Ann", 7], ["Bo", 9]]},
            "grid": {"left": 0, "right": 0, "top": 0, "bottom": 0},
            "xAxis": {"type": "category", "show": False},
            "yAxis": {"type": "value", "max": 9, "show": False},
            "series": [{"type": "bar", "barWidth": "100%"}],
            "tooltip": {"formatter": "{b} has {@score} <b>pts</b> ({@[1]})"},
        }, height=150)
    """)
    charts = page.get_by_test_id("stEChartsChart")
    expect(charts).to_have_count(3)
    expect(charts.nth(0).locator("canvas")).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(charts.nth(0).get_by_label("Sales by day")).to_have_count(1)
    # A tooltip's valueFormatter string is a number format (Streamlit's extension): Tue's 1 is "$1.00".
    line = charts.nth(0).locator("canvas")
    box = line.bounding_box()
    line.hover(position={"x": box["width"] / 2, "y": box["height"] / 2})
    expect(charts.nth(0).get_by_text("$1.00")).to_be_visible()
    bars = charts.nth(1).locator("svg")
    expect(bars).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(page.get_by_text("picked [] of []")).to_be_visible()
    # A tooltip template reads the item's dimensions by name or index (Streamlit's extension).
    scores = charts.nth(2).locator("canvas")
    expect(scores).to_be_visible(timeout=LAZY_CHUNK_MS)
    box = scores.bounding_box()
    scores.hover(position={"x": box["width"] * 3 / 4, "y": box["height"] / 2})
    expect(charts.nth(2).get_by_text("Bo has 9 pts (9)")).to_be_visible()
    expect(charts.nth(2).locator("b", has_text="pts")).to_be_visible()

    box = bars.bounding_box()
    interact(page, lambda: bars.click(position={"x": box["width"] * 5 / 6, "y": box["height"] / 2}))
    expect(page.get_by_text("picked [2] of ['Sales']")).to_be_visible()
    interact(page, lambda: bars.click(position={"x": box["width"] / 6, "y": box["height"] / 2}))
    expect(page.get_by_text("picked [0, 2] of ['Sales']")).to_be_visible()
    interact(page, lambda: bars.dblclick(position={"x": box["width"] / 2, "y": box["height"] / 2}))
    expect(page.get_by_text("picked [] of []")).to_be_visible()


def test_echarts_chart_brush_selection_survives_a_redraw(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        state = st.session_state.get("brushy")
        count = sum(len(g["data_indices"]) for g in state.selection.selected) if state else 0
        event = st.echarts_chart({
            "title": {"text": f"{count} selected", "right": 0},
            "toolbox": {"left": 0, "top": 0, "itemSize": 20, "feature": {"brush": {"type": ["lineX"]}}},
            "brush": {"xAxisIndex": 0},
            "grid": {"left": 40, "right": 0, "top": 40, "bottom": 20},
            "xAxis": {"type": "category", "data": ["A", "B", "C", "D"]},
            "yAxis": {"type": "value", "max": 10},
            "series": [{"type": "bar", "data": [10, 10, 10, 10], "barWidth": "100%", "selectedMode": "multiple"}],
        }, key="brushy", on_select="rerun", renderer="svg", height=240)
        st.write(f"brushed {[g['data_indices'] for g in event.selection.selected]} {event.selection.areas}")
    """)
    chart = page.get_by_test_id("stEChartsChart").locator("svg")
    expect(chart).to_be_visible(timeout=LAZY_CHUNK_MS)
    box = chart.bounding_box()
    chart.click(position={"x": 27, "y": 25})  # the toolbox's lineX brush
    bar = (box["width"] - 40) / 4  # the grid starts 40 px in; four bars fill it

    def drag() -> None:
        page.mouse.move(box["x"] + 40 + 10, box["y"] + 120)
        page.mouse.down()
        page.mouse.move(box["x"] + 40 + 2 * bar - 10, box["y"] + 130, steps=5)
        page.mouse.up()

    interact(page, drag)
    # The title changed, so the chart was drawn anew: the brush is put back, and clicking D adds to it.
    expect(page.get_by_text("brushed [[0, 1]] [{'brush_index': 0, 'brush_type': 'lineX', 'coord_range': [0, 1]}]")).to_be_visible()
    expect(chart.get_by_text("2 selected")).to_be_visible()
    interact(page, lambda: chart.click(position={"x": 40 + 3.5 * bar, "y": 120}))
    expect(page.get_by_text("brushed [[0, 1, 3]] [{'brush_index': 0, 'brush_type': 'lineX', 'coord_range': [0, 1]}]")).to_be_visible()
