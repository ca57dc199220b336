"""The core loop in a real browser: script → worker → Pyodide → shim → renderer → widget → rerun."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import choose, interact, load_script, run_count, wait_until_idle, write_app

import build

HELLO = (build.ROOT / "examples" / "hello.py").read_text()


@pytest.fixture(scope="module")
def hello(export_site):
    return export_site(HELLO, name="hello")


def test_hello_slider_squares_with_keyboard(hello, page: Page):
    hello.open(page)
    expect(page.get_by_role("heading", name="Hello, Headwater")).to_be_visible()
    expect(page.get_by_text("0 squared is 0")).to_be_visible()
    slider = page.get_by_role("slider", name="x")
    slider.focus()
    for _ in range(10):
        slider.press("ArrowRight")
    expect(page.get_by_text("10 squared is 100")).to_be_visible()
    expect(slider).to_have_attribute("aria-valuenow", "10")
    # The numbers are inline code inside one paragraph, as in Streamlit.
    paragraph = page.locator("p", has_text="10 squared is 100")
    expect(paragraph.locator("code")).to_have_text(["10", "100"])


def test_no_request_leaves_the_site(hello, page: Page):
    hello.open(page)
    outside = [url for url in hello.requests if not url.startswith(hello.url)]
    assert hello.requests, "the page made no requests at all"
    assert outside == []


def test_magic_writes_bare_expressions(shared_page: Page):
    load_script(shared_page, '''
        """A docstring is not written."""
        import streamlit as st
        "Magic *markdown*"
        answer = 42
        answer
        abs(-5)
        {"key": "value"}
    ''')
    expect(shared_page.get_by_text("Magic markdown")).to_be_visible()
    expect(shared_page.locator("em", has_text="markdown")).to_be_visible()
    expect(shared_page.get_by_text("42", exact=True)).to_be_visible()
    expect(shared_page.get_by_text('"value"')).to_be_visible()
    expect(shared_page.get_by_text("A docstring is not written.")).to_have_count(0)


def test_cache_data_is_not_rerun(shared_page: Page):
    load_script(shared_page, '''
        import streamlit as st
        st.session_state.setdefault("calls", 0)

        @st.cache_data
        def expensive(n):
            st.session_state.calls += 1
            return n * 2

        st.write("result", expensive(21))
        st.button("Again")
        st.write("calls", st.session_state.calls)
    ''')
    expect(shared_page.get_by_text("result 42")).to_be_visible()
    expect(shared_page.get_by_text("calls 1")).to_be_visible()
    for _ in range(2):
        interact(shared_page, lambda: shared_page.get_by_role("button", name="Again").click())
    expect(shared_page.get_by_text("calls 1")).to_be_visible()


def test_session_state_counter(shared_page: Page):
    load_script(shared_page, '''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Increment"):
            st.session_state.count += 1
        st.write("Count =", st.session_state.count)
    ''')
    expect(shared_page.get_by_text("Count = 0")).to_be_visible()
    for _ in range(3):
        interact(shared_page, lambda: shared_page.get_by_role("button", name="Increment").click())
    expect(shared_page.get_by_text("Count = 3")).to_be_visible()


def test_widgets_are_variables(shared_page: Page):
    load_script(shared_page, '''
        import streamlit as st
        flag = st.checkbox("Shout")
        name = st.text_input("Name", "world")
        size = st.number_input("Size", 1, 10, 3)
        color = st.selectbox("Color", ["red", "green", "blue"])
        greeting = f"Hello {name}"
        st.write(greeting.upper() if flag else greeting, size, color)
    ''')
    expect(shared_page.get_by_text("Hello world 3 red")).to_be_visible()
    interact(shared_page, lambda: shared_page.get_by_role("checkbox", name="Shout").click())
    expect(shared_page.get_by_text("HELLO WORLD 3 red")).to_be_visible()
    name = shared_page.get_by_label("Name")
    name.fill("Ada")
    interact(shared_page, lambda: name.press("Enter"))
    expect(shared_page.get_by_text("HELLO ADA 3 red")).to_be_visible()
    interact(shared_page, lambda: choose(shared_page.get_by_role("combobox", name="Color"), "blue"))
    expect(shared_page.get_by_text("HELLO ADA 3 blue")).to_be_visible()


def test_exception_keeps_earlier_elements(shared_page: Page):
    load_script(shared_page, '''
        import streamlit as st
        st.write("before the error")

        def divide(a, b):
            return a / b

        divide(1, 0)
        st.write("never shown")
    ''')
    expect(shared_page.get_by_text("before the error")).to_be_visible()
    expect(shared_page.get_by_text("ZeroDivisionError")).to_be_visible()
    expect(shared_page.get_by_text("division by zero")).to_be_visible()
    expect(shared_page.get_by_text("return a / b")).to_be_visible()
    expect(shared_page.get_by_text("never shown")).to_have_count(0)
    expect(shared_page.get_by_text("_bridge")).to_have_count(0)


def test_syntax_error_then_recovery(shared_page: Page):
    load_script(shared_page, '''
        import streamlit as st
        st.write("fine")
        x = (1 +
    ''')
    expect(shared_page.get_by_text("SyntaxError")).to_be_visible()
    expect(shared_page.get_by_text("x = (1 +")).to_be_visible()
    expect(shared_page.get_by_text("fine", exact=True)).to_have_count(0)
    load_script(shared_page, '''
        import streamlit as st
        st.write("recovered")
    ''')
    expect(shared_page.get_by_text("recovered")).to_be_visible()
    expect(shared_page.get_by_text("SyntaxError")).to_have_count(0)


def test_dataframe_and_line_chart(export_site, page: Page):
    site = export_site('''
        import numpy as np
        import pandas as pd
        import streamlit as st

        df = pd.DataFrame({"a": np.arange(1000), "b": np.arange(1000) * 2.5})
        st.dataframe(df)
        st.line_chart(df, y="b")
        st.write("rows", len(df))
    ''', name="frame")
    site.open(page)
    expect(page.get_by_text("rows 1000")).to_be_visible()
    grid = page.get_by_role("grid")
    expect(grid.get_by_role("columnheader", name="b")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="2.5", exact=True)).to_be_visible()
    # Virtualized: far fewer row nodes than the frame has rows.
    assert grid.get_by_role("row").count() < 100
    expect(page.locator("canvas, svg.marks").first).to_be_visible()


def test_dev_banner_reruns_on_save(tmp_path, page: Page):
    source = write_app(tmp_path / "dev", '''
        import streamlit as st
        n = st.slider("n", 0, 10, 4)
        st.write("version one", n)
    ''')
    server = build.serve_dev(source, [], 0, tmp_path / "site")
    try:
        page.goto(server.url)
        wait_until_idle(page)
        expect(page.get_by_text("version one 4")).to_be_visible()
        slider = page.get_by_role("slider", name="n")
        interact(page, lambda: slider.press("ArrowRight"))
        expect(page.get_by_text("version one 5")).to_be_visible()

        source.write_text(source.read_text().replace("version one", "version two"))
        expect(page.get_by_text("Source file changed")).to_be_visible(timeout=10_000)
        interact(page, lambda: page.get_by_role("button", name="Rerun", exact=True).click())
        expect(page.get_by_text("version two 5")).to_be_visible()  # widget value survived

        source.write_text(source.read_text().replace("version two", "version three"))
        page.get_by_role("button", name="Always rerun").click()
        expect(page.get_by_text("version three 5")).to_be_visible()
        before = run_count(page)
        source.write_text(source.read_text().replace("version three", "version four"))
        expect(page.get_by_text("version four 5")).to_be_visible(timeout=10_000)
        assert run_count(page) > before
        expect(page.get_by_text("Source file changed")).to_have_count(0)
    finally:
        server.stop()


def test_argv_reaches_the_script(export_site, page: Page, tmp_path):
    source = write_app(tmp_path / "argv", '''
        import sys
        import streamlit as st
        st.write("args:", " ".join(sys.argv[1:]))
    ''')
    out = tmp_path / "argv-site"
    build.export(source, out, ["--flag", "value"])
    server = build.AppServer(out, 0).start()
    try:
        page.goto(server.url)
        wait_until_idle(page)
        expect(page.get_by_text(re.compile(r"args: --flag value"))).to_be_visible()
    finally:
        server.stop()


def test_a_boot_failure_says_what_failed(export_site, page: Page):
    site = export_site("import streamlit as st\nst.write('unreachable')\n", name="broken")
    (site.folder / "headwater" / "pyodide" / "pyodide.mjs").unlink()
    page.goto(site.url)
    page.wait_for_function("() => document.querySelector('headwater-app')?.getAttribute('state') === 'error'")
    expect(page.get_by_text("pyodide.mjs")).to_be_visible()
    expect(page.get_by_text("headwater/ folder was uploaded whole")).to_be_visible()
