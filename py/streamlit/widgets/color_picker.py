"""st.color_picker."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException

__all__ = ["color_picker"]

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def color_picker(
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: _widgets.Width = "content",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> str:
    """Display a color picker; returns the color as a hex string such as ``"#00f900"``.

    Example:
        >>> color = st.color_picker("Pick a color", "#00f900")
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=True)
    if isinstance(width, int):
        width = max(width, 40)
    widget_id = _widgets.widget_id(
        "color_picker", user_key, key_as_main_identity=True, label=label, value=str(value),
        help=help, width=width,
    )  # fmt: skip
    if value is None:
        value = "#000000"
    if not isinstance(value, str):
        raise StreamlitAPIException(
            f"Invalid `value` type. Expected one of: str. Provided type: {type(value).__name__}. "
            "Pass a hex string like `'#00FFAA'` or `'#000'`."
        )
    if not _HEX.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
        )
    default = value

    def deserialize(ui: Any) -> str:
        if ui is None:
            return default
        color = str(ui) if str(ui).startswith("#") else f"#{ui}"
        return color if _HEX.match(color) else default

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=str,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.text(clearable=False),
    )
    active()._enqueue(
        "color_picker",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=current,
            on_change=on_change,
            default=default,
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
