"""Text elements: markdown, headings, caption, text, code, json, divider, alerts, badges, LaTeX."""

from __future__ import annotations

import json as _json
import textwrap
from collections.abc import Mapping
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from streamlit._nesting import check_depth
from streamlit._types import is_type

__all__ = [
    "badge",
    "caption",
    "clean_text",
    "code",
    "divider",
    "error",
    "header",
    "info",
    "json",
    "latex",
    "markdown",
    "subheader",
    "success",
    "text",
    "title",
    "warning",
]

AlertLevel = Literal["error", "warning", "info", "success"]
TextAlignment = Literal["left", "center", "right", "justify"]
_ALIGNMENTS = ("left", "center", "right", "justify")
BadgeColor = Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"]
_BADGE_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary")


def clean_text(body: object) -> str:
    """As Streamlit: text is dedented and stripped, so triple-quoted markdown reads right."""
    return textwrap.dedent(str(body)).strip()


def markdown(
    body: object,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: int | str = "auto",
    text_alignment: TextAlignment = "left",
    anchors: bool = True,
    wrap: bool = True,
) -> Container:
    """Display markdown. HTML in `body` is escaped unless ``unsafe_allow_html=True``.

    Streamlit's extras work too: ``:red[text]``, ``:blue-background[text]``,
    ``:green-badge[text]``, emoji shortcodes like ``:smile:``, and ``$math$``.

    Example:
        >>> st.markdown("**Bold** and :red[red]")
    """
    return _markdown(body, unsafe_allow_html, help, text_alignment, caption=False)


def caption(
    body: object,
    unsafe_allow_html: bool = False,
    *,
    help: str | None = None,
    width: int | str = "stretch",
    text_alignment: TextAlignment = "left",
    wrap: bool = True,
) -> Container:
    """Display small grey markdown text, for captions and footnotes."""
    return _markdown(body, unsafe_allow_html, help, text_alignment, caption=True)


def _markdown(
    body: object,
    unsafe_allow_html: bool,
    help: str | None,
    text_alignment: TextAlignment,
    *,
    caption: bool,
) -> Container:
    props = {
        "body": clean_text(body),
        "unsafe_allow_html": unsafe_allow_html,
        "help": help,
        "caption": caption,
    }
    return active()._enqueue("markdown", _aligned(props, text_alignment))


def _aligned(props: dict[str, Any], text_alignment: TextAlignment) -> dict[str, Any]:
    """Adds `text_alignment` to the props when it is not the default, left."""
    if text_alignment not in _ALIGNMENTS:
        raise StreamlitValueError("text_alignment", [repr(a) for a in _ALIGNMENTS])
    return props if text_alignment == "left" else {**props, "text_alignment": text_alignment}


def _heading(
    tag: str,
    body: object,
    anchor: str | Literal[False] | None,
    help: str | None,
    divider: bool | str,
    icon: str | None,
    text_alignment: TextAlignment,
) -> Container:
    text_ = clean_text(body)
    props = {
        "tag": tag,
        "body": f"{icon} {text_}" if icon else text_,
        "anchor": anchor,
        "help": help,
        "divider": divider,
    }
    return active()._enqueue("heading", _aligned(props, text_alignment))


def title(
    body: object,
    anchor: str | Literal[False] | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    width: int | str = "stretch",
    text_alignment: TextAlignment = "left",
    wrap: bool = True,
) -> Container:
    """Display a title (h1). ``anchor=False`` hides the link anchor."""
    return _heading("h1", body, anchor, help, False, icon, text_alignment)


def header(
    body: object,
    anchor: str | Literal[False] | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: int | str = "stretch",
    text_alignment: TextAlignment = "left",
    wrap: bool = True,
) -> Container:
    """Display a header (h2), optionally underlined by a coloured divider."""
    return _heading("h2", body, anchor, help, divider, icon, text_alignment)


def subheader(
    body: object,
    anchor: str | Literal[False] | None = None,
    *,
    help: str | None = None,
    icon: str | None = None,
    divider: bool | str = False,
    width: int | str = "stretch",
    text_alignment: TextAlignment = "left",
    wrap: bool = True,
) -> Container:
    """Display a subheader (h3), optionally underlined by a coloured divider."""
    return _heading("h3", body, anchor, help, divider, icon, text_alignment)


