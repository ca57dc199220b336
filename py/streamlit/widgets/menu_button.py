"""st.menu_button: a button that opens a menu; the chosen option is returned once, like a click."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal, TypeVar

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.widgets._options import as_list, formatted
from streamlit.widgets.button import FORM_DOCS_INFO

__all__ = ["menu_button"]

T = TypeVar("T")
_TYPES = ("primary", "secondary", "tertiary")


def menu_button(
    label: str,
    options: Iterable[T],
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_click: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    width: _widgets.Width = "content",
    format_func: Callable[[Any], str] = str,
    wrap: bool | None = None,
) -> T | None:
    """Display a button with a dropdown menu; returns the option chosen in this run, else None.

    Example:
        >>> action = st.menu_button("Export", options=["CSV", "JSON", "PDF"])
        >>> if action == "CSV":
        ...     st.write("Exporting as CSV...")
    """
    user_key = _widgets.to_key(key)
    label = "" if label is None else str(label)
    callback = _widgets.callback(on_click, modes=(), param="on_click")
    _widgets.check_writes_allowed(user_key)
    if _widgets.current_form_id() is not None:
        raise StreamlitInvalidLayoutContextError(f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}")
    if type not in _TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _TYPES])
    width = _widgets.width(width, allow_content=True)
    choices = as_list(options)
    if not choices:
        raise StreamlitMissingRequiredParameterError("options", detail="Provide at least one option.")
    labels = formatted(choices, format_func)
    if len(set(labels)) != len(labels):
        raise StreamlitAPIException(
            "The `format_func` produced duplicate labels for the menu button options. "
            "Each formatted option label must be unique."
        )
    widget_id = _widgets.widget_id(
        "menu_button", user_key, key_as_main_identity=True, label=label, options=labels, help=help,
        type=type, icon=icon, width=width,
    )  # fmt: skip

    def deserialize(ui: Any) -> Any:
        # The page sends the chosen option's index, once.
        if isinstance(ui, int) and not isinstance(ui, bool) and 0 <= ui < len(choices):
            return choices[ui]
        return None

    chosen = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda value: None,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        is_trigger=True,
    )
    active()._enqueue(
        "menu_button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=None,
            options=labels,
            type=type,
            icon=icon,
            width=width,
            wrap=wrap,
        ),
        widget_id,
    )
    return chosen
