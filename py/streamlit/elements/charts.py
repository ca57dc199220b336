"""Built-in charts, as Vega-Lite specs shaped like the ones Streamlit builds."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException
from streamlit.elements.data import to_pandas

__all__ = ["line_chart"]

# Streamlit's names for the columns it generates, so tooltips and exports match.
_INDEX = "index -- streamlit-generated"
_SERIES = "color -- streamlit-generated"
_VALUE = "value -- streamlit-generated"


def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: str | Sequence[str] | None = None,
    width: int | None = None,
    height: int | None = None,
    use_container_width: bool = True,
) -> Container:
    """Display a line chart; each column (or each `y`) is one line.

    Example:
        >>> st.line_chart(pd.DataFrame({"a": [1, 3, 2], "b": [2, 1, 4]}))
    """
    df = to_pandas(data)
    if x is None:
        df = df.reset_index(names=_INDEX)
        x_field, x_title = _INDEX, x_label or ""
    else:
        _require_columns(df, [x])
        x_field, x_title = x, x_label if x_label is not None else x

    color_column = color if isinstance(color, str) and color in df.columns else None
    literal_colors = None if color is None or color_column else _as_list(color)
    if y is None:
        y_columns = [c for c in df.columns if c not in (x_field, color_column)]
    else:
        y_columns = _as_list(y)
        _require_columns(df, y_columns)

    if len(y_columns) == 1:
        y_field = y_columns[0]
        y_title = y_label if y_label is not None else ("" if y is None else y_field)
        df = df[[x_field, y_field] + ([color_column] if color_column else [])]
        series_field = color_column
    else:
        df = df.melt(id_vars=[x_field], value_vars=y_columns, var_name=_SERIES, value_name=_VALUE)
        y_field, y_title, series_field = _VALUE, y_label or "", _SERIES

    encoding: dict[str, Any] = {
        "x": {
            "field": _escape(x_field),
            "type": _vega_type(df[x_field]),
            "title": x_title,
            "axis": {"grid": False},
        },
        "y": {
            "field": _escape(y_field),
            "type": "quantitative",
            "title": y_title,
            "axis": {"grid": True},
        },
        "tooltip": [
            {"field": _escape(f), "type": _vega_type(df[f]), "title": _tooltip_title(f)}
            for f in (x_field, y_field, series_field)
            if f is not None
        ],
    }
    mark: dict[str, Any] = {"type": "line"}
    if series_field is not None:
        encoding["color"] = {
            "field": _escape(series_field),
            "type": "nominal",
            "title": " " if series_field == _SERIES else series_field,
            "legend": {"orient": "bottom", "titlePadding": 5, "offset": 5},
        }
        if literal_colors:
            encoding["color"]["scale"] = {"range": literal_colors}
    elif literal_colors:
        mark["color"] = literal_colors[0]

    spec: dict[str, Any] = {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": json.loads(df.to_json(orient="records", date_format="iso"))},
        "mark": mark,
        "encoding": encoding,
    }
    if width is not None:
        spec["width"] = width
    if height is not None:
        spec["height"] = height
    return active()._enqueue(
        "vega_lite", {"spec": spec, "use_container_width": use_container_width and width is None}
    )


def _as_list(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _require_columns(df: Any, names: list[str]) -> None:
    for name in names:
        if name not in df.columns:
            raise StreamlitAPIException(f"Data does not have a column named `{name}`.")


def _vega_type(column: Any) -> str:
    kind = column.dtype.kind
    if kind == "M":
        return "temporal"
    if kind in "iufc":
        return "quantitative"
    return "nominal"


def _tooltip_title(field: str) -> str:
    return {_INDEX: "index", _SERIES: "color", _VALUE: "value"}.get(field, field)


def _escape(field: str) -> str:
    # Vega-Lite reads "." and "[" in a field name as nested access.
    return (
        str(field).replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")
    )
