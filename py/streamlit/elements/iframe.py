"""st.iframe and ``components.v1.html``/``iframe``: content in a sandboxed frame.

Every frame is sandboxed on the page (scripts run, but in an opaque origin: they
cannot reach the app's DOM, storage or cookies), so HTML that Streamlit would run
with same-origin access runs here isolated. The page refuses `javascript:` URLs.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from streamlit.elements import _sizing

__all__ = ["check_tab_index", "iframe", "legacy_frame"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_ABSOLUTE_URL = re.compile(r"^(?:https?|data):", re.IGNORECASE)
_DEFAULT_TITLE = "st.iframe"
# A URL's height cannot be measured across origins: Streamlit's fallback.
_URL_CONTENT_HEIGHT = 400
_COMPONENTS_HEIGHT = 150


def check_tab_index(tab_index: object) -> None:
    """None, -1 or a non-negative int, as the HTML `tabindex` attribute takes it."""
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def iframe(
    src: str | Path,
    *,
    width: int | Literal["stretch", "content"] = "stretch",
    height: int | Literal["stretch", "content"] = "content",
    tab_index: int | None = None,
    alt: str | None = None,
) -> Container:
    """Embed a URL, an HTML string or a local file (a ``pathlib.Path``) in a frame.

    Scripts in the frame run sandboxed: they cannot touch the app. With
    ``height="content"`` an HTML string or file is as tall as what it draws;
    a URL falls back to 400 pixels.

    Example:
        >>> st.iframe("<p>Hello from a <b>frame</b></p>", height=80)
        >>> st.iframe(Path("report.html"))
    """
    width = _sizing.width(width, allow_content=True)
    height = _sizing.height(height, allow_content=True)
    check_tab_index(tab_index)
    source = _source(src)
    if source["srcdoc"] is None:
        # Only inline HTML can be measured; a URL's content lives in another document.
        width = "stretch" if width == "content" else width
        height = _URL_CONTENT_HEIGHT if height == "content" else height
    title = alt.strip() if isinstance(alt, str) and alt.strip() else _DEFAULT_TITLE
    return active()._enqueue(
        "iframe",
        {**source, "width": width, "height": height, "scrolling": True, "tab_index": tab_index, "title": title},
    )


def _source(src: object) -> dict[str, Any]:
    """`src`, `srcdoc` or `data` (with its `mime`): what the frame shows."""
    found: dict[str, Any] = {"src": None, "srcdoc": None, "data": None, "mime": None}
    if isinstance(src, Path):
        suffix = src.suffix.lower()
        try:
            if suffix in _HTML_SUFFIXES:
                found["srcdoc"] = src.read_text(encoding="utf-8")
            else:
                found["data"] = src.read_bytes()
                found["mime"] = mimetypes.guess_type(src.name)[0] or "application/octet-stream"
        except (OSError, UnicodeDecodeError) as error:
            raise StreamlitAPIException(f"Unable to read file '{src}': {error}") from error
        return found
    if not isinstance(src, str):
        raise StreamlitInvalidParameterTypeError("src", type(src).__name__, ["str", "Path"])
    if _ABSOLUTE_URL.match(src) or src.startswith("/"):
        found["src"] = src
    else:
        found["srcdoc"] = src
    return found


def legacy_frame(
    source: dict[str, Any], width: int | None, height: int | None, scrolling: bool, tab_index: int | None
) -> Container:
    """``components.v1.html``/``iframe``: `source` (``src`` or ``srcdoc``) in a frame, 150 pixels tall unless told."""
    check_tab_index(tab_index)
    return active()._enqueue(
        "iframe",
        {
            "src": None,
            "srcdoc": None,
            **source,
            "data": None,
            "mime": None,
            "width": _sizing.width(width if width is not None else "stretch"),
            "height": _sizing.height(height if height is not None else _COMPONENTS_HEIGHT),
            "scrolling": bool(scrolling),
            "tab_index": tab_index,
            "title": _DEFAULT_TITLE,
        },
    )
