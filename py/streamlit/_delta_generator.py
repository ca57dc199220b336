"""DeltaGenerator: a container with every st.* command as a method.

Each command is written once, as a function that targets the active
container; ``col.write(x)`` simply runs ``st.write(x)`` with ``col`` active.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, ParamSpec, TypeVar, overload

from streamlit import _container
from streamlit.elements import charts as _charts
from streamlit.elements import chat as _chat
from streamlit.elements import data as _data
from streamlit.elements import exception as _exception
from streamlit.elements import form as _form
from streamlit.elements import layout as _layout
from streamlit.elements import media as _media
from streamlit.elements import navigation as _navigation
from streamlit.elements import status as _status
from streamlit.elements import text as _text
from streamlit.elements import write as _write
from streamlit.elements import data_editor as _data_editor
from streamlit.elements import help as _help
from streamlit.elements import html as _html
from streamlit.elements import iframe as _iframe
from streamlit.elements import maps as _maps
from streamlit.elements import metric as _metric
from streamlit.elements import plotly_chart as _plotly_chart
from streamlit.elements import diagrams as _diagrams
from streamlit.elements import echarts_chart as _echarts_chart
from streamlit.elements import pyplot as _pyplot
from streamlit.elements import skeleton as _skeleton
from streamlit.elements import stream as _stream
from streamlit.elements import vega_charts as _vega_charts
from streamlit.widgets import button as _button
from streamlit.widgets import button_group as _button_group
from streamlit.widgets import checkbox as _checkbox
from streamlit.widgets import color_picker as _color_picker
from streamlit.widgets import download_button as _download_button
from streamlit.widgets import feedback as _feedback
from streamlit.widgets import file_uploader as _file_uploader
from streamlit.widgets import link_button as _link_button
from streamlit.widgets import menu_button as _menu_button
from streamlit.widgets import media_input as _media_input
from streamlit.widgets import multiselect as _multiselect
from streamlit.widgets import number_input as _number_input
from streamlit.widgets import pagination as _pagination
from streamlit.widgets import radio as _radio
from streamlit.widgets import select_slider as _select_slider
from streamlit.widgets import selectbox as _selectbox
from streamlit.widgets import slider as _slider
from streamlit.widgets import text_area as _text_area
from streamlit.widgets import text_input as _text_input
from streamlit.widgets import time_widgets as _time_widgets
from streamlit.widgets import toggle as _toggle

__all__ = ["DeltaGenerator", "bottom", "main", "sidebar"]

P = ParamSpec("P")
R = TypeVar("R")


class _Command(Generic[P, R]):
    """A command as a method: runs the function with the container active."""

    def __init__(self, func: Callable[P, R]) -> None:
        self._func = func

    @overload
    def __get__(self, container: None, owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, container: _container.Container, owner: type) -> Callable[P, R]: ...

    def __get__(self, container: _container.Container | None, owner: type) -> Callable[P, R]:
        if container is None:
            return self._func
        func = self._func

        @functools.wraps(func)
        def in_container(*args: P.args, **kwargs: P.kwargs) -> R:
            with container:
                return func(*args, **kwargs)

        return in_container


class DeltaGenerator(_container.Container):
    """A place on the page: the main area, the sidebar, a column, a container, a slot."""

    # text
    write = _Command(_write.write)
    markdown = _Command(_text.markdown)
    title = _Command(_text.title)
    header = _Command(_text.header)
    subheader = _Command(_text.subheader)
    caption = _Command(_text.caption)
    text = _Command(_text.text)
    code = _Command(_text.code)
    json = _Command(_text.json)
    divider = _Command(_text.divider)
    error = _Command(_text.error)
    warning = _Command(_text.warning)
    info = _Command(_text.info)
    success = _Command(_text.success)
    exception = _Command(_exception.exception)
    write_stream = _Command(_stream.write_stream)
    badge = _Command(_text.badge)
    latex = _Command(_text.latex)
    html = _Command(_html.html)
    help = _Command(_help.help)
    iframe = _Command(_iframe.iframe)
    # data and charts
    dataframe = _Command(_data.dataframe)
    table = _Command(_data.table)
    line_chart = _Command(_charts.line_chart)
    area_chart = _Command(_charts.area_chart)
    bar_chart = _Command(_charts.bar_chart)
    scatter_chart = _Command(_charts.scatter_chart)
    vega_lite_chart = _Command(_vega_charts.vega_lite_chart)
    altair_chart = _Command(_vega_charts.altair_chart)
    pyplot = _Command(_pyplot.pyplot)
    plotly_chart = _Command(_plotly_chart.plotly_chart)
    graphviz_chart = _Command(_diagrams.graphviz_chart)
    mermaid_chart = _Command(_diagrams.mermaid_chart)
    echarts_chart = _Command(_echarts_chart.echarts_chart)
    map = _Command(_maps.map)
    pydeck_chart = _Command(_maps.pydeck_chart)
    data_editor = _Command(_data_editor.data_editor)
    metric = _Command(_metric.metric)
    # layout and status
    container = _Command(_layout.container)
    columns = _Command(_layout.columns)
    empty = _Command(_layout.empty)
    expander = _Command(_layout.expander)
    tabs = _Command(_layout.tabs)
    popover = _Command(_layout.popover)
    space = _Command(_layout.space)
    grid = _Command(_layout.grid)
    skeleton = _Command(_skeleton.skeleton)
    spinner = _Command(_status.spinner)
    progress = _Command(_status.progress)
    status = _Command(_status.status)
    toast = _Command(_status.toast)
    balloons = _Command(_status.balloons)
    snow = _Command(_status.snow)
    # chat and media
    chat_message = _Command(_chat.chat_message)
    chat_input = _Command(_chat.chat_input)
    image = _Command(_media.image)
    audio = _Command(_media.audio)
    video = _Command(_media.video)
    pdf = _Command(_media.pdf)
    # navigation
    page_link = _Command(_navigation.page_link)
    # widgets
    button = _Command(_button.button)
    checkbox = _Command(_checkbox.checkbox)
    number_input = _Command(_number_input.number_input)
    selectbox = _Command(_selectbox.selectbox)
    slider = _Command(_slider.slider)
    text_input = _Command(_text_input.text_input)
    toggle = _Command(_toggle.toggle)
    radio = _Command(_radio.radio)
    multiselect = _Command(_multiselect.multiselect)
    pills = _Command(_button_group.pills)
    segmented_control = _Command(_button_group.segmented_control)
    feedback = _Command(_feedback.feedback)
    select_slider = _Command(_select_slider.select_slider)
    text_area = _Command(_text_area.text_area)
    date_input = _Command(_time_widgets.date_input)
    time_input = _Command(_time_widgets.time_input)
    datetime_input = _Command(_time_widgets.datetime_input)
    color_picker = _Command(_color_picker.color_picker)
    file_uploader = _Command(_file_uploader.file_uploader)
    camera_input = _Command(_media_input.camera_input)
    audio_input = _Command(_media_input.audio_input)
    download_button = _Command(_download_button.download_button)
    link_button = _Command(_link_button.link_button)
    menu_button = _Command(_menu_button.menu_button)
    pagination = _Command(_pagination.pagination)
    # forms
    form = _Command(_form.form)
    form_submit_button = _Command(_form.form_submit_button)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(
            f"`{name}()` is not a valid Streamlit command, or is not available in Headwater yet."
        )


main = DeltaGenerator("main", is_block=True)
sidebar = DeltaGenerator("sidebar", is_block=True)
bottom = DeltaGenerator("bottom", is_block=True)
_container.set_main_root(main)
