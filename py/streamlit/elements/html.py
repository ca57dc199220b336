"""st.html: HTML shown as it is, sanitized on the page (no script runs)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitMissingRequiredParameterError
from streamlit.elements.text import clean_text

__all__ = ["html"]

_STYLE_ONLY = re.compile(r"^(\s*<style\b[^>]*>.*?</style>\s*)+$", re.DOTALL | re.IGNORECASE)


def html(
    body: Any, *, width: int | str = "stretch", unsafe_allow_javascript: bool = False
) -> Container:
    """Insert HTML into the app. It is sanitized: scripts and event handlers are removed.

    `body` may be a string, a ``pathlib.Path`` to an HTML or CSS file, or an
    object with ``_repr_html_()``. HTML holding only ``<style>`` tags styles
    the app and takes no space.

    Example:
        >>> st.html("<p><span style='color: teal'>Teal</span> text</p>")
    """
    if callable(getattr(body, "_repr_html_", None)):
        content = str(body._repr_html_())
    elif isinstance(body, Path):
        content = body.read_text(encoding="utf-8")
        if body.suffix.lower() == ".css":
            content = f"<style>{content}</style>"
    else:
        content = clean_text(body)
    if content == "":
        raise StreamlitMissingRequiredParameterError("body")
    return active()._enqueue(
        "html", {"body": content, "style_only": bool(_STYLE_ONLY.match(content))}
    )
