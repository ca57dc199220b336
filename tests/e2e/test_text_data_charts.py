"""Text, data and chart commands in a real browser: what the reader sees and what the script gets back."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script

# The site's first script imports what the later ones need, so the export ships
# pandas and matplotlib and the worker has them loaded.
BOOT = """
import matplotlib
import numpy
import pandas
import streamlit as st
st.write("ready")
"""


# Lazily loaded chunks (KaTeX, plotly.js) are big; on a busy 2-core machine they take a while.
LAZY_CHUNK_MS = 60_000


@pytest.fixture(scope="module")
def page(browser, export_site):
    site = export_site(BOOT, name="tdc")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    page.site = site
    yield page
    context.close()


def test_markdown_extras_latex_badge_and_html(page: Page):
    load_script(page, r"""
        import streamlit as st
        st.markdown("Say :red[stop] on :blue-background[blue] :smile: :material/check: and $a^2$")
        st.badge("Fresh", color="green")
        st.latex(r"\frac{1}{2}")
        st.html("<p class='mine'>Plain <b>bold</b></p><img src='nothing.png' onerror='document.title=1'><script>document.title='pwned'</script>")
    """)
    expect(page.locator(".hw-color-red", has_text="stop")).to_have_css("color", "rgb(255, 43, 43)")
    expect(page.locator(".hw-bg-blue", has_text="blue")).to_be_visible()
    expect(page.get_by_text("Say stop on blue 😄")).to_be_visible()
    expect(page.locator(".hw-badge-green", has_text="Fresh")).to_be_visible()
    # KaTeX typesets both formulas (its MathML copy carries the source).
    expect(page.locator(".katex")).to_have_count(2, timeout=LAZY_CHUNK_MS)
    expect(page.locator("annotation", has_text=r"\frac{1}{2}")).to_have_count(1)
    html = page.get_by_test_id("stHtml")
    expect(html.locator("b")).to_have_text("bold")
    expect(html.locator("script")).to_have_count(0)
    assert html.locator("img").get_attribute("onerror") is None
    assert page.title() != "pwned"


def test_write_stream_draws_chunks_while_the_script_runs(page: Page):
    load_script(page, """
        import asyncio
        import time
        import streamlit as st
        def slow():
            yield "first chunk"
            time.sleep(3)
            yield " then more"
        text = st.write_stream(slow)
        async def agen():
            for word in ["async ", "works"]:
                await asyncio.sleep(0.01)
                yield word
        st.write_stream(agen)
        st.text(f"returned {text!r}")
    """)
    expect(page.get_by_text("returned 'first chunk then more'")).to_be_visible()
    expect(page.get_by_text("async works")).to_be_visible()
    # Rerun, and catch the first chunk on the page while the script still sleeps.
    page.evaluate("document.querySelector('headwater-app').app.rerun()")
    expect(page.locator("headwater-app[state='running']")).to_have_count(1)
    expect(page.get_by_text("first chunk", exact=True)).to_be_visible()
    assert page.get_attribute("headwater-app", "state") == "running"
    expect(page.get_by_text("returned 'first chunk then more'")).to_be_visible()


def test_metric_echo_and_help(page: Page):
    load_script(page, """
        import streamlit as st
        st.metric("Revenue", 1234.5, -12, format="dollar", border=True)
        with st.echo():
            answer = 6 * 7
        st.help(st.metric)
    """)
    metric = page.get_by_test_id("stMetric")
    expect(metric).to_contain_text("Revenue")
    expect(metric).to_contain_text("$1,234.50")
    expect(metric.get_by_label("Down")).to_be_visible()
    expect(page.get_by_test_id("stCode")).to_have_text("answer = 6 * 7")
    expect(page.get_by_test_id("stHelp")).to_contain_text("Display a metric")


def test_dataframe_column_config_and_row_selection(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"fruit": ["apple", "pear", "fig"], "price": [1.5, 2.25, 3.0],
                           "secret": [1, 2, 3], "url": ["https://a.io/x", "https://b.io", "https://c.io"]})
        event = st.dataframe(df, key="picks", on_select="rerun", hide_index=True, column_config={
            "price": st.column_config.NumberColumn("Price", format="dollar"),
            "secret": None,
            "url": st.column_config.LinkColumn("Site", display_text="Visit"),
        })
        st.text(f"picked {event.selection.rows}")
    """)
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("columnheader", name="Price")).to_be_visible()
    expect(grid.get_by_role("columnheader", name="secret")).to_have_count(0)
    expect(grid.get_by_role("gridcell", name="$2.25")).to_be_visible()
    expect(grid.get_by_role("link", name="Visit").first).to_have_attribute("href", "https://a.io/x")
    expect(page.get_by_text("picked []")).to_be_visible()
    interact(page, lambda: grid.get_by_role("checkbox", name="Select row 2").click())
    expect(page.get_by_text("picked [1]")).to_be_visible()
    interact(page, lambda: grid.get_by_role("checkbox", name="Select row 3").click())
    expect(page.get_by_text("picked [1, 2]")).to_be_visible()
    expect(grid.get_by_role("checkbox", name="Select row 2")).to_be_checked()
    # A header click sorts (on the page only); selections still name rows of the data.
    fruit = grid.get_by_role("columnheader", name="fruit")
    fruit.click()
    expect(fruit).to_have_attribute("aria-sort", "ascending")
    fruit.click()
    expect(fruit).to_have_attribute("aria-sort", "descending")
    expect(grid.get_by_role("row").nth(1)).to_contain_text("pear")
    interact(page, lambda: grid.get_by_role("checkbox", name="Select row 1").click())
    expect(page.get_by_text("picked [2]")).to_be_visible()


