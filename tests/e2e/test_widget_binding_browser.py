"""bind="query-params" in the browser: a moved slider writes the address, and the address sets the slider."""

from __future__ import annotations

import pytest
from conftest import interact, run_count, wait_until_idle
from playwright.sync_api import Page, expect

APP = """
import streamlit as st
size = st.slider("Size", 0, 10, 2, key="size", bind="query-params")
st.text(f"size={size}")
level = st.slider("Level", 0, 10, 0, key="level", bind="query-params", on_change="ignore")
st.text(f"level={level}")
with st.form("filters"):
    depth = st.slider("Depth", 0, 10, 0, key="depth", bind="query-params")
    st.form_submit_button("Apply")
st.text(f"depth={depth}")
"""


@pytest.fixture(scope="module")
def bound_page(browser, export_site):
    """One booted page of the bound slider app, shared by this module's tests."""
    site = export_site(APP, name="binding")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("size=2")).to_be_visible()
    yield page
    context.close()


def test_a_moved_slider_is_in_the_address_and_a_new_page_opens_at_it(bound_page: Page):
    assert "size=" not in bound_page.url  # the default is not written
    slider = bound_page.get_by_role("slider", name="Size")
    for _ in range(3):
        interact(bound_page, lambda: slider.press("ArrowRight"))
    expect(bound_page.get_by_text("size=5")).to_be_visible()
    bound_page.wait_for_function("() => new URLSearchParams(location.search).get('size') === '5'")

    shared = bound_page.context.new_page()
    shared.goto(bound_page.url)
    wait_until_idle(shared)
    expect(shared.get_by_text("size=5")).to_be_visible()
    expect(shared.get_by_role("slider", name="Size")).to_have_attribute("aria-valuenow", "5")
    shared.close()

    for _ in range(3):  # back to the default: the parameter leaves the address
        interact(bound_page, lambda: slider.press("ArrowLeft"))
    expect(bound_page.get_by_text("size=2")).to_be_visible()
    bound_page.wait_for_function("() => !new URLSearchParams(location.search).has('size')")


def move_size(page: Page) -> int:
    """Move the Size slider to an end (both differ from its default), wait for the run; its new value."""
    slider = page.get_by_role("slider", name="Size")
    key, size = ("Home", 0) if slider.get_attribute("aria-valuenow") == "10" else ("End", 10)
    interact(page, lambda: slider.press(key))
    expect(page.get_by_text(f"size={size}")).to_be_visible()
    return size


def test_a_change_that_causes_no_run_is_in_the_address_at_once(bound_page: Page):
    runs = run_count(bound_page)
    bound_page.get_by_role("slider", name="Level").press("ArrowRight")  # on_change="ignore": no run
    bound_page.wait_for_function("() => new URLSearchParams(location.search).get('level') === '1'")
    assert run_count(bound_page) == runs
    expect(bound_page.get_by_text("level=0")).to_be_visible()  # the script has not seen it yet

    size = move_size(bound_page)
    expect(bound_page.get_by_text("level=1")).to_be_visible()  # it rode with the next run
    bound_page.wait_for_function(
        "(size) => { const q = new URLSearchParams(location.search); return q.get('level') === '1' && q.get('size') === size; }",
        arg=str(size),
    )


def test_a_change_a_form_holds_stays_in_the_address_through_other_runs(bound_page: Page):
    runs = run_count(bound_page)
    bound_page.get_by_role("slider", name="Depth").press("ArrowRight")
    bound_page.wait_for_function("() => new URLSearchParams(location.search).get('depth') === '1'")
    assert run_count(bound_page) == runs

    # Another bound widget's run rewrites the address: the held change stays in it.
    size = move_size(bound_page)
    bound_page.wait_for_function(
        "(size) => { const q = new URLSearchParams(location.search); return q.get('size') === size && q.get('depth') === '1'; }",
        arg=str(size),
    )
    expect(bound_page.get_by_text("depth=0")).to_be_visible()

    interact(bound_page, lambda: bound_page.get_by_role("button", name="Apply").click())
    expect(bound_page.get_by_text("depth=1")).to_be_visible()
    bound_page.wait_for_function("() => new URLSearchParams(location.search).get('depth') === '1'")
