"""st.checkbox."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from streamlit import _widgets
from streamlit._container import active

__all__ = ["checkbox"]


def checkbox(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
) -> bool:
    """Display a checkbox; returns whether it is checked.

    Example:
        >>> if st.checkbox("Show details"):
        ...     st.write("Details")
    """
    user_key = _widgets.to_key(key)
    default = bool(value)
    widget_id = _widgets.widget_id(
        "checkbox", user_key, key_as_main_identity=True, label=label, value=default, help=help
    )
    checked = _widgets.register(
        widget_id,
        user_key,
        deserialize=lambda ui: default if ui is None else bool(ui),
        serialize=bool,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    active()._enqueue(
        "checkbox",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=bool(checked),
            default=default,
        ),
        widget_id,
    )
    return bool(checked)
