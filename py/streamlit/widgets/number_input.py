"""st.number_input."""

from __future__ import annotations

import math
from collections.abc import Iterable
from numbers import Integral
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from streamlit._session_state import get_session_state

__all__ = ["number_input"]

Number = int | float


def number_input(
    label: str,
    min_value: Number | None = None,
    max_value: Number | None = None,
    value: Number | Literal["min"] | None = "min",
    step: Number | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    icon: str | None = None,
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> Number | None:
    """Display a numeric input; ints in, ints out (step 1); floats step by 0.01.

    ``value="min"`` (the default) starts at `min_value`, or 0; ``value=None``
    starts empty and returns None until a number is entered.

    Example:
        >>> n = st.number_input("How many?", min_value=1, value=3)
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    widget_id = _widgets.widget_id(
        "number_input",
        user_key,
        key_as_main_identity=True,
        label=label,
        min_value=min_value,
        max_value=max_value,
        value=value,
        step=step,
        format=format,
        help=help,
        placeholder=None if placeholder is None else str(placeholder),
        icon=icon,
        width=width,
        required=required,
    )
    numbers = [min_value, max_value, value, step]
    all_ints = all(isinstance(a, (Integral, type(None), str)) for a in numbers)
    all_floats = all(isinstance(a, (float, type(None), str)) for a in numbers)
    if not all_ints and not all_floats:
        raise StreamlitMixedNumericTypesError(
            value=value, min_value=min_value, max_value=max_value, step=step
        )
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        value = None
    if value == "min":
        value = min_value if min_value is not None else (0 if all_ints and not all_floats else 0.0)
    is_int = isinstance(value, Integral) if value is not None else all_ints and not all_floats
    data_type = "int" if is_int and all_ints else "float"
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if step is None:
        step = 1 if is_int else 0.01
    try:
        float(format % 2)
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            f"Format string for st.number_input contains invalid characters: {format}"
        ) from None
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(min_value, max_value)
    if min_value is not None and value is not None and min_value > value:
        raise StreamlitValueBelowMinError(value, min_value)
    if max_value is not None and value is not None and max_value < value:
        raise StreamlitValueAboveMaxError(value, max_value)
    default = value

    def deserialize(ui: Any) -> Number | None:
        chosen = default if ui is None else ui
        if chosen is None or isinstance(chosen, bool) or not isinstance(chosen, (int, float)):
            return None if chosen is None else default
        if data_type == "int":
            chosen = int(chosen)
        elif not math.isfinite(chosen):
            return default
        else:
            # JSON has one number type: the page's 3.0 arrives as 3.
            chosen = float(chosen)
        if (min_value is not None and chosen < min_value) or (
            max_value is not None and chosen > max_value
        ):
            return default
        return chosen

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda v: v,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.number(clearable=default is None),
    )
    if current is not None and (
        (min_value is not None and current < min_value)
        or (max_value is not None and current > max_value)
    ):
        # A value set through session state outside the bounds: fall back, as Streamlit does.
        current = default
        if user_key is not None:
            get_session_state().reset_state_value(user_key, current)
    active()._enqueue(
        "number_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=current,
            on_change=on_change,
            min=min_value,
            max=max_value,
            step=step,
            format=format,
            data_type=data_type,
            placeholder=placeholder,
            default=default,
            icon=icon,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
