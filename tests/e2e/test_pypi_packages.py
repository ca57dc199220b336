"""A pure-Python package from PyPI, shipped with the export: plotly, pinned in requirements.txt."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from conftest import Site, build, write_app

# Not the newest plotly, so the pin visibly wins over what pip would pick by itself.
PLOTLY = "6.3.0"
# plotly.js is a big lazily loaded chunk; on a busy 2-core machine it takes a while.
LAZY_CHUNK_MS = 60_000

APP = """
import pandas as pd
import plotly
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

st.write(f"plotly {plotly.__version__}")
sales = pd.DataFrame({"day": [1, 2, 3, 4], "sales": [3, 1, 4, 1]})
st.plotly_chart(px.line(sales, x="day", y="sales", title="Sales by day"))
st.plotly_chart(go.Figure(go.Bar(x=["north", "south"], y=[2, 5])))
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    source = tmp_path_factory.mktemp("pypi-src")
    write_app(source, APP)
    (source / "requirements.txt").write_text(f"streamlit\nplotly=={PLOTLY}  # the charts\n")
    out = tmp_path_factory.mktemp("pypi-site")
    build.export(source / "app.py", out)
    server = build.AppServer(out, 0).start()
    yield Site(out, server)
    server.stop()


@pytest.fixture(scope="module")
def page(browser, site):
    context = browser.new_context()
    page = site.open(context.new_page())
    yield page
    context.close()


def test_the_export_ships_the_pinned_wheel_and_lists_it(site):
    wheel = f"pyodide/plotly-{PLOTLY}-py3-none-any.whl"
    manifest = json.loads((site.folder / "app.json").read_text())
    assert wheel in manifest["downloads"]
    lock = json.loads((site.folder / "headwater/pyodide/pyodide-lock.json").read_text())
    entry = lock["packages"]["plotly"]
    assert entry["version"] == PLOTLY and "plotly" in entry["imports"]
    assert build._sha256(site.folder / "headwater" / wheel) == entry["sha256"]


def test_plotly_figures_draw_in_the_browser(page: Page):
    expect(page.get_by_text(f"plotly {PLOTLY}")).to_be_visible()
    charts = page.get_by_test_id("stPlotlyChart")
    expect(charts).to_have_count(2)
    line, bars = charts.nth(0), charts.nth(1)
    expect(line.locator(".main-svg").first).to_be_visible(timeout=LAZY_CHUNK_MS)
    expect(line).to_contain_text("Sales by day")
    # The express figure's trace: one line through the four points.
    trace = line.locator(".scatterlayer .trace path.js-line")
    expect(trace).to_have_count(1)
    assert trace.get_attribute("d").count("L") == 3
    # Streamlit's template is plotly's default, so Plotly Express draws in Streamlit's first colour.
    assert trace.evaluate("path => getComputedStyle(path).stroke") == "rgb(0, 104, 201)"
    expect(bars.locator(".barlayer .point")).to_have_count(2)
    expect(bars).to_contain_text("north")


def test_nothing_was_fetched_from_elsewhere(page: Page, site):
    fetched = [url.removeprefix("blob:") for url in site.requests]
    assert any(url.endswith(f"plotly-{PLOTLY}-py3-none-any.whl") for url in fetched)
    assert [url for url in fetched if not url.startswith(site.url)] == []
