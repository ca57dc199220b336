"""st.metric: a big number with its change, coloured and with an arrow."""

from __future__ import annotations

import decimal
import textwrap
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitInvalidParameterTypeError, StreamlitValueError

__all__ = ["metric"]

_NAMED_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
_DELTA_COLORS = ("normal", "inverse", "off", *_NAMED_COLORS)
_DELTA_ARROWS = ("auto", "up", "down", "off")
_CHART_TYPES = ("line", "bar", "area")
_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def metric(
    label: str,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    border: bool = False,
    width: int | str = "stretch",
    height: int | str = "content",
    chart_data: Any = None,
    chart_type: Literal["line", "bar", "area"] = "line",
    delta_arrow: Literal["auto", "up", "down", "off"] = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> Container:
    """Display a metric: a label, a big value and how much it changed.

    A positive `delta` is green with an up arrow, a negative one red with a
    down arrow; ``delta_color="inverse"`` swaps the colours, ``"off"`` greys them.

    Example:
        >>> st.metric("Temperature", "70 °F", "1.2 °F")
    """
    if delta_color not in _DELTA_COLORS:
        raise StreamlitValueError("delta_color", [repr(c) for c in _DELTA_COLORS])
    if delta_arrow not in _DELTA_ARROWS:
        raise StreamlitValueError("delta_arrow", [repr(a) for a in _DELTA_ARROWS])
    if chart_type not in _CHART_TYPES:
        raise StreamlitValueError("chart_type", [repr(c) for c in _CHART_TYPES])
    if label_visibility not in _LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", [repr(v) for v in _LABEL_VISIBILITIES])
    delta_text = _delta_text(delta)
    direction = _direction(delta, delta_text)
    return active()._enqueue(
        "metric",
        {
            "label": str(label),
            "value": _value_text(value),
            "number": _number(value),
            "delta": delta_text,
            "delta_number": _number(delta),
            "direction": direction,
            "color": _color(delta_color, direction),
            "delta_arrow": delta_arrow,
            "help": help,
            "icon": icon,
            "label_visibility": label_visibility,
            "border": bool(border),
            "chart_data": _chart_values(chart_data),
            "chart_type": chart_type,
            "format": format,
            "delta_description": delta_description,
        },
    )


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return _number_text(value, "value")


def _delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    if isinstance(delta, str):
        return textwrap.dedent(delta)
    return _number_text(delta, "delta")


def _number_text(value: Any, parameter: str) -> str:
    if hasattr(value, "item") and not isinstance(value, (int, float)):
        value = value.item()  # numpy scalars
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StreamlitInvalidParameterTypeError(
            parameter, type(value).__name__, ["int", "float", "Decimal", "NumPy number"]
        )
    return str(value)


def _number(value: Any) -> float | None:
    """The raw number, so the page can apply `format`; None for text."""
    if hasattr(value, "item") and not isinstance(value, (int, float, str)):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _direction(delta: Any, delta_text: str) -> str:
    if delta_text == "":
        return "none"
    if (delta_text.strip() == "0") if isinstance(delta, str) else delta == 0:
        return "none"
    return "down" if delta_text.lstrip().startswith("-") else "up"


def _color(delta_color: str, direction: str) -> str:
    if delta_color in _NAMED_COLORS:
        return "gray" if delta_color == "grey" else delta_color
    if direction == "none" or delta_color == "off":
        return "gray"
    good = direction == "up" if delta_color == "normal" else direction == "down"
    return "green" if good else "red"


def _chart_values(chart_data: Any) -> list[float] | None:
    if chart_data is None:
        return None
    if hasattr(chart_data, "to_numpy"):
        chart_data = chart_data.to_numpy().ravel().tolist()
    elif hasattr(chart_data, "tolist"):
        chart_data = chart_data.tolist()
    values = []
    for v in chart_data:
        try:
            values.append(float(v))
        except (TypeError, ValueError):
            continue
    return values
