"""The input widgets' last 1.67 parameters: pagination's bind/persist_state, checkbox and
toggle wrap, selectbox new options, text_input checks, lazy download data, chat audio."""

from __future__ import annotations

import pytest
from test_widget_binding import address, app_with, browse, by_key, set_key, shown  # noqa: F401 (browse: a fixture)


# -- st.pagination: bind and persist_state ----------------------------------------------


def test_a_bound_pagination_writes_its_page_to_the_address_and_reads_it_back(browse):
    source = app_with('st.pagination(9, key="page", bind="query-params")')
    app = browse(source)
    assert by_key(app, "page")["props"]["bind"] == {"key": "page", "kind": "text", "default": 1}
    set_key(app, "page", 4)
    assert (shown(app), address(app)) == ("4", "page=4")
    visit = browse(source, query="page=4")
    assert (shown(visit), by_key(visit, "page")["props"]["value"]) == ("4", 4)


@pytest.mark.parametrize("query", ["page=12", "page=two", "page=0"])
def test_a_page_the_pagination_cannot_show_in_the_address_gives_the_default(browse, query):
    app = browse(app_with('st.pagination(9, default=2, key="page", bind="query-params")'), query=query)
    assert (shown(app), address(app, query)) == ("2", "")


HIDEABLE_PAGES = """
import streamlit as st
if st.checkbox("Show"):
    st.pagination(9, key="name"{options})
st.text(repr(st.session_state.get("name")))
"""


@pytest.mark.parametrize(("options", "kept"), [("", False), (', persist_state="session"', True), (', bind="query-params"', True)])
def test_a_hidden_pagination_keeps_its_page_with_persist_state_or_bind(browse, options, kept):
    app = browse(HIDEABLE_PAGES.format(options=options))
    app.set("Show", True)
    set_key(app, "name", 5)
    app.set("Show", False)
    app.run()
    assert shown(app) == ("5" if kept else "None")
    app.set("Show", True)
    assert by_key(app, "name")["props"]["value"] == (5 if kept else 1)


# -- st.checkbox / st.toggle: width and wrap --------------------------------------------


@pytest.mark.parametrize("command", ["checkbox", "toggle"])
def test_checkbox_and_toggle_send_width_and_wrap(run_app, command):
    app = run_app(f'import streamlit as st\nst.{command}("A", width=120, wrap=False)\nst.{command}("B")')
    assert [(e["props"]["width"], e["props"]["wrap"]) for _, e in app.all()] == [(120, False), ("content", None)]
