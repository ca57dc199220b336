"""st.slider, for int and float values and ranges."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from numbers import Integral, Real
from typing import Any

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from streamlit._session_state import get_session_state

__all__ = ["slider"]

_DEFAULTS = {
    "int": {"min": 0, "max": 100, "step": 1, "format": "%d"},
    "float": {"min": 0.0, "max": 1.0, "step": 0.01, "format": "%0.2f"},
}


def slider(
    label: str,
    min_value: float | None = None,
    max_value: float | None = None,
    value: float | Sequence[float] | None = None,
    step: float | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
) -> Any:
    """Display a slider; a list or tuple `value` makes it a range slider.

    Ints default to 0..100 in steps of 1, floats to 0.0..1.0 in steps of 0.01.

    Example:
        >>> age = st.slider("Age", 0, 130, 25)
        >>> low, high = st.slider("Range", 0.0, 100.0, (25.0, 75.0))
    """
    user_key = _widgets.to_key(key)
    widget_id = _widgets.widget_id(
        "slider",
        user_key,
        key_as_main_identity={"min_value", "max_value", "step"},
        label=label,
        min_value=min_value,
        max_value=max_value,
        value=value,
        step=step,
        format=format,
        help=help,
    )
    state = get_session_state()
    if value is None:
        # No default: a value set through session state decides single versus range.
        stored = state[user_key] if user_key is not None and user_key in state else None
        if stored is None or isinstance(stored, Real):
            value = min_value if min_value is not None else 0
        else:
            value = [
                min_value if min_value is not None else 0,
                max_value if max_value is not None else 100,
            ]

    single = isinstance(value, Real)
    if not single and not (isinstance(value, (list, tuple)) and len(value) <= 2):
        raise StreamlitInvalidParameterTypeError(
            "value", type(value).__name__, ["int", "float", "list", "tuple"]
        )
    values: list[Any] = [value] if single else list(value)  # type: ignore[arg-type]
    if not all(isinstance(v, Real) for v in values):
        raise StreamlitAPIException(
            "Headwater's `st.slider` supports int and float values; date and time sliders "
            "are not available yet."
        )
    if len({isinstance(v, Integral) for v in values}) > 1:
        raise StreamlitInvalidParameterTypeError(
            "value",
            ", ".join(type(v).__name__ for v in values),
            ["list or tuple containing values of the same type"],
        )
    data_type = "int" if not values or isinstance(values[0], Integral) else "float"
    defaults: dict[str, Any] = _DEFAULTS[data_type]
    low: Any = defaults["min"] if min_value is None else min_value
    high: Any = defaults["max"] if max_value is None else max_value
    step_size: Any = defaults["step"] if step is None else step
    format = str(defaults["format"]) if format is None else format
    if step_size == 0:
        raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")
    bounds = [low, high, step_size]
    if not (
        all(isinstance(a, Integral) for a in bounds)
        if data_type == "int"
        else all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
    ):
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"value={type(value).__name__}, min_value={type(low).__name__}, "
            f"max_value={type(high).__name__}",
            ["value and arguments with matching types"],
        )

    if low > high:
        low, high = high, low
    if len(values) == 2 and values[0] > values[1]:
        values.reverse()
    if not values:
        values = [low, high]
    low, high = min(low, *values), max(high, *values)
    if low == high:
        raise StreamlitInvalidMinMaxError(low, high)

    cast = int if data_type == "int" else float

    def deserialize(ui: Any) -> Any:
        chosen = values
        if ui is not None:
            sent = list(ui) if isinstance(ui, (list, tuple)) else [ui]
            if len(sent) == len(values) and all(
                isinstance(v, (int, float)) and low <= v <= high for v in sent
            ):
                chosen = sent
        result = [cast(v) for v in chosen]
        return result[0] if single else tuple(result)

    def serialize(current: Any) -> Any:
        return list(current) if isinstance(current, (list, tuple)) else current

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=serialize,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    if user_key is not None and state.is_new_state_value(user_key):
        for v in current if isinstance(current, (list, tuple)) else [current]:
            if v < low:
                raise StreamlitValueBelowMinError(v, low)
            if v > high:
                raise StreamlitValueAboveMaxError(v, high)
    active()._enqueue(
        "slider",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            min=low,
            max=high,
            step=step_size,
            format=format,
            data_type=data_type,
        ),
        widget_id,
    )
    return current
