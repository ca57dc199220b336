"""st.date_input, st.time_input and st.datetime_input.

On the wire a date is ``"YYYY-MM-DD"``, a time ``"HH:MM"`` (``"HH:MM:SS"`` when
the step has seconds) and a datetime ``"YYYY-MM-DDTHH:MM"``: local, naive
values, exactly as the script gives and gets them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from streamlit._session_state import get_session_state

__all__ = ["date_input", "datetime_input", "time_input"]

DateScalar = date | datetime | str | Literal["today"] | None
DateValue = DateScalar | Sequence[DateScalar]
DateTimeValue = datetime | date | time | str | Literal["now"] | None
TimeValue = time | datetime | str | Literal["now"]

_FORMATS = (
    "YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY",
    "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY",
)  # fmt: skip
_DAY_START = time(0, 0)
_DAY_END = time(23, 59)
_FIFTEEN_MINUTES = timedelta(minutes=15)


def date_input(
    label: str,
    value: DateValue = "today",
    min_value: DateScalar = None,
    max_value: DateScalar = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> date | tuple[date, ...] | None:
    """Display a date field with a calendar; a list or tuple `value` makes it a range.

    Returns a date, a tuple of 0 to 2 dates for a range, or None for ``value=None``
    until one is picked. Without bounds, the calendar spans ten years either side.

    Example:
        >>> start, end = st.date_input("Trip", (date(2025, 1, 1), date(2025, 1, 7)))
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    id_value: Any = (
        None if value == "today"
        else [_date_for_id(v) for v in value] if _is_sequence(value)
        else _date_for_id(value)  # type: ignore[arg-type]
    )  # fmt: skip
    widget_id = _widgets.widget_id(
        "date_input",
        user_key,
        key_as_main_identity={"format"},
        label=label,
        value=id_value,
        min_value=_date_for_id(min_value),
        max_value=_date_for_id(max_value),
        help=help,
        format=format,
        width=width,
        required=required,
    )
    if not isinstance(format, str):
        raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
    if format not in _FORMATS:
        raise StreamlitValueError(
            "format", [repr(f) for f in _FORMATS], detail=f"Provided value: {format!r}."
        )
    state = get_session_state()
    if value == "today" and user_key is not None and user_key in state:
        value = state[user_key]
    dates, is_range = _parse_dates(value)
    low = _date(min_value, "min_value") if min_value is not None else _years(
        dates[0] if dates else date.today(), -10
    )
    high = _date(max_value, "max_value") if max_value is not None else _years(
        dates[-1] if dates else date.today(), 10
    )
    if value == "today" and dates:
        dates = [min(max(dates[0], low), high)]
    if low > high:
        raise StreamlitInvalidMinMaxError(low, high)
    if dates and dates[0] < low:
        raise StreamlitValueBelowMinError(dates[0], low)
    if dates and dates[-1] > high:
        raise StreamlitValueAboveMaxError(dates[-1], high)
    default = dates

    def shape(picked: list[date] | None) -> Any:
        if not picked:
            return () if is_range else None
        return tuple(picked) if is_range else picked[0]

    def deserialize(ui: Any) -> Any:
        if ui is None:
            return shape(default)
        try:
            picked = [_from_iso_date(v) for v in ui]
        except (TypeError, ValueError):
            return shape(default)
        if len(picked) > (2 if is_range else 1) or any(not low <= d <= high for d in picked):
            return shape(default)
        return shape(sorted(picked))

    def serialize(current: Any) -> list[str]:
        if current is None:
            return []
        values = list(current) if isinstance(current, (list, tuple)) else [current]
        return [_to_date(v).isoformat() for v in values]

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
        url=_binding.strings(clearable=not default),
    )
    if (min_value is not None or max_value is not None) and any(
        not low <= _to_date(v) <= high for v in _as_dates(current)
    ):
        current = shape(default)
        if user_key is not None:
            state.reset_state_value(user_key, current)
    active()._enqueue(
        "date_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=[d.isoformat() for d in default or []],
            is_range=is_range,
            min=low.isoformat(),
            max=high.isoformat(),
            format=format,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]


