"""The dataframe grid's search, column resizing, and editing index and list cells in st.data_editor."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script

BOOT = """
import pandas
import streamlit as st
st.write("ready")
"""

# 10,001 rows: the search must find cells far below the drawn window.
BIG_FRAME = """
    import pandas as pd
    import streamlit as st
    names = [f"item {i}" for i in range(10_001)]
    names[9_000] = "needle"
    st.dataframe(pd.DataFrame({"name": names, "n": range(10_001)}), hide_index=True)
"""


@pytest.fixture(scope="module")
def page(browser, export_site):
    site = export_site(BOOT, name="grid")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    yield page
    context.close()


def _drawn_rows(page: Page) -> int:
    return page.get_by_test_id("stDataFrame").locator(".hw-grid-body .hw-grid-row").count()


def test_search_finds_and_steps_through_cells_of_a_large_frame(page: Page):
    load_script(page, BIG_FRAME)
    frame = page.get_by_test_id("stDataFrame")
    grid = frame.get_by_role("grid")
    expect(grid.get_by_role("gridcell", name="item 1", exact=True)).to_be_visible()
    assert 0 < _drawn_rows(page) <= 25

    grid.get_by_role("gridcell", name="item 1", exact=True).click()
    grid.press("Control+f")
    search = frame.get_by_role("textbox", name="Search")
    expect(search).to_be_focused()
    search.fill("NEEDLE")
    expect(frame.get_by_text("1 of 1", exact=True)).to_be_visible()
    needle = grid.get_by_role("gridcell", name="needle", exact=True)
    expect(needle).to_be_in_viewport()
    expect(needle).to_have_class(re.compile(r"\bhw-search-current\b"))

    # "item 999", "item 9990" … "item 9999": eleven cells, stepped with Enter and Shift+Enter.
    search.fill("item 999")
    expect(frame.get_by_text("1 of 11")).to_be_visible()
    search.press("Enter")
    expect(frame.get_by_text("2 of 11")).to_be_visible()
    search.press("Shift+Enter")
    search.press("Shift+Enter")
    expect(frame.get_by_text("11 of 11")).to_be_visible()
    expect(grid.get_by_role("gridcell", name="item 9999", exact=True)).to_be_in_viewport()
    assert 0 < _drawn_rows(page) <= 25
    expect(grid.locator(".hw-search-match")).not_to_have_count(0)

    search.press("Escape")
    expect(search).to_be_hidden()
    expect(grid).to_be_focused()
    expect(grid.locator(".hw-search-match")).to_have_count(0)
    # The toolbar's button opens it too.
    frame.hover()
    frame.get_by_role("button", name="Search").click()
    expect(search).to_be_focused()
    page.keyboard.press("Escape")
    expect(search).to_be_hidden()


def test_dragging_a_header_edge_resizes_the_column(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"city": ["Oslo", "Lima"], "people": [709_000, 10_000_000]}), hide_index=True)
        st.button("again")
    """)
    grid = page.get_by_test_id("stDataFrame").get_by_role("grid")
    header = grid.get_by_role("columnheader", name="city")
    cell = grid.get_by_role("gridcell", name="Oslo")
    before = header.bounding_box()["width"]
    handle = grid.get_by_role("separator", name="Resize city")
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y, steps=4)
    page.mouse.move(x + 150, y, steps=4)
    page.mouse.up()
    after = header.bounding_box()["width"]
    assert after == pytest.approx(before + 150, abs=2)
    assert cell.bounding_box()["width"] == pytest.approx(after, abs=1)
    # A drag does not sort.
    expect(header).to_have_attribute("aria-sort", "none")
    # Arrow keys on the focused edge: 10 px a press.
    handle.focus()
    handle.press("ArrowLeft")
    assert header.bounding_box()["width"] == pytest.approx(after - 10, abs=2)
    # The width outlives a rerun.
    interact(page, lambda: page.get_by_role("button", name="again").click())
    assert header.bounding_box()["width"] == pytest.approx(after - 10, abs=2)


