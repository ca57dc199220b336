"""In the browser: Streamlit's whole emoji list (a lazy chunk), keyed fragment reruns,
and background cache refreshes after the run (issue #3). One booted page for the module."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script


@pytest.fixture(scope="module")
def page(browser, export_site):
    site = export_site("import streamlit as st\nst.write('ready')\n", name="partials")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    page.site = site
    yield page
    context.close()


def test_emoji_shortcodes_come_from_a_lazy_table_of_streamlits_names(page: Page):
    eager = (page.site.folder / "headwater" / "headwater.js").read_text(encoding="utf-8")
    assert "hatching_chick" not in eager
    [table] = (page.site.folder / "headwater" / "chunks").glob("emoji-table-*.js")
    assert "hatching_chick:" in table.read_text(encoding="utf-8")
    load_script(page, """
        import streamlit as st
        st.markdown("Hatch :hatching_chick: yes :+1: no :-1: odd :not_an_emoji: code `:smile:`")
        st.caption("Caption :tada:")
        st.metric("Sales :rocket:", 3)
    """)
    body = page.get_by_test_id("stMarkdown").first
    expect(body).to_contain_text("Hatch 🐣 yes 👍 no 👎 odd :not_an_emoji: code :smile:")
    expect(body.locator("code")).to_have_text(":smile:")
    expect(page.locator("span.hw-emoji")).to_have_count(0)
    expect(page.get_by_text("Caption 🎉")).to_be_visible()
    expect(page.get_by_text("Sales 🚀")).to_be_visible()
    assert any("emoji-table-" in url for url in page.site.requests)


def test_a_callback_reruns_only_the_fragment_it_names(page: Page):
    load_script(page, """
        import streamlit as st
        st.session_state.setdefault("app_runs", 0)
        st.session_state.app_runs += 1
        st.write(f"app runs {st.session_state.app_runs}")
        runs = st.session_state.setdefault("runs", {"charts": 0, "table": 0})

        @st.fragment(key="charts")
        def charts():
            runs["charts"] += 1
            st.write(f"charts {runs['charts']}")

        @st.fragment(key="table")
        def table():
            runs["table"] += 1
            st.write(f"table {runs['table']}")

        charts()
        table()
        st.button("Refresh charts", on_click=lambda: st.rerun("charts"))
        st.write("the end")
    """)
    expect(page.get_by_text("app runs 1")).to_be_visible()
    interact(page, lambda: page.get_by_role("button", name="Refresh charts").click())
    expect(page.get_by_text("charts 2")).to_be_visible()
    # The rest of the page stays as the full run drew it.
    for text in ("app runs 1", "table 1", "the end"):
        expect(page.get_by_text(text)).to_be_visible()
    expect(page.get_by_role("button", name="Refresh charts")).to_be_visible()


def test_a_stale_background_value_is_refreshed_after_the_run(page: Page):
    # The script moves its own clocks (the page's persistent store ages values by
    # wall clock), so "11 seconds later" needs no waiting.
    load_script(page, """
        import time
        import streamlit as st
        offset = st.session_state.setdefault("offset", [0.0])
        if not hasattr(time, "real_monotonic"):
            time.real_monotonic, time.real_time = time.monotonic, time.time
            time.monotonic = lambda: time.real_monotonic() + offset[0]
            time.time = lambda: time.real_time() + offset[0]
        calls = st.session_state.setdefault("calls", [])

        @st.cache_data(ttl=10, refresh_mode="background")
        def version():
            calls.append(1)
            return len(calls)

        if st.button("Later"):
            offset[0] += 11
        st.write(f"version {version()}")
        st.button("Again")
    """)
    expect(page.get_by_text("version 1")).to_be_visible()
    interact(page, lambda: page.get_by_role("button", name="Later").click())
    expect(page.get_by_text("version 1")).to_be_visible()  # served stale
    interact(page, lambda: page.get_by_role("button", name="Again").click())
    expect(page.get_by_text("version 2")).to_be_visible()  # refreshed between the runs
