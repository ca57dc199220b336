"""st.button."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import StreamlitValueError

__all__ = ["button"]

_TYPES = ("primary", "secondary", "tertiary")


def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """Display a button; returns True only in the run its click triggered.

    Example:
        >>> if st.button("Say hello"):
        ...     st.write("Hello!")
    """
    if type not in _TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _TYPES])
    user_key = _widgets.to_key(key)
    _widgets.check_writes_allowed(user_key)
    widget_id = _widgets.widget_id(
        "button",
        user_key,
        key_as_main_identity=True,
        label=label,
        help=help,
        is_form_submitter=False,
        type=type,
    )
    clicked = _widgets.register(
        widget_id,
        user_key,
        deserialize=bool,
        serialize=bool,
        on_change=on_click,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        is_trigger=True,
    )
    active()._enqueue(
        "button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=clicked,
            type=type,
            use_container_width=use_container_width,
        ),
        widget_id,
    )
    return bool(clicked)
