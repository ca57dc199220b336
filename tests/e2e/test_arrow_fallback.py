"""Dataframes without pyarrow at boot: the worker loads it only when a frame needs it."""

from __future__ import annotations

import pytest
from conftest import interact
from playwright.sync_api import Page, expect

APP = """
import importlib.util

import pandas as pd
import streamlit as st

if "pyarrow_at_boot" not in st.session_state:
    st.session_state.pyarrow_at_boot = importlib.util.find_spec("pyarrow") is not None
st.text(f"pyarrow at boot: {st.session_state.pyarrow_at_boot}")
st.dataframe(pd.DataFrame({"price": [1.5, 2.25]}), hide_index=True)
loud = st.checkbox("Loud")
st.session_state.setdefault("presses", 0)
def count():
    st.session_state.presses += 1
if st.button("Show sizes", on_click=count):
    sizes = pd.DataFrame({"size": pd.Categorical(["small", "large", "small"]), "n": [1, 2, 3]})
    st.dataframe(sizes, hide_index=True)
    st.text(f"sizes shown, loud={loud}, presses={st.session_state.presses}")
st.text(f"pyarrow now: {'pyarrow' in __import__('sys').modules}")
"""


@pytest.fixture(scope="module")
def page(browser, export_site):
    site = export_site(APP, name="arrow_fallback")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("pyarrow now:")).to_be_visible(timeout=120_000)
    yield page
    context.close()


def test_plain_frames_draw_without_pyarrow(page: Page):
    expect(page.get_by_text("pyarrow at boot: False")).to_be_visible()
    expect(page.get_by_text("pyarrow now: False")).to_be_visible()
    expect(page.get_by_role("grid").get_by_role("gridcell", name="2.25")).to_be_visible()


def test_a_categorical_frame_loads_pyarrow_and_keeps_the_run_values(page: Page):
    interact(page, lambda: page.get_by_role("checkbox", name="Loud").check())
    interact(page, lambda: page.get_by_role("button", name="Show sizes").click())
    # The press and the checkbox survive the run that stopped for pyarrow; the press's
    # callback ran once.
    expect(page.get_by_text("sizes shown, loud=True, presses=1")).to_be_visible()
    expect(page.get_by_text("pyarrow now: True")).to_be_visible()
    sizes = page.get_by_role("grid").nth(1)
    expect(sizes.get_by_role("gridcell", name="large")).to_be_visible()
    expect(sizes.get_by_role("gridcell", name="small")).to_have_count(2)