def test_data_editor_edits_adds_and_deletes_rows(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"item": ["tea", "cake"], "qty": [1, 2], "paid": [False, True]})
        edited = st.data_editor(df, num_rows="dynamic", key="order")
        st.text(f"items {list(edited['item'])} qty {list(edited['qty'])} paid {list(edited['paid'])}")
    """)
    grid = page.get_by_test_id("stDataFrame").get_by_role("grid")
    expect(page.get_by_text("items ['tea', 'cake'] qty [1, 2] paid [False, True]")).to_be_visible()

    grid.get_by_role("gridcell", name="1", exact=True).dblclick()
    editor = grid.get_by_role("spinbutton", name="Edit qty, row 1")
    editor.fill("5")
    interact(page, lambda: editor.press("Enter"))
    expect(page.get_by_text("items ['tea', 'cake'] qty [5, 2] paid [False, True]")).to_be_visible()

    interact(page, lambda: grid.get_by_role("gridcell", name="false").click())
    expect(page.get_by_text("paid [True, True]")).to_be_visible()

    interact(page, lambda: page.get_by_role("button", name="Add row").click())
    grid.get_by_role("gridcell").filter(has_text=re.compile(r"^None$")).first.dblclick()
    new_item = grid.get_by_role("textbox", name="Edit item, row 3")
    new_item.fill("scone")
    interact(page, lambda: new_item.press("Enter"))
    expect(page.get_by_text("items ['tea', 'cake', 'scone']")).to_be_visible()

    grid.get_by_role("checkbox", name="Select row 1").check()
    interact(page, lambda: page.get_by_role("button", name="Delete selected rows").click())
    expect(page.get_by_text("items ['cake', 'scone'] qty [2, None] paid [True, None]")).to_be_visible()


def test_charts_draw(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2], "g": ["a", "b", "a"]})
        st.bar_chart(df, x="g", y="y", horizontal=True)
        st.area_chart(df[["x", "y"]])
        st.scatter_chart(df, x="x", y="y", color="g")
        st.vega_lite_chart(df, {"mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"},
                                                             "y": {"field": "y", "type": "quantitative"}}})
        st.map(pd.DataFrame({"lat": [51.5, 48.85], "lon": [-0.12, 2.35]}))
    """)
    charts = page.get_by_test_id("stVegaLiteChart")
    expect(charts).to_have_count(4)
    for i in range(4):
        expect(charts.nth(i).locator("canvas")).to_be_visible()
    the_map = page.get_by_test_id("stDeckGlJsonChart")
    expect(the_map.locator("canvas")).to_be_visible()
    expect(the_map).to_contain_text("Map tiles are unavailable offline")


def test_pyplot_and_plotly(page: Page):
    load_script(page, """
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, ax = plt.subplots()
        ax.plot([1, 2, 3], [3, 1, 2])
        st.pyplot(fig)
        st.write(fig)
        st.plotly_chart({"data": [{"type": "bar", "x": ["a", "b"], "y": [2, 5]}],
                         "layout": {"title": {"text": "Plotly bars"}}})
    """)
    images = page.get_by_test_id("stImage").locator("img")
    expect(images).to_have_count(2)
    expect(images.first).to_have_js_property("complete", True)
    assert images.first.evaluate("img => img.naturalWidth") > 100
    plot = page.get_by_test_id("stPlotlyChart")
    # plotly.js is a 1.5 MB (gzip) chunk, fetched and parsed on first use: allow a busy machine time.
    expect(plot.locator(".main-svg").first).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(plot).to_contain_text("Plotly bars")


def test_nothing_was_fetched_from_elsewhere(page: Page):
    # Math fonts, plotly.js and the charts all come from the site; images are blob: URLs of it.
    fetched = [url.removeprefix("blob:") for url in page.site.requests]
    assert any("plotly" in url for url in fetched)
    assert [url for url in fetched if not url.startswith(page.site.url)] == []
