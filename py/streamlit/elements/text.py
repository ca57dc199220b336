"""Text elements: markdown, headings, caption, text, code, json, divider, alerts."""

from __future__ import annotations

import json as _json
import textwrap
from collections.abc import Mapping
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitInvalidParameterTypeError

__all__ = [
    "caption",
    "clean_text",
    "code",
    "divider",
    "error",
    "header",
    "info",
    "json",
    "markdown",
    "subheader",
    "success",
    "text",
    "title",
    "warning",
]

AlertLevel = Literal["error", "warning", "info", "success"]


def clean_text(body: object) -> str:
    """As Streamlit: text is dedented and stripped, so triple-quoted markdown reads right."""
    return textwrap.dedent(str(body)).strip()


def markdown(
    body: object, unsafe_allow_html: bool = False, *, help: str | None = None
) -> Container:
    """Display markdown. HTML in `body` is escaped unless ``unsafe_allow_html=True``.

    Example:
        >>> st.markdown("**Bold** and *italic*")
    """
    return active()._enqueue(
        "markdown",
        {
            "body": clean_text(body),
            "unsafe_allow_html": unsafe_allow_html,
            "help": help,
            "caption": False,
        },
    )


def caption(body: object, unsafe_allow_html: bool = False, *, help: str | None = None) -> Container:
    """Display small grey markdown text, for captions and footnotes."""
    return active()._enqueue(
        "markdown",
        {
            "body": clean_text(body),
            "unsafe_allow_html": unsafe_allow_html,
            "help": help,
            "caption": True,
        },
    )


def _heading(
    tag: str,
    body: object,
    anchor: str | Literal[False] | None,
    help: str | None,
    divider: bool | str,
) -> Container:
    return active()._enqueue(
        "heading",
        {"tag": tag, "body": clean_text(body), "anchor": anchor, "help": help, "divider": divider},
    )


def title(
    body: object, anchor: str | Literal[False] | None = None, *, help: str | None = None
) -> Container:
    """Display a title (h1). ``anchor=False`` hides the link anchor."""
    return _heading("h1", body, anchor, help, False)


def header(
    body: object,
    anchor: str | Literal[False] | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
) -> Container:
    """Display a header (h2), optionally underlined by a coloured divider."""
    return _heading("h2", body, anchor, help, divider)


def subheader(
    body: object,
    anchor: str | Literal[False] | None = None,
    *,
    help: str | None = None,
    divider: bool | str = False,
) -> Container:
    """Display a subheader (h3), optionally underlined by a coloured divider."""
    return _heading("h3", body, anchor, help, divider)


def text(body: object, *, help: str | None = None) -> Container:
    """Display text as written, without markdown."""
    return active()._enqueue("text", {"body": clean_text(body), "help": help})


def code(body: str, language: str | None = "python", *, line_numbers: bool = False) -> Container:
    """Display a code block with syntax highlighting."""
    return active()._enqueue(
        "code", {"body": body, "language": language, "line_numbers": line_numbers}
    )


def json(body: object, *, expanded: bool | int = True) -> Container:
    """Display an object or a JSON string as an interactive tree.

    Example:
        >>> st.json({"a": [1, 2], "b": None})
    """
    if not isinstance(expanded, (bool, int)):
        raise StreamlitInvalidParameterTypeError(
            "expanded", type(expanded).__name__, ["bool", "int"]
        )
    if _is_namedtuple(body):
        body = body._asdict()  # type: ignore[attr-defined]
    elif isinstance(body, Mapping):
        body = dict(body)
    elif not isinstance(body, (str, list, dict)) and hasattr(body, "__iter__"):
        body = list(body)
    if not isinstance(body, str):
        body = _json.dumps(body, default=_json_default)
    return active()._enqueue("json", {"body": body, "expanded": expanded})


def _json_default(value: object) -> Any:
    # As Streamlit: sets become lists, anything else its repr.
    return list(value) if isinstance(value, (set, frozenset)) else repr(value)


def _is_namedtuple(value: object) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_fields")


def divider() -> Container:
    """Display a horizontal rule."""
    return active()._enqueue("divider", {})


def _alert(level: AlertLevel, body: object, icon: str | None) -> Container:
    return active()._enqueue("alert", {"level": level, "body": clean_text(body), "icon": icon})


def error(body: object, *, icon: str | None = None) -> Container:
    """Display an error message (markdown)."""
    return _alert("error", body, icon)


def warning(body: object, *, icon: str | None = None) -> Container:
    """Display a warning message (markdown)."""
    return _alert("warning", body, icon)


def info(body: object, *, icon: str | None = None) -> Container:
    """Display an informational message (markdown)."""
    return _alert("info", body, icon)


def success(body: object, *, icon: str | None = None) -> Container:
    """Display a success message (markdown)."""
    return _alert("success", body, icon)