def time_input(
    label: str,
    value: TimeValue | None = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    step: int | timedelta = _FIFTEEN_MINUTES,
    format: Literal["12h", "24h", "localized"] = "24h",
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> time | None:
    """Display a time field; its list offers times `step` apart (15 minutes by default).

    Example:
        >>> t = st.time_input("Set an alarm", time(8, 45))
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    parsed = None if value is None else _time(value)
    step_seconds = (
        int(step.total_seconds()) if isinstance(step, timedelta)
        else step if isinstance(step, int) and not isinstance(step, bool) else 0
    )  # fmt: skip
    if parsed is not None and step_seconds > 0 and step_seconds % 60 == 0:
        parsed = parsed.replace(second=0, microsecond=0)
    widget_id = _widgets.widget_id(
        "time_input",
        user_key,
        key_as_main_identity={"step"},
        label=label,
        value=parsed if isinstance(value, (datetime, time)) else value,
        help=help,
        step=step,
        width=width,
        required=required,
    )
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        parsed = None
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    if not 1 <= step_seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError(
            "step", f"{step_seconds} seconds", "1 second", "23 hours"
        )
    if format not in ("12h", "24h", "localized"):
        raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
    wire = "%H:%M:%S" if step_seconds % 60 else "%H:%M"
    default = parsed

    def deserialize(ui: Any) -> time | None:
        if ui is None:
            return default
        if ui == "":
            return None
        for pattern in ("%H:%M:%S", "%H:%M"):
            try:
                chosen = datetime.strptime(str(ui), pattern).time()
            except ValueError:
                continue
            return chosen.replace(second=0) if step_seconds % 60 == 0 else chosen
        return default

    def serialize(current: Any) -> str | None:
        if current is None:
            return None
        return (current.time() if isinstance(current, datetime) else current).strftime(wire)

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
        url=_binding.text(clearable=default is None),
    )
    active()._enqueue(
        "time_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=serialize(default),
            step=step_seconds,
            format=format,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]


def datetime_input(
    label: str,
    value: DateTimeValue = "now",
    min_value: DateTimeValue = None,
    max_value: DateTimeValue = None,
    *,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    format: str = "YYYY/MM/DD",
    step: int | timedelta = _FIFTEEN_MINUTES,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> datetime | None:
    """Display a date and time field; returns a naive datetime (to the minute), or None.

    Example:
        >>> when = st.datetime_input("Meeting", datetime(2025, 3, 1, 9, 30))
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    parsed = None if value is None else _datetime(value, date.today(), _DAY_START)
    base = parsed.date() if parsed is not None else date.today()
    low = (
        datetime.combine(_years(base, -10), _DAY_START) if min_value is None
        else _datetime(min_value, base, _DAY_START)
    )  # fmt: skip
    high = (
        datetime.combine(_years(base, 10), _DAY_END) if max_value is None
        else _datetime(max_value, base, _DAY_END)
    )  # fmt: skip
    if low > high:
        raise StreamlitInvalidMinMaxError(low, high)
    if parsed is not None and parsed < low:
        raise StreamlitValueBelowMinError(parsed, low)
    if parsed is not None and parsed > high:
        raise StreamlitValueAboveMaxError(parsed, high)
    widget_id = _widgets.widget_id(
        "date_time_input",
        user_key,
        key_as_main_identity={"format", "step"},
        label=label,
        value=_iso_minute(parsed) if isinstance(value, (datetime, date, time)) else value,
        min_value=_iso_minute(low),
        max_value=_iso_minute(high),
        help=help,
        format=format,
        step=step,
        width=width,
        required=required,
    )
    if not isinstance(format, str):
        raise StreamlitInvalidParameterTypeError("format", type(format).__name__, ["str"])
    if format not in _FORMATS:
        raise StreamlitValueError(
            "format", [repr(f) for f in _FORMATS], detail=f"Provided value: {format!r}."
        )
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitInvalidParameterTypeError("step", type(step).__name__, ["int", "timedelta"])
    step_seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= step_seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError(
            "step", f"{step_seconds} seconds", "60 seconds", "23 hours"
        )
    state = get_session_state()
    default = parsed
    if user_key is not None and user_key in state and state[user_key] is None:
        default = None

    def deserialize(ui: Any) -> datetime | None:
        if ui is None:
            return default
        if not ui:
            return None
        try:
            chosen = datetime.strptime(str(ui[0]), "%Y-%m-%dT%H:%M")
        except (TypeError, ValueError):
            return default
        return chosen if low <= chosen <= high else default

    def serialize(current: Any) -> list[str]:
        return [] if current is None else [_iso_minute(current)]

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
        url=_binding.strings(clearable=default is None),
    )
    if (
        current is not None
        and (min_value is not None or max_value is not None)
        and not low <= current <= high
    ):
        current = parsed
        if user_key is not None:
            state.reset_state_value(user_key, current)
    active()._enqueue(
        "datetime_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=serialize(default),
            min=_iso_minute(low),
            max=_iso_minute(high),
            format=format,
            step=step_seconds,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]


