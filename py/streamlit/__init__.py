"""Headwater's Streamlit: run ``import streamlit as st`` scripts in the browser.

This package re-exports the commands; each lives in a private module.
"""

from streamlit import connections
from streamlit._caching import cache, cache_data, cache_resource
from streamlit._config import get_option, set_page_config
from streamlit._connection import connection
from streamlit._context import context
from streamlit._pages import Page, navigation, switch_page
from streamlit._query_params import query_params
from streamlit._secrets import secrets
from streamlit._delta_generator import sidebar
from streamlit._runner import rerun, stop
from streamlit._session_state import session_state
from streamlit.elements.charts import line_chart
from streamlit.elements.data import dataframe, table
from streamlit.elements.exception import exception
from streamlit.elements.layout import columns, container, empty
from streamlit.elements.navigation import page_link
from streamlit.elements.status import spinner
from streamlit.elements.text import (
    caption,
    code,
    divider,
    error,
    header,
    info,
    json,
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
)
from streamlit.elements.write import write
from streamlit.widgets.button import button
from streamlit.widgets.checkbox import checkbox
from streamlit.widgets.number_input import number_input
from streamlit.widgets.selectbox import selectbox
from streamlit.widgets.slider import slider
from streamlit.widgets.text_input import text_input

__all__ = [
    "Page",
    "button",
    "cache",
    "cache_data",
    "cache_resource",
    "caption",
    "checkbox",
    "code",
    "columns",
    "connection",
    "container",
    "context",
    "dataframe",
    "divider",
    "empty",
    "error",
    "exception",
    "get_option",
    "header",
    "info",
    "json",
    "line_chart",
    "markdown",
    "navigation",
    "number_input",
    "page_link",
    "query_params",
    "rerun",
    "secrets",
    "selectbox",
    "session_state",
    "set_page_config",
    "sidebar",
    "slider",
    "spinner",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "text",
    "text_input",
    "title",
    "warning",
    "write",
]