def test_data_editor_edits_index_and_list_cells(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"tags": [["a", "b"], ["c"]], "n": [1, 2]}, index=["x", "y"])
        edited = st.data_editor(df, key="ed", num_rows="dynamic")
        st.text(f"index {list(edited.index)} tags {list(edited['tags'])}")
    """)
    grid = page.get_by_test_id("stDataFrame").get_by_role("grid")
    expect(page.get_by_text("index ['x', 'y'] tags [['a', 'b'], ['c']]")).to_be_visible()

    grid.get_by_role("rowheader", name="x", exact=True).dblclick()
    index_editor = grid.get_by_role("textbox", name="Edit index, row 1")
    index_editor.fill("z")
    interact(page, lambda: index_editor.press("Enter"))
    expect(page.get_by_text("index ['z', 'y'] tags [['a', 'b'], ['c']]")).to_be_visible()
    expect(grid.get_by_role("rowheader", name="z", exact=True)).to_be_visible()

    # A list cell edits as chips: Enter adds the typed item, Enter in the empty field commits.
    grid.get_by_role("gridcell", name="c", exact=True).dblclick()
    tags = grid.get_by_role("textbox", name="Edit tags, row 2")
    expect(tags).to_be_focused()
    tags.fill("d, e")
    tags.press("Enter")
    expect(grid.get_by_role("button", name="Remove d, e")).to_be_visible()
    interact(page, lambda: tags.press("Enter"))
    expect(page.get_by_text("tags [['a', 'b'], ['c', 'd, e']]")).to_be_visible()

    grid.get_by_role("gridcell", name="a, b", exact=True).dblclick()
    grid.get_by_role("button", name="Remove a").click()
    tags = grid.get_by_role("textbox", name="Edit tags, row 1")
    expect(tags).to_be_focused()
    interact(page, lambda: tags.press("Enter"))
    expect(page.get_by_text("index ['z', 'y'] tags [['b'], ['c', 'd, e']]")).to_be_visible()

    # Search marks the cell itself, past the leading column of row checkboxes.
    grid.get_by_role("rowheader", name="y", exact=True).click()
    grid.press("Control+f")
    page.get_by_test_id("stDataFrame").get_by_role("textbox", name="Search").fill("z")
    expect(grid.get_by_role("rowheader", name="z", exact=True)).to_have_class(re.compile(r"\bhw-search-current\b"))
    expect(grid.locator(".hw-search-match")).to_have_count(1)
    expect(grid.locator(".hw-search-match")).to_have_attribute("role", "rowheader")


def test_button_column_clicks_and_media_cells(page: Page):
    load_script(page, """
        import pandas as pd
        import streamlit as st
        wav = "data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA="
        df = pd.DataFrame({"name": ["Ann", "Bo"], "act": [[":material/edit: Edit", "Delete"], [":material/edit: Edit"]],
                           "inert": ["Nope", "Nope"], "sound": [wav, None]})
        def clicked():
            st.session_state.log = f"{st.session_state.act.label} row {st.session_state.act.row}"
        st.dataframe(df, hide_index=True, column_config={
            "act": st.column_config.ButtonColumn("Actions", on_click=clicked, key="act"),
            "inert": st.column_config.ButtonColumn(),
            "sound": st.column_config.AudioColumn("Sound"),
        })
        st.text(f"log {st.session_state.get('log')} now {st.session_state.act}")
    """)
    grid = page.get_by_test_id("stDataFrame").get_by_role("grid")
    expect(page.get_by_text("log None now None")).to_be_visible()
    interact(page, lambda: grid.get_by_role("row").nth(2).get_by_role("button", name="Edit").click())
    expect(page.get_by_text("log :material/edit: Edit row 1 now {'row': 1, 'label': ':material/edit: Edit'}")).to_be_visible()
    # Several labels in a cell: a menu of the actions, by click or keyboard.
    grid.get_by_role("row").nth(1).get_by_role("button", name="Actions actions").click()
    menu = page.get_by_role("menu", name="Actions actions")
    expect(menu.get_by_role("menuitem")).to_have_count(2)
    expect(menu.get_by_role("menuitem", name="Edit")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(menu.get_by_role("menuitem", name="Delete")).to_be_focused()
    interact(page, lambda: page.keyboard.press("Enter"))
    expect(page.get_by_text("log Delete row 0 now {'row': 0, 'label': 'Delete'}")).to_be_visible()
    expect(menu).to_have_count(0)
    # Without a key a ButtonColumn's buttons do nothing, and say so.
    expect(grid.get_by_role("button", name="Nope").first).to_be_disabled()

    grid.get_by_role("button", name="Play data:audio/wav").click()
    player = page.get_by_role("dialog", name="Audio player")
    expect(player.locator("audio")).to_have_attribute("src", re.compile(r"^data:audio/wav;base64,"))
    page.keyboard.press("Escape")
    expect(player).to_have_count(0)
    expect(grid).to_be_focused()
