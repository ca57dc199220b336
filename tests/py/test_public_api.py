import subprocess
import sys
from pathlib import Path

import streamlit as st
from streamlit import _bridge, errors

PY = Path(__file__).resolve().parents[2] / "py"


def test_all_is_sorted_and_complete():
    assert st.__all__ == sorted(st.__all__)
    modules = {"elements", "widgets", "errors", "connections"}
    assert {n for n in dir(st) if not n.startswith("_")} - modules == set(
        st.__all__
    )


def test_the_commands():
    assert set(st.__all__) == {
        "button", "cache", "cache_data", "cache_resource", "caption", "checkbox", "code",
        "columns", "container", "dataframe", "divider", "empty", "error", "exception",
        "header", "info", "json", "line_chart", "markdown", "number_input", "rerun",
        "selectbox", "session_state", "sidebar", "slider", "spinner", "stop", "subheader",
        "success", "table", "text", "text_input", "title", "warning", "write",
        # pages, state and config
        "Page", "connection", "context", "get_option", "navigation", "page_link",
        "query_params", "secrets", "set_option", "set_page_config", "switch_page", "typing",
        # input widgets and forms
        "audio_input", "camera_input", "color_picker", "date_input", "datetime_input",
        "download_button", "feedback", "file_uploader", "form", "form_submit_button",
        "link_button", "multiselect", "pills", "radio", "segmented_control", "select_slider",
        "text_area", "time_input", "toggle", "menu_button", "pagination",
        # layout, status, chat, media and control flow
        "audio", "balloons", "bottom", "chat_input", "chat_message", "dialog", "expander",
        "fragment", "image", "logo", "pdf", "popover", "progress", "snow", "space", "status",
        "tabs", "toast", "video", "grid", "skeleton",
        # text, data and charts
        "altair_chart", "area_chart", "badge", "bar_chart", "column_config", "data_editor",
        "echarts_chart", "echo", "graphviz_chart", "help", "html", "latex", "map", "mermaid_chart",
        "metric", "plotly_chart", "pydeck_chart", "pyplot", "scatter_chart", "vega_lite_chart",
        "write_stream", "iframe", "components",
    }  # fmt: skip


def test_bridge_and_errors_surface():
    assert _bridge.__all__ == [
        "download", "enable_persistence", "files_changed", "needed_package", "refresh_caches", "rerun", "restore_state",
        "set_interrupt_wait",
        "snapshot_state", "start",
    ]  # fmt: skip
    assert errors.StreamlitAPIException.__module__ == "streamlit.errors"
    assert issubclass(errors.StreamlitDuplicateElementId, errors.DuplicateWidgetID)


def test_import_does_not_load_heavy_libraries():
    code = "import sys, streamlit; print(sorted({'pandas', 'numpy', 'pyarrow'} & set(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PY, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_unknown_command_on_a_container():
    try:
        st.sidebar.not_a_command()
    except AttributeError as e:
        assert "`not_a_command()` is not a valid Streamlit command" in str(e)
    else:
        raise AssertionError("expected AttributeError")
