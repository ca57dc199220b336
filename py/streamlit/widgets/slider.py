"""st.slider, for int, float, date, time and datetime values and ranges.

Dates and times travel as microseconds since 1970-01-01 (a date at midnight,
a time on 2000-01-01), read as naive UTC, so the page never shifts them by
its time zone; `format` is then a moment.js-style pattern such as ``"YYYY-MM-DD"``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from numbers import Integral, Real
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)
from streamlit._session_state import get_session_state

__all__ = ["slider"]

SliderScalar = int | float | date | time | datetime
_TYPES = (Integral, Real, datetime, date, time)
_TIMELIKE = ("datetime", "date", "time")
_EPOCH = datetime(1970, 1, 1)
_TIME_DAY = date(2000, 1, 1)


def slider(
    label: str,
    min_value: SliderScalar | None = None,
    max_value: SliderScalar | None = None,
    value: SliderScalar | Sequence[SliderScalar] | None = None,
    step: int | float | timedelta | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> Any:
    """Display a slider; a list or tuple `value` makes it a range slider.

    Ints default to 0..100 in steps of 1, floats to 0.0..1.0 in steps of 0.01;
    dates and datetimes to two weeks either side in steps of a day, times to
    the whole day in steps of 15 minutes.

    Example:
        >>> age = st.slider("Age", 0, 130, 25)
        >>> start = st.slider("Start", value=datetime(2020, 1, 1, 9, 30), format="MM/DD/YY - hh:mm")
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
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
        width=width,
    )
    state = get_session_state()
    if value is None:
        # No default: a value set through session state decides single versus range.
        stored = state[user_key] if user_key is not None and user_key in state else None
        if stored is None or isinstance(stored, _TYPES):
            value = min_value if min_value is not None else 0
        else:
            value = [
                min_value if min_value is not None else 0,
                max_value if max_value is not None else 100,
            ]

    single = isinstance(value, _TYPES)
    if not single and not (isinstance(value, (list, tuple)) and len(value) <= 2):
        if isinstance(value, (list, tuple)):
            raise StreamlitValueError(
                "value",
                ["int", "float", "date", "time", "datetime",
                 "a list containing up to two such values",
                 "a tuple containing up to two such values"],
            )  # fmt: skip
        raise StreamlitInvalidParameterTypeError(
            "value",
            type(value).__name__,
            ["int", "float", "date", "time", "datetime", "list", "tuple"],
        )
    values: list[Any] = [value] if single else list(value)  # type: ignore[arg-type]
    if len({_data_type(v) for v in values}) > 1:
        raise StreamlitInvalidParameterTypeError(
            "value",
            ", ".join(type(v).__name__ for v in values),
            ["list or tuple containing values of the same type"],
        )
    data_type = _data_type(values[0]) if values else "int"
    low, high, step, format = _defaults(data_type, values, min_value, max_value, step, format)
    if step == 0 or step == timedelta(0):
        kind = "a timedelta" if isinstance(step, timedelta) else "a number"
        raise StreamlitValueError("step", [kind], detail="Zero is not allowed.")
    _check_types(data_type, value, low, high, step)

    if low > high:
        low, high = high, low
    if len(values) == 2 and values[0] > values[1]:
        values.reverse()
    if not values:
        values = [low, high]
    low, high = min(low, *values), max(high, *values)
    to_wire, from_wire = _codec(data_type, values[0])
    wire_low, wire_high = to_wire(low), to_wire(high)
    if wire_low == wire_high:
        raise StreamlitInvalidMinMaxError(low, high)
    wire_step = _micros(step) if isinstance(step, timedelta) else step
    defaults = [to_wire(v) for v in values]

    def deserialize(ui: Any) -> Any:
        chosen = defaults
        if ui is not None:
            sent = list(ui) if isinstance(ui, (list, tuple)) else [ui]
            if len(sent) == len(defaults) and all(
                isinstance(v, (int, float))
                and not isinstance(v, bool)
                and math.isfinite(v)
                and wire_low <= v <= wire_high
                for v in sent
            ):
                chosen = sent
        result = [from_wire(v) for v in chosen]
        return result[0] if single else tuple(result)

    def serialize(current: Any) -> Any:
        wire = [to_wire(v) for v in (current if isinstance(current, (list, tuple)) else [current])]
        return wire if isinstance(current, (list, tuple)) else wire[0]

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=serialize,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.slider(data_type),
    )
    if user_key is not None and state.is_new_state_value(user_key):
        for v in current if isinstance(current, (list, tuple)) else [current]:
            if to_wire(v) < wire_low:
                raise StreamlitValueBelowMinError(v, low)
            if to_wire(v) > wire_high:
                raise StreamlitValueAboveMaxError(v, high)
    active()._enqueue(
        "slider",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=defaults[0] if single else defaults,
            min=wire_low,
            max=wire_high,
            step=wire_step,
            format=format,
            data_type=data_type,
            width=width,
        ),
        widget_id,
    )
    return current


