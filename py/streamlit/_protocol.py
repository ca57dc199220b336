"""The Python half of docs/protocol.md: element and message shapes, and encoding.

Messages are plain JSON. Bytes anywhere in a message (Arrow IPC streams) are
moved out into a buffer list and replaced by ``{"__bytes__": n}``, so the worker
can transfer them instead of copying.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

__all__ = [
    "ELEMENT_KINDS",
    "Delta",
    "Element",
    "RunStatus",
    "delta",
    "element",
    "encode",
    "parse_location",
    "parse_widget_values",
    "run_delta",
    "run_finish",
    "run_start",
]

RunStatus = Literal["ok", "error", "stopped"]

ELEMENT_KINDS = frozenset(
    {
        # text
        "markdown", "heading", "text", "code", "json", "divider", "alert", "exception",
        # data and charts
        "dataframe", "table", "vega_lite", "data_editor", "metric", "pyplot", "plotly_chart",
        "map", "help", "html", "graphviz_chart", "echarts_chart", "iframe", "component",
        # layout, status, chat and media
        "block", "empty", "spinner", "space", "progress", "toast", "balloons", "snow",
        "chat_input", "image", "audio", "video", "logo", "pdf", "skeleton",
        # widgets
        "slider", "button", "checkbox", "selectbox", "text_input", "number_input",
        "toggle", "radio", "multiselect", "button_group", "feedback", "select_slider",
        "text_area", "date_input", "time_input", "datetime_input", "color_picker",
        "file_uploader", "camera_input", "audio_input", "download_button", "link_button",
        "form_submit_button", "pagination", "menu_button",
        # navigation
        "page_link",
    }
)  # fmt: skip


class Element(TypedDict):
    kind: str
    id: str | None
    props: dict[str, Any]


class Delta(TypedDict):
    path: str
    element: Element


def element(kind: str, props: dict[str, Any], widget_id: str | None = None) -> Element:
    if kind not in ELEMENT_KINDS:
        raise ValueError(f"unknown element kind {kind!r}")
    return {"kind": kind, "id": widget_id, "props": props}


def delta(path: str, el: Element) -> Delta:
    return {"path": path, "element": el}


def run_start(run_id: int, fragment: str | None = None) -> dict[str, Any]:
    """`fragment`: the id of the fragment this run reruns; omitted for a full run."""
    message: dict[str, Any] = {"type": "run:start", "runId": run_id}
    if fragment is not None:
        message["fragment"] = fragment
    return message


def run_delta(run_id: int, deltas: list[Delta]) -> dict[str, Any]:
    return {"type": "run:delta", "runId": run_id, "deltas": deltas}


def run_finish(run_id: int, status: RunStatus, blocks: dict[str, int]) -> dict[str, Any]:
    return {"type": "run:finish", "runId": run_id, "status": status, "blocks": blocks}


def encode(message: Mapping[str, Any]) -> tuple[str, list[bytes]]:
    """Serialize a message to JSON, moving bytes out into a buffer list."""
    buffers: list[bytes] = []
    return json.dumps(_to_json(message, buffers), allow_nan=False), buffers


def _to_json(value: Any, buffers: list[bytes]) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        buffers.append(bytes(value))
        return {"__bytes__": len(buffers) - 1}
    if isinstance(value, float) and not math.isfinite(value):
        # JSON.parse rejects NaN and Infinity; the page shows null as "no value".
        return None
    if isinstance(value, Mapping):
        return {str(k): _to_json(v, buffers) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_to_json(v, buffers) for v in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    if hasattr(value, "item"):  # numpy scalars that slipped into props
        return _to_json(value.item(), buffers)
    return str(value)


def parse_location(text: str) -> tuple[str, str]:
    """Validate ``{"page": url path, "query": query string}`` received from the page."""
    value = json.loads(text)
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("page", "query")):
        raise ValueError("a location must be a JSON object with string page and query")
    return value["page"], value["query"]


def parse_widget_values(
    text: str, what: str, buffers: Sequence[bytes] = ()
) -> dict[str, Any]:
    """Validate a ``{widget_id: value}`` object received from the page.

    ``{"__bytes__": n}`` anywhere in it stands for ``buffers[n]`` (a file the
    visitor picked), as in messages to the page.
    """
    value = json.loads(text or "{}")
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ValueError(f"{what} must be a JSON object keyed by widget id")
    return _with_bytes(value, buffers) if buffers else value


def _with_bytes(value: Any, buffers: Sequence[bytes]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__bytes__"} and isinstance(value["__bytes__"], int):
            return buffers[value["__bytes__"]]
        return {k: _with_bytes(v, buffers) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_bytes(v, buffers) for v in value]
    return value
