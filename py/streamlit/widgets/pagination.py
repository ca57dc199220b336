"""st.pagination: numbered page buttons with previous and next arrows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)
from streamlit._session_state import get_session_state

__all__ = ["pagination"]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def pagination(
    num_pages: int,
    *,
    default: int = 1,
    max_visible_pages: int | None = 7,
    width: _widgets.Width = "content",
    key: str | int | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> int:
    """Display page buttons; returns the selected page (1 to `num_pages`).

    Example:
        >>> page = st.pagination(num_pages=10)
        >>> st.write(f"Showing page {page}")
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    if not _is_int(num_pages) or num_pages < 1:
        raise StreamlitAPIException(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
    if not _is_int(default):
        raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
    if not 1 <= default <= num_pages:
        raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
    if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
        raise StreamlitAPIException(
            f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}."
        )
    width = _widgets.width(width, allow_content=True)
    widget_id = _widgets.widget_id(
        "pagination", user_key, key_as_main_identity=True, num_pages=num_pages, default=default,
        max_visible_pages=max_visible_pages, width=width,
    )  # fmt: skip

    def deserialize(ui: Any) -> int:
        # A page past a shrunken `num_pages` falls back to the default.
        return ui if _is_int(ui) and 1 <= ui <= num_pages else default

    page = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=int,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.integer(),
    )
    if not (_is_int(page) and 1 <= page <= num_pages):
        # A value the script put in session state that is not a page.
        page = default
        if user_key is not None:
            get_session_state().reset_state_value(user_key, page)
    active()._enqueue(
        "pagination",
        {
            "num_pages": num_pages,
            "max_visible_pages": max_visible_pages,
            "value": page,
            "default": default,
            "disabled": bool(disabled),
            "width": width,
            "form_id": _widgets.current_form_id(),
            "rerun": on_change != "ignore",
            **_binding.bind_prop(widget_id),
        },
        widget_id,
    )
    return page
