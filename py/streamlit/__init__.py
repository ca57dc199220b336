"""Headwater's Streamlit: run ``import streamlit as st`` scripts in the browser.

This package re-exports the commands; each lives in a private module.
"""

from streamlit import components, connections, typing
from streamlit import column_config
from streamlit._caching import cache, cache_data, cache_resource
from streamlit._config import get_option, set_option, set_page_config
from streamlit._connection import connection
from streamlit._context import context
from streamlit._pages import Page, navigation, switch_page
from streamlit._query_params import query_params
from streamlit._secrets import secrets
from streamlit._delta_generator import bottom, sidebar
from streamlit._fragment import fragment
from streamlit._runner import rerun, stop
from streamlit._session_state import session_state
from streamlit.elements.charts import area_chart, bar_chart, line_chart, scatter_chart
from streamlit.elements.chat import chat_input, chat_message
from streamlit.elements.data import dataframe, table
from streamlit.elements.data_editor import data_editor
from streamlit.elements.diagrams import graphviz_chart, mermaid_chart
from streamlit.elements.dialog import dialog
from streamlit.elements.echarts_chart import echarts_chart
from streamlit.elements.echo import echo
from streamlit.elements.exception import exception
from streamlit.elements.form import form, form_submit_button
from streamlit.elements.help import help
from streamlit.elements.html import html
from streamlit.elements.iframe import iframe
from streamlit.elements.layout import columns, container, empty, expander, grid, popover, space, tabs
from streamlit.elements.maps import map, pydeck_chart
from streamlit.elements.media import audio, image, logo, pdf, video
from streamlit.elements.metric import metric
from streamlit.elements.navigation import page_link
from streamlit.elements.plotly_chart import plotly_chart
from streamlit.elements.pyplot import pyplot
from streamlit.elements.skeleton import skeleton
from streamlit.elements.status import balloons, progress, snow, spinner, status, toast
from streamlit.elements.stream import write_stream
from streamlit.elements.text import (
    badge,
    caption,
    code,
    divider,
    error,
    header,
    info,
    json,
    latex,
    markdown,
    subheader,
    success,
    text,
    title,
    warning,
)
from streamlit.elements.vega_charts import altair_chart, vega_lite_chart
from streamlit.elements.write import write
from streamlit.widgets.button import button
from streamlit.widgets.button_group import pills, segmented_control
from streamlit.widgets.checkbox import checkbox
from streamlit.widgets.color_picker import color_picker
from streamlit.widgets.download_button import download_button
from streamlit.widgets.feedback import feedback
from streamlit.widgets.file_uploader import file_uploader
from streamlit.widgets.link_button import link_button
from streamlit.widgets.menu_button import menu_button
from streamlit.widgets.media_input import audio_input, camera_input
from streamlit.widgets.multiselect import multiselect
from streamlit.widgets.number_input import number_input
from streamlit.widgets.pagination import pagination
from streamlit.widgets.radio import radio
from streamlit.widgets.select_slider import select_slider
from streamlit.widgets.selectbox import selectbox
from streamlit.widgets.slider import slider
from streamlit.widgets.text_area import text_area
from streamlit.widgets.text_input import text_input
from streamlit.widgets.time_widgets import date_input, datetime_input, time_input
from streamlit.widgets.toggle import toggle

__all__ = [
    "Page",
    "altair_chart",
    "area_chart",
    "audio",
    "audio_input",
    "badge",
    "balloons",
    "bar_chart",
    "bottom",
    "button",
    "cache",
    "cache_data",
    "cache_resource",
    "camera_input",
    "caption",
    "chat_input",
    "chat_message",
    "checkbox",
    "code",
    "color_picker",
    "column_config",
    "columns",
    "components",
    "connection",
    "container",
    "context",
    "data_editor",
    "dataframe",
    "date_input",
    "datetime_input",
    "dialog",
    "divider",
    "download_button",
    "echarts_chart",
    "echo",
    "empty",
    "error",
    "exception",
    "expander",
    "feedback",
    "file_uploader",
    "form",
    "form_submit_button",
    "fragment",
    "get_option",
    "graphviz_chart",
    "grid",
    "header",
    "help",
    "html",
    "iframe",
    "image",
    "info",
    "json",
    "latex",
    "line_chart",
    "link_button",
    "logo",
    "map",
    "markdown",
    "menu_button",
    "mermaid_chart",
    "metric",
    "multiselect",
    "navigation",
    "number_input",
    "page_link",
    "pagination",
    "pdf",
    "pills",
    "plotly_chart",
    "popover",
    "progress",
    "pydeck_chart",
    "pyplot",
    "query_params",
    "radio",
    "rerun",
    "scatter_chart",
    "secrets",
    "segmented_control",
    "select_slider",
    "selectbox",
    "session_state",
    "set_option",
    "set_page_config",
    "sidebar",
    "skeleton",
    "slider",
    "snow",
    "space",
    "spinner",
    "status",
    "stop",
    "subheader",
    "success",
    "switch_page",
    "table",
    "tabs",
    "text",
    "text_area",
    "text_input",
    "time_input",
    "title",
    "toast",
    "toggle",
    "typing",
    "vega_lite_chart",
    "video",
    "warning",
    "write",
    "write_stream",
]
