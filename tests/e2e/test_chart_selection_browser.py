"""Chart selections and Material icons in a real browser: select on the chart, check what the script sees."""

from __future__ import annotations

import re
import textwrap

from playwright.sync_api import Page, expect

from conftest import interact, load_script

# Three dots on one line; the scripts print the names of the ones selected.
ROWS = 'rows = [{"name": "ant", "x": 1, "y": 5}, {"name": "bee", "x": 5, "y": 5}, {"name": "cat", "x": 9, "y": 5}]'

# A Vega-Lite view without axes, 400 × 200 px inside Vega-Lite's 5 px padding:
# data (x, y) on scales [0, 10] is at (5 + 40x, 5 + 20(10 - y)) on its canvas.
ENCODING = ('{"x": {"field": "x", "type": "quantitative", "axis": None, "scale": {"domain": [0, 10]}}, '
            '"y": {"field": "y", "type": "quantitative", "axis": None, "scale": {"domain": [0, 10]}}}')

# `spec`: the three dots on that view, with a point selection named `pick`.
POINT_SPEC = ('spec = {"data": {"values": rows}, "mark": {"type": "circle", "size": 200}, "encoding": ENCODING, '
              '"params": [{"name": "pick", "select": {"type": "point", "nearest": True}}], "width": 400, "height": 200}')
# `figure`: the three dots as a Plotly scatter on axes [0, 10].
DOTS_FIGURE = ('figure = {"data": [{"type": "scatter", "mode": "markers", "x": [r["x"] for r in rows], '
               '"y": [r["y"] for r in rows], "marker": {"size": 16}}], '
               '"layout": {"xaxis": {"range": [0, 10]}, "yaxis": {"range": [0, 10]}, "height": 320}}')


def script(source: str) -> str:
    """`source` with POINT_SPEC, DOTS_FIGURE, ROWS and ENCODING filled in."""
    source = textwrap.dedent(source).replace("POINT_SPEC", POINT_SPEC).replace("DOTS_FIGURE", DOTS_FIGURE)
    return source.replace("ROWS", ROWS).replace("ENCODING", ENCODING)


def seen(page: Page, text: str):
    """The script's report, an st.text line matched whole."""
    return page.get_by_test_id("stText").filter(has_text=re.compile(rf"^{re.escape(text)}$"))


def vega_point(page: Page, chart: int, x: float, y: float) -> tuple[float, float]:
    box = page.get_by_test_id("stVegaLiteChart").nth(chart).locator("canvas").bounding_box()
    assert box, "the chart has no canvas"
    return box["x"] + 5 + 40 * x, box["y"] + 5 + 20 * (10 - y)


def drag(page: Page, start: tuple[float, float], end: tuple[float, float]) -> None:
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*end, steps=8)
    page.mouse.up()


def test_dragging_a_box_on_an_altair_chart_selects_rows(shared_page: Page):
    load_script(shared_page, script("""
        import streamlit as st
        ROWS

        class Chart:
            # Stands in for altair.Chart (Pyodide has no offline wheel for Altair's
            # rpds-py dependency): its to_dict() is shaped as Altair's, named data,
            # counter-named parameter and all.
            def to_dict(self):
                return {
                    "$schema": "https://vega.github.io/schema/vega-lite/v5.20.1.json",
                    "data": {"name": "data-4d2f"},
                    "datasets": {"data-4d2f": rows},
                    "mark": {"type": "circle", "size": 200},
                    "encoding": ENCODING,
                    "params": [{"name": "param_7", "select": {"type": "interval", "encodings": ["x"]}}],
                    "width": 400,
                    "height": 200,
                }

        event = st.altair_chart(Chart(), on_select="rerun", key="brushed", alt="Three animals in a row")
        low, high = event.selection.param_1.get("x", [None, None])
        st.text(f"brushed: {[r['name'] for r in rows if low is not None and low <= r['x'] <= high]}")
        st.text(f"state: {sorted(st.session_state.brushed.selection)}")
    """))
    expect(seen(shared_page, "brushed: []")).to_be_visible()
    expect(shared_page.get_by_test_id("stVegaLiteChart").get_by_label("Three animals in a row")).to_be_visible()
    expect(seen(shared_page, "state: ['param_1']")).to_be_visible()
    start, end = vega_point(shared_page, 0, 3.5, 8), vega_point(shared_page, 0, 6.5, 2)
    interact(shared_page, lambda: drag(shared_page, start, end))
    expect(seen(shared_page, "brushed: ['bee']")).to_be_visible()
    # A new box, after the rerun: the chart kept its identity and listens still. (It starts
    # outside the first box: a drag that starts inside one moves it.)
    start, end = vega_point(shared_page, 0, 0.5, 8), vega_point(shared_page, 0, 5.5, 2)
    interact(shared_page, lambda: drag(shared_page, start, end))
    expect(seen(shared_page, "brushed: ['ant', 'bee']")).to_be_visible()


