"""``st.page_link``: a link to another page of the app, or to an external http(s) URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from streamlit import _pages, _query_params
from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError

__all__ = ["page_link"]


def page_link(
    page: str | Path | _pages.Page,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: int | Literal["content", "stretch"] = "content",
    query_params: _query_params.QueryParamsInput | None = None,
) -> Container:
    """Show a link to a page of the app (a script path or ``st.Page``) or to an http(s) URL.

    Example:
        >>> st.page_link("app.py", label="Home", icon="🏠")
        >>> st.page_link("pages/profile.py", query_params={"user": "ada"})
        >>> st.page_link("https://docs.streamlit.io", label="Docs")
    """
    if icon_position not in ("left", "right"):
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    container = active()
    if container._root == "sidebar":
        width = "stretch"  # as in Streamlit: sidebar links fill the sidebar
    if not (width in ("content", "stretch") or (isinstance(width, int) and not isinstance(width, bool) and width > 0)):
        raise StreamlitAPIException(
            f"Invalid width value: {width!r}. Width must be either a positive integer (pixels), "
            "'stretch', or 'content'."
        )
    if isinstance(page, Path):
        page = str(page)
    target, href, external = _pages.page_link_target(page)
    if external and target is None and not label:
        raise StreamlitMissingRequiredParameterError(
            "label", detail="Streamlit cannot infer a label for an external URL."
        )
    navigator = _pages.current()
    props: dict[str, Any] = {
        "label": str(label) if label is not None else (target.title if target else ""),
        "page": href,
        "external": external,
        "query": _query_params.encode(query_params) if query_params else "",
        "icon": _pages.icon_or_emoji(icon) if icon is not None else (target.icon if target else ""),
        "icon_position": icon_position,
        "help": help if help is not None else (target.help or None if target else None),
        "disabled": disabled,
        "width": width,
        "active": bool(not external and navigator is not None and href == navigator.page),
    }
    return container._enqueue("page_link", props)
