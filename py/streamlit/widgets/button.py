"""st.button, and the props every button-like widget shares."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

__all__ = ["FORM_DOCS_INFO", "button", "button_props", "normalize_shortcut"]

_TYPES = ("primary", "secondary", "tertiary")
_ICON_POSITIONS = ("left", "right")

_MODIFIERS = {
    "ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
    "alt": "alt", "option": "alt", "shift": "shift", "mod": "ctrl",
}  # fmt: skip
_KEYS = {
    "enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
    "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete",
    "del": "delete", "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
    "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right", "up": "up",
    "arrowup": "up", "down": "down", "arrowdown": "down",
}  # fmt: skip

FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


def button_props(
    *,
    type: str,
    icon: str | None,
    icon_position: str,
    use_container_width: bool | None,
    width: _widgets.Width,
    shortcut: str | None,
    wrap: bool | None,
) -> dict[str, Any]:
    """Validate what buttons, download, link and submit buttons share; their own props."""
    if type not in _TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _TYPES])
    if icon_position not in _ICON_POSITIONS:
        raise StreamlitValueError("icon_position", [repr(p) for p in _ICON_POSITIONS])
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    return {
        "type": type,
        "icon": icon,
        "icon_position": icon_position,
        "width": _widgets.width(width, allow_content=True),
        "shortcut": None if shortcut is None else normalize_shortcut(shortcut),
        "wrap": wrap,
    }


def normalize_shortcut(shortcut: object) -> str:
    """A keyboard shortcut as the page matches it: ``"Ctrl+Shift+K"`` -> ``"ctrl+shift+k"``."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError("shortcut", type(shortcut).__name__, ["str"])
    tokens = [t.strip().lower() for t in shortcut.split("+") if t.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException("The `shortcut` may only specify a single non-modifier key.")
        if token in _KEYS:
            key = _KEYS[token]
        elif (len(token) == 1 and token.isalnum()) or (token[0] == "f" and token[1:].isdigit()):
            key = token
        else:
            raise StreamlitAPIException(
                "shortcut must include a single character or one of the supported keys "
                "(e.g. Enter, Space, Tab, Escape)."
            )
        if key in ("c", "r"):
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    return "+".join([m for m in ("ctrl", "cmd", "alt", "shift") if m in modifiers] + [key])


def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: _widgets.Width = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button; returns True only in the run its click triggered.

    Example:
        >>> if st.button("Say hello"):
        ...     st.write("Hello!")
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
    callback = _widgets.callback(on_click, modes=(), param="on_click")
    _widgets.check_writes_allowed(user_key)
    widget_id = _widgets.widget_id(
        "button",
        user_key,
        key_as_main_identity=True,
        label=label,
        icon=icon,
        help=help,
        is_form_submitter=False,
        type=type,
        width=extra["width"],
        icon_position=icon_position,
        shortcut=extra["shortcut"],
    )
    if _widgets.current_form_id() is not None:
        raise StreamlitInvalidLayoutContextError(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            f"instead to submit the form.{FORM_DOCS_INFO}"
        )
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
    active()._enqueue(
        "button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=clicked,
            **extra,
        ),
        widget_id,
    )
    return bool(clicked)
