"""st.link_button: a link drawn as a button."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import Container, active
from streamlit.widgets.button import button_props

__all__ = ["link_button"]


def link_button(
    label: str,
    url: str,
    *,
    key: str | int | None = None,
    on_click: _widgets.WidgetCallback | Literal["rerun", "ignore"] = "ignore",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    help: str | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: _widgets.Width = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool | Container:
    """Display a link that looks like a button; it opens `url` in a new tab.

    With the default ``on_click="ignore"`` it returns its place on the page;
    with ``"rerun"`` or a callback, a click also reruns the app and it returns
    True in that run. The page refuses ``javascript:`` URLs.

    Example:
        >>> st.link_button("Go to gallery", "https://streamlit.io/gallery")
    """
    extra = button_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        use_container_width=use_container_width,
        width=width,
        shortcut=shortcut,
        wrap=wrap,
    )
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_click, param="on_click")
    rerun = on_click != "ignore"
    widget_id = None
    if rerun or user_key is not None:
        _widgets.check_writes_allowed(user_key)
        widget_id = _widgets.widget_id(
            "link_button",
            user_key,
            key_as_main_identity=rerun,
            label=label,
            icon=icon,
            url=url,
            help=help,
            type=type,
            width=extra["width"],
            icon_position=icon_position,
            shortcut=extra["shortcut"],
        )
    clicked = False
    if rerun:
        assert widget_id is not None
        clicked = _widgets.register(
            widget_id,
            user_key,
            deserialize=bool,
            serialize=bool,
            on_change=callback,
            args=args,
            kwargs=kwargs,
            disabled=disabled,
            is_trigger=True,
        )
    element = active()._enqueue(
        "link_button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=bool(clicked),
            on_change=on_click,
            url=str(url),
            **extra,
        ),
        widget_id,
    )
    return bool(clicked) if rerun else element