def test_clicking_a_point_on_a_vega_lite_chart_selects_it(shared_page: Page):
    load_script(shared_page, script("""
        import streamlit as st
        ROWS
        POINT_SPEC
        event = st.vega_lite_chart(spec, on_select="rerun")
        st.text(f"picked: {[rows[p['_vgsid_'] - 1]['name'] for p in event.selection.pick]}")
    """))
    expect(seen(shared_page, "picked: []")).to_be_visible()
    interact(shared_page, lambda: shared_page.mouse.click(*vega_point(shared_page, 0, 8.6, 5.3)))
    expect(seen(shared_page, "picked: ['cat']")).to_be_visible()


def test_clicking_and_boxing_points_on_a_plotly_chart(shared_page: Page):
    load_script(shared_page, script("""
        import streamlit as st
        ROWS
        DOTS_FIGURE
        event = st.plotly_chart(figure, on_select="rerun", key="dots", alt="Three dots")
        selected = [rows[i]["name"] for i in event.selection.point_indices]
        st.text(f"plotly: {selected} at x {[p['x'] for p in event.selection.points]}, boxes {len(event.selection.box)}")
    """))
    expect(seen(shared_page, "plotly: [] at x [], boxes 0")).to_be_visible()
    expect(shared_page.get_by_role("figure", name="Three dots")).to_be_visible()
    # Plotly's drag layer covers exactly the plot area, so data (x, y) is at a known fraction of it.
    area = shared_page.get_by_test_id("stPlotlyChart").locator(".nsewdrag").first
    expect(area).to_be_visible()
    box = area.bounding_box()
    assert box, "the chart has no plot area"

    def at(x: float, y: float) -> tuple[float, float]:
        return box["x"] + box["width"] * x / 10, box["y"] + box["height"] * (10 - y) / 10

    interact(shared_page, lambda: shared_page.mouse.click(*at(5, 5)))
    expect(seen(shared_page, "plotly: ['bee'] at x [5], boxes 0")).to_be_visible()
    interact(shared_page, lambda: drag(shared_page, at(3, 8), at(9.6, 2)))
    expect(seen(shared_page, "plotly: ['bee', 'cat'] at x [5, 9], boxes 1")).to_be_visible()


