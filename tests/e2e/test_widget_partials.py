"""The input widgets' last 1.67 parameters in the browser (one shared page): a bound
pagination, checkbox/toggle wrap, selectbox new options, text_input checks, download
data made on click, chat_input's recorder and upload limit."""

from __future__ import annotations

from conftest import interact, load_script
from playwright.sync_api import Page, expect

LONG = "A label far too long to fit " * 6


def test_a_bound_pagination_writes_the_page_to_the_address(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        page = st.pagination(9, key="pg", bind="query-params")
        st.text(f"page={page}")
    """)
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Page 3").click())
    expect(shared_page.get_by_text("page=3")).to_be_visible()
    shared_page.wait_for_function("() => new URLSearchParams(location.search).get('pg') === '3'")
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Page 1").click())
    shared_page.wait_for_function("() => !new URLSearchParams(location.search).has('pg')")


def _label_lines(page: Page, name: str) -> dict:
    """How the label of the checkbox or toggle named `name` is drawn."""
    return page.get_by_role("checkbox", name=name).or_(page.get_by_role("switch", name=name)).evaluate(
        """(input) => {
            const text = input.closest('.hw-checkbox').querySelector('.hw-checkbox-label');
            const line = parseFloat(getComputedStyle(text).lineHeight);
            return {rows: Math.round(text.getBoundingClientRect().height / line),
                    cut: text.scrollWidth > text.clientWidth, title: text.title};
        }""")


def test_wrap_keeps_a_long_label_on_one_row_or_lets_it_wrap(shared_page: Page):
    load_script(shared_page, f"""
        import streamlit as st
        left, right = st.columns(2)
        left.checkbox("In a column {LONG}")
        left.toggle("Wrapped toggle {LONG}", wrap=True)
        st.checkbox("Full width {LONG}")
        st.checkbox("One row {LONG}", wrap=False)
        st.checkbox("Narrow {LONG}", width=200, wrap=True)
    """)
    in_column = _label_lines(shared_page, f"In a column {LONG}".strip())
    assert in_column["rows"] == 1 and in_column["cut"] and in_column["title"].startswith("In a column")
    assert _label_lines(shared_page, f"Wrapped toggle {LONG}".strip())["rows"] > 1
    assert _label_lines(shared_page, f"Full width {LONG}".strip())["rows"] > 1
    one_row = _label_lines(shared_page, f"One row {LONG}".strip())
    assert one_row["rows"] == 1 and one_row["cut"]
    narrow = shared_page.get_by_role("checkbox", name=f"Narrow {LONG}".strip()).evaluate(
        "(input) => input.closest('.hw-checkbox').getBoundingClientRect().width")
    assert narrow == 200
