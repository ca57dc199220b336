"""``st.components.v1``: HTML and URLs in frames, and custom components.

    import streamlit.components.v1 as components
    components.html("<b>hi</b>", height=40)
    counter = components.declare_component("counter", path="frontend")
    clicks = counter(start=3, default=0)

``html`` and ``iframe`` are Streamlit's main-container methods, wrapped: their
signatures start with ``self``, and they write where ``st.*`` would.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from streamlit._container import Container, active
from streamlit.components.v1._custom_component import CustomComponent, declare_component
from streamlit.elements.iframe import legacy_frame

__all__ = ["declare_component", "html", "iframe"]


def _html(
    self: Container,
    html: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Container:
    """Display an HTML string in a sandboxed frame, 150 pixels tall unless told.

    Example:
        >>> components.html("<p><s>Oops</s>!</p>", height=40)
    """
    with self:
        return legacy_frame({"srcdoc": str(html)}, width, height, scrolling, tab_index)


def _iframe(
    self: Container,
    src: str,
    width: int | None = None,
    height: int | None = None,
    scrolling: bool = False,
    *,
    tab_index: int | None = None,
) -> Container:
    """Load a URL in a sandboxed frame, 150 pixels tall unless told.

    Example:
        >>> components.iframe("https://example.com", height=500)
    """
    with self:
        return legacy_frame({"src": str(src)}, width, height, scrolling, tab_index)


def _on_active(method: Callable[..., Container]) -> Callable[..., Container]:
    @functools.wraps(method)
    def command(*args: Any, **kwargs: Any) -> Container:
        return method(active(), *args, **kwargs)

    return command


html = _on_active(_html)
iframe = _on_active(_iframe)
