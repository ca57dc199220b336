"""st.feedback: thumbs, faces or stars."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitValueError, StreamlitValueOutOfRangeError
from streamlit._session_state import get_session_state

__all__ = ["feedback"]

_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


def feedback(
    options: Literal["thumbs", "faces", "stars"] = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    width: _widgets.Width = "content",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> int | None:
    """Display a feedback widget; returns the chosen index (thumbs: 0 down, 1 up), or None.

    Example:
        >>> stars = st.feedback("stars")
        >>> if stars is not None:
        ...     st.write(f"You gave {stars + 1} stars")
    """
    if options not in _COUNTS:
        raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
    count = _COUNTS[options]
    if default is not None and not 0 <= default < count:
        raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    width = _widgets.width(width, allow_content=True)
    _widgets.check_state_options(user_key, bind, persist_state)
    widget_id = _widgets.widget_id(
        "feedback", user_key, key_as_main_identity={"options"}, options=options, default=default,
        width=width,
    )  # fmt: skip

    def deserialize(ui: Any) -> int | None:
        if ui is None:
            return default
        if isinstance(ui, int) and not isinstance(ui, bool) and 0 <= ui < count:
            return ui
        return None if ui == -1 else default

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda v: -1 if v is None else v,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.feedback(),
    )
    if current is not None and (
        isinstance(current, bool) or not isinstance(current, int) or not 0 <= current < count
    ):
        current = default
        if user_key is not None:
            get_session_state().reset_state_value(user_key, current)
    active()._enqueue(
        "feedback",
        _widgets.props(
            "",
            bind=_binding.page_props(widget_id),
            help=None,
            disabled=disabled,
            label_visibility="collapsed",
            value=-1 if current is None else current,
            on_change=on_change,
            default=-1 if default is None else default,
            options=options,
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