def text(
    body: object,
    *,
    help: str | None = None,
    width: int | str = "content",
    text_alignment: TextAlignment = "left",
    wrap: bool = True,
) -> Container:
    """Display text as written, without markdown."""
    props = {"body": clean_text(body), "help": help}
    return active()._enqueue("text", _aligned(props, text_alignment))


def code(
    body: object,
    language: str | None = "python",
    *,
    line_numbers: bool = False,
    wrap_lines: bool = False,
    height: int | str | None = "content",
    width: int | str = "stretch",
) -> Container:
    """Display a code block with syntax highlighting.

    Example:
        >>> st.code("x = 1", language="python", wrap_lines=True)
    """
    props: dict[str, Any] = {"body": str(body), "language": language, "line_numbers": line_numbers}
    if wrap_lines:
        props["wrap_lines"] = True
    if isinstance(height, int) and not isinstance(height, bool):
        props["height"] = height
    return active()._enqueue("code", props)


def json(body: object, *, expanded: bool | int = True, width: int | str = "stretch") -> Container:
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
        check_depth(body, "encoding a JSON object")  # deep data would overflow the browser's stack
        body = _json.dumps(body, default=_json_default)
    return active()._enqueue("json", {"body": body, "expanded": expanded})


def _json_default(value: object) -> Any:
    # As Streamlit: sets become lists, anything else its repr.
    return list(value) if isinstance(value, (set, frozenset)) else repr(value)


def _is_namedtuple(value: object) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_fields")


def divider(*, width: int | str = "stretch") -> Container:
    """Display a horizontal rule."""
    return active()._enqueue("divider", {})


def _alert(level: AlertLevel, body: object, icon: str | None, title: object) -> Container:
    text_ = clean_text(body)
    if title is not None:
        # Streamlit draws the title in bold above the message.
        text_ = f"**{clean_text(title)}**\n\n{text_}"
    return active()._enqueue("alert", {"level": level, "body": text_, "icon": icon})


def error(
    body: object, *, icon: str | None = None, width: int | str = "stretch", title: object = None
) -> Container:
    """Display an error message (markdown)."""
    return _alert("error", body, icon, title)


def warning(
    body: object, *, icon: str | None = None, width: int | str = "stretch", title: object = None
) -> Container:
    """Display a warning message (markdown)."""
    return _alert("warning", body, icon, title)


def info(
    body: object, *, icon: str | None = None, width: int | str = "stretch", title: object = None
) -> Container:
    """Display an informational message (markdown)."""
    return _alert("info", body, icon, title)


def success(
    body: object, *, icon: str | None = None, width: int | str = "stretch", title: object = None
) -> Container:
    """Display a success message (markdown)."""
    return _alert("success", body, icon, title)


def badge(
    label: str,
    *,
    icon: str | None = None,
    color: BadgeColor = "blue",
    width: int | str = "content",
    help: str | None = None,
) -> Container:
    """Display a small coloured badge: markdown's ``:blue-badge[label]``.

    Example:
        >>> st.badge("Success", icon=":material/check:", color="green")
    """
    if color not in _BADGE_COLORS:
        raise StreamlitValueError("color", [repr(c) for c in _BADGE_COLORS])
    icon_text = f"{icon} " if icon else ""
    escaped = str(label).replace("[", "\\[").replace("]", "\\]")
    return active()._enqueue(
        "markdown",
        {
            "body": f":{color}-badge[{icon_text}{escaped}]",
            "unsafe_allow_html": False,
            "help": help,
            "caption": False,
        },
    )


def latex(body: object, *, help: str | None = None, width: int | str = "stretch") -> Container:
    r"""Display a mathematical expression written in LaTeX (typeset with KaTeX).

    A SymPy expression is converted with ``sympy.latex``.

    Example:
        >>> st.latex(r"a + ar + ar^2 = \sum_{k=0}^{n-1} ar^k")
    """
    if is_type(body, "sympy.Expr"):
        import sympy

        body = sympy.latex(body)
    return active()._enqueue(
        "markdown",
        {
            "body": f"$$\n{clean_text(body)}\n$$",
            "unsafe_allow_html": False,
            "help": help,
            "caption": False,
        },
    )
