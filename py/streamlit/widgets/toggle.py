"""st.toggle: a checkbox drawn as a switch."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from streamlit import _binding, _widgets
from streamlit._container import active

__all__ = ["toggle"]


def toggle(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: _widgets.Width = "content",
    wrap: bool | None = None,
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> bool:
    """Display a toggle switch; returns whether it is on.

    Example:
        >>> if st.toggle("Activate feature"):
        ...     st.write("Feature activated!")
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=True)
    default = bool(value)
    widget_id = _widgets.widget_id(
        "toggle", user_key, key_as_main_identity=True, label=label, value=default, help=help,
        width=width,
    )  # fmt: skip
    checked = _widgets.register(
        widget_id,
        user_key,
        deserialize=lambda ui: default if ui is None else bool(ui),
        serialize=bool,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.flag(),
    )
    active()._enqueue(
        "toggle",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=bool(checked),
            on_change=on_change,
            default=default,
            width=width,
            wrap=wrap,
        ),
        widget_id,
    )
    return bool(checked)