def _data_type(value: Any) -> str:
    if isinstance(value, Integral):
        return "int"
    if isinstance(value, Real):
        return "float"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    return type(value).__name__


def _defaults(
    data_type: str, values: list[Any], low: Any, high: Any, step: Any, format: str | None
) -> tuple[Any, Any, Any, str]:
    """Streamlit's bounds, step and format for whatever the script left out."""
    if data_type == "int":
        low, high = (0 if low is None else low), (100 if high is None else high)
        return low, high, 1 if step is None else step, format or "%d"
    if data_type == "float":
        low, high = (0.0 if low is None else low), (1.0 if high is None else high)
        return low, high, 0.01 if step is None else step, format or "%0.2f"
    if data_type == "time":
        tz = values[0].tzinfo
        low = time.min.replace(tzinfo=tz) if low is None else low
        high = time.max.replace(tzinfo=tz) if high is None else high
        return low, high, timedelta(minutes=15) if step is None else step, format or "HH:mm"
    # Dates and datetimes: two weeks either side of the (first) value.
    anchor = values[0]
    low = anchor - timedelta(days=14) if low is None else low
    high = anchor + timedelta(days=14) if high is None else high
    if step is None:
        # A span shorter than a day moves in quarter hours (as Streamlit).
        step = timedelta(days=1)
        try:
            if abs(high - low) < timedelta(days=1):
                step = timedelta(minutes=15)
        except TypeError:
            pass  # mismatched bounds (a date and a datetime): _check_types says so
    return low, high, step, format or "YYYY-MM-DD"


def _check_types(data_type: str, value: Any, low: Any, high: Any, step: Any) -> None:
    bounds = [low, high, step]
    int_args = all(isinstance(a, Integral) for a in bounds)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in bounds)
    timelike_args = (
        data_type in _TIMELIKE and isinstance(step, timedelta) and type(low) is type(high)
    )
    if not (int_args or float_args or timelike_args):
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"min_value={type(low).__name__}, max_value={type(high).__name__}, "
            f"step={type(step).__name__}",
            ["matching numeric types", "matching date/time types"],
        )
    if not (
        (data_type == "int" and int_args)
        or (data_type == "float" and float_args)
        or (data_type in _TIMELIKE and timelike_args and _data_type(low) == data_type)
    ):
        raise StreamlitInvalidParameterTypeError(
            "value",
            f"value={type(value).__name__}, min_value={type(low).__name__}, "
            f"max_value={type(high).__name__}",
            ["value and arguments with matching types"],
        )


def _micros(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _codec(data_type: str, sample: Any) -> tuple[Any, Any]:
    """(value -> number on the wire, number -> value) for this slider's type."""
    if data_type == "int":
        return int, lambda v: int(v)
    if data_type == "float":
        return float, lambda v: float(v)
    tz = getattr(sample, "tzinfo", None)

    def to_wire(value: Any) -> int:
        if data_type == "date":
            value = datetime.combine(value, time())
        elif data_type == "time":
            value = datetime.combine(_TIME_DAY, value)
        return _micros(value.replace(tzinfo=None) - _EPOCH)

    def from_wire(micros: float) -> Any:
        moment = _EPOCH + timedelta(microseconds=int(micros))
        if data_type == "date":
            return moment.date()
        if data_type == "time":
            return moment.time().replace(tzinfo=tz)
        return moment.replace(tzinfo=tz)

    return to_wire, from_wire