def test_material_icons_are_drawn_in_the_icon_font(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.button("Home", icon=":material/home:")
        st.markdown("Saved :material/star: here")
        st.info("Heads up", icon=":material/info:")
    """)
    button = shared_page.get_by_role("button", name="Home", exact=True)
    expect(button).to_be_visible()
    icon = button.locator(".hw-material-icon")
    expect(icon).to_have_text("home")
    shared_page.wait_for_function("""() => [...document.fonts].some(
        (face) => face.family.replace(/"/g, '') === 'Material Symbols Rounded' && face.status === 'loaded')""")
    assert shared_page.evaluate("""() => document.fonts.check('20px "Material Symbols Rounded"', 'home')""")
    expect(icon).to_have_css("visibility", "visible")
    # The ligature turns the name into one square glyph: its text is about as wide as the
    # font is big, where the word "home" in a fallback font is more than twice as wide.
    ratio = icon.evaluate("""(el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize);
    }""")
    assert 0.8 < ratio < 1.2, ratio
    for where, name in (("stMarkdown", "star"), ("stAlert", "info")):
        other = shared_page.get_by_test_id(where).locator(".hw-material-icon")
        expect(other).to_have_text(name)
        expect(other).to_have_css("visibility", "visible")


def test_a_forms_clear_on_submit_drops_chart_selections(shared_page: Page):
    load_script(shared_page, script("""
        import streamlit as st
        ROWS
        POINT_SPEC
        DOTS_FIGURE
        with st.form("choose", clear_on_submit=True):
            vega = st.vega_lite_chart(spec, on_select="rerun")
            plotly = st.plotly_chart(figure, on_select="rerun")
            st.form_submit_button("Submit")
        st.text(f"vega {[rows[p['_vgsid_'] - 1]['name'] for p in vega.selection.pick]}, "
                f"plotly {[rows[i]['name'] for i in plotly.selection.point_indices]}")
    """))
    expect(seen(shared_page, "vega [], plotly []")).to_be_visible()
    area = shared_page.get_by_test_id("stPlotlyChart").locator(".nsewdrag").first
    expect(area).to_be_visible()
    box = area.bounding_box()
    assert box, "the chart has no plot area"
    # Inside a form, selecting causes no rerun: the form holds the selections until it is submitted.
    shared_page.mouse.click(*vega_point(shared_page, 0, 1.2, 5))
    shared_page.mouse.click(box["x"] + box["width"] * 0.9, box["y"] + box["height"] * 0.5)
    submit = shared_page.get_by_role("button", name="Submit")
    interact(shared_page, submit.click)
    expect(seen(shared_page, "vega ['ant'], plotly ['cat']")).to_be_visible()
    # The submit cleared both charts; the next submit sends their empty selections.
    interact(shared_page, submit.click)
    expect(seen(shared_page, "vega [], plotly []")).to_be_visible()


def test_a_chart_drawn_anew_shows_the_selection_it_had(shared_page: Page):
    # Once something is selected, a line appears above each chart: both move down a
    # place, and the page draws them anew there.
    load_script(shared_page, script("""
        import streamlit as st
        ROWS
        picked = st.session_state.get("picked")
        if picked and picked.selection.pick:
            st.text("above the Vega-Lite chart")
        POINT_SPEC
        vega = st.vega_lite_chart(spec, on_select="rerun", key="picked")
        dots = st.session_state.get("dots")
        if dots and dots.selection.point_indices:
            st.text("above the Plotly chart")
        DOTS_FIGURE
        st.plotly_chart(figure, on_select="rerun", key="dots")
        st.text(f"vega {[rows[p['_vgsid_'] - 1]['name'] for p in vega.selection.pick]}")
    """))
    expect(seen(shared_page, "vega []")).to_be_visible()
    interact(shared_page, lambda: shared_page.mouse.click(*vega_point(shared_page, 0, 8.6, 5)))
    expect(seen(shared_page, "above the Vega-Lite chart")).to_be_visible()
    expect(seen(shared_page, "vega ['cat']")).to_be_visible()
    # The chart drawn anew still holds 'cat': a shift-click adds 'ant' to it.
    shared_page.keyboard.down("Shift")
    interact(shared_page, lambda: shared_page.mouse.click(*vega_point(shared_page, 0, 1.2, 5)))
    shared_page.keyboard.up("Shift")
    expect(seen(shared_page, "vega ['ant', 'cat']")).to_be_visible()

    area = shared_page.get_by_test_id("stPlotlyChart").locator(".nsewdrag").first
    box = area.bounding_box()
    assert box, "the chart has no plot area"
    interact(shared_page, lambda: shared_page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2))
    expect(seen(shared_page, "above the Plotly chart")).to_be_visible()
    # Plotly dims the points a selection leaves out; the chart drawn anew dims all but 'bee'.
    points = shared_page.get_by_test_id("stPlotlyChart").locator(".scatterlayer path.point")
    expect(points).to_have_count(3)
    expect(points.nth(1)).to_have_css("opacity", "1")
    expect(points.nth(0)).not_to_have_css("opacity", "1")
    expect(points.nth(2)).not_to_have_css("opacity", "1")