# -- parsing, as Streamlit accepts values ------------------------------------------


def _is_sequence(value: object) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str)


def _date_for_id(value: object) -> str | None:
    if value == "today" or value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (date, datetime)):
        return _to_date(value).isoformat()
    return None


def _to_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _as_dates(current: Any) -> list[date]:
    if current is None:
        return []
    return list(current) if isinstance(current, (list, tuple)) else [current]


def _date(value: object, parameter: str = "value") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value == "today":
        return date.today()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    expected = ["date", "datetime", "ISO string"]
    raise StreamlitInvalidParameterTypeError(
        parameter,
        type(value).__name__,
        expected + (['"today"'] if parameter == "value" else ["None"]),
    )


def _parse_dates(value: object) -> tuple[list[date] | None, bool]:
    if value is None:
        return None, False
    if not _is_sequence(value):
        return [_date(value)], False
    values = list(value)  # type: ignore[call-overload]
    if len(values) > 2:
        raise StreamlitInvalidParameterTypeError(
            "value",
            type(value).__name__,
            ["date", "datetime", "sequence of 0 to 2 date or datetime values"],
        )
    return [_date(v) for v in values], True


def _from_iso_date(text: object) -> date:
    for pattern in ("%Y-%m-%d", "%Y/%m/%d"):
        try:
            return datetime.strptime(str(text), pattern).date()
        except ValueError:
            continue
    raise ValueError(f"Unable to parse date: {text}")


def _years(day: date, years: int) -> date:
    year = day.year + years
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=year, day=28)


def _time(value: object) -> time:
    if value == "now":
        return datetime.now().time().replace(microsecond=0)
    if isinstance(value, str):
        for parse in (time.fromisoformat, lambda v: datetime.fromisoformat(v).time()):
            try:
                return parse(value).replace(microsecond=0)
            except ValueError:
                continue
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "time", "ISO string"]
    )


def _minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _datetime(value: object, fallback_date: date, fallback_time: time) -> datetime:
    if value == "now":
        return _minute(datetime.now())
    if isinstance(value, datetime):
        return _minute(value)
    if isinstance(value, date):
        return datetime.combine(value, fallback_time)
    if isinstance(value, time):
        return datetime.combine(fallback_date, value.replace(second=0, microsecond=0, tzinfo=None))
    if isinstance(value, str):
        text = value.strip()
        try:
            return _minute(datetime.fromisoformat(text))
        except ValueError:
            pass
        for pattern in ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S"):
            try:
                return _minute(datetime.strptime(text, pattern))
            except ValueError:
                continue
        try:
            return datetime.combine(date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return datetime.combine(fallback_date, time.fromisoformat(text).replace(second=0))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"']
    )


def _iso_minute(value: datetime | None) -> str | None:
    return None if value is None else _minute(value).strftime("%Y-%m-%dT%H:%M")

