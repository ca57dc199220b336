"""Durations as Streamlit accepts them: seconds, a timedelta, or a string such as ``"1h23s"``."""

from __future__ import annotations

import datetime
import re

from streamlit._errors import StreamlitAPIException

__all__ = ["bad_duration", "to_seconds"]

_UNITS = {
    **dict.fromkeys(("d", "day", "days"), 86400.0),
    **dict.fromkeys(("h", "hr", "hour", "hours"), 3600.0),
    **dict.fromkeys(("m", "t", "min", "mins", "minute", "minutes"), 60.0),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("ms", "milli", "millis", "millisecond", "milliseconds"), 0.001),
}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]+)")


def to_seconds(value: object) -> float:
    """Seconds in `value`: a number, a ``timedelta``, or a string of number-unit pairs.

    Raises ValueError for anything else.

    Example:
        >>> to_seconds("1h23s")
        3623.0
    """
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str) and value.strip() and not _PART.sub("", value).strip():
        parts = _PART.findall(value)
        if all(unit.lower() in _UNITS for _, unit in parts):
            return sum(float(n) * _UNITS[unit.lower()] for n, unit in parts)
    raise ValueError(f"not a duration: {value!r}")


def bad_duration(text: str) -> StreamlitAPIException:
    """Streamlit's error for a duration string it cannot read, to raise."""
    return StreamlitAPIException(
        "Time string doesn't look right. It should be formatted as `'1d2h34m'` or "
        f"`2 days`, for example. Got: {text}"
    )
