"""Built-in charts (line, area, bar, scatter): Vega-Lite specs shaped like Streamlit's.

All four go through one builder, `_chart_spec`: pick the x column (or the
index), the y columns and the colour; melt wide data into long form when
several y columns share the chart; then encode. The chart types differ only
in their mark and a few encoding rules (`_CHART_RULES`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit.elements.data import to_pandas

__all__ = [
    "area_chart",
    "bar_chart",
    "chart_props",
    "line_chart",
    "records",
    "scatter_chart",
    "vega_type",
]

ChartStack = bool | Literal["normalize", "center", "layered"] | None

# Streamlit's names for the columns it generates, so tooltips and exports match.
_INDEX = "index -- streamlit-generated"
_SERIES = "color -- streamlit-generated"
_VALUE = "value -- streamlit-generated"
_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_STACK_VALUES = (None, True, False, "normalize", "center", "layered")
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_CSS_COLOR = re.compile(r"^(?:rgba?|hsla?)\(.*\)$")


def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: int | str = "stretch",
    height: int | str = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a line chart; each column (or each `y`) is one line.

    Example:
        >>> st.line_chart(pd.DataFrame({"a": [1, 3, 2], "b": [2, 1, 4]}))
    """
    spec = _chart_spec("line", data, x, y, x_label, y_label, color)
    return _enqueue_chart(spec, width, height, use_container_width)


def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: ChartStack | str = None,
    width: int | str = "stretch",
    height: int | str = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display an area chart. Areas overlap unless `stack` says otherwise.

    Example:
        >>> st.area_chart(df, x="date", y="count", color="series", stack="center")
    """
    _check_stack(stack)
    # Streamlit keeps its pre-Vega-Lite-5.14 look: overlapping areas by default.
    stack = "layered" if stack is None or stack is False else stack
    spec = _chart_spec("area", data, x, y, x_label, y_label, color, stack=stack)
    return _enqueue_chart(spec, width, height, use_container_width)


def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: ChartStack | str = None,
    width: int | str = "stretch",
    height: int | str = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a bar chart: stacked by default, grouped with ``stack=False``.

    Example:
        >>> st.bar_chart(df, x="year", y="yield", color="site", horizontal=True)
    """
    _check_stack(stack)
    kind = "barh" if horizontal else "bar"
    spec = _chart_spec(kind, data, x, y, x_label, y_label, color, stack=stack, sort=sort)
    return _enqueue_chart(spec, width, height, use_container_width)


def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    width: int | str = "stretch",
    height: int | str = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a scatter chart; `size` is a column name or a number.

    Example:
        >>> st.scatter_chart(df, x="a", y="b", color="group", size="weight")
    """
    spec = _chart_spec("scatter", data, x, y, x_label, y_label, color, size=size)
    return _enqueue_chart(spec, width, height, use_container_width)


# -- the shared builder ---------------------------------------------------------------

_CHART_RULES: dict[str, dict[str, Any]] = {
    "line": {"mark": "line"},
    "area": {"mark": "area"},
    "bar": {"mark": "bar", "discrete": "x"},
    "barh": {"mark": "bar", "discrete": "y"},
    "scatter": {"mark": "circle"},
}


def _chart_spec(
    kind: str,
    data: Any,
    x: str | None,
    y: str | Sequence[str] | None,
    x_label: str | None,
    y_label: str | None,
    color: Any,
    *,
    stack: Any = None,
    sort: bool | str = True,
    size: str | float | None = None,
) -> dict[str, Any]:
    rules = _CHART_RULES[kind]
    df = to_pandas(data)
    df.columns = [str(c) for c in df.columns]
    color_column = color if isinstance(color, str) and color in df.columns else None
    size_column = size if isinstance(size, str) else None
    sort_column = sort.removeprefix("-") if isinstance(sort, str) else None
    named = [None if x is None else str(x), size_column, sort_column]
    _require_columns(df, [c for c in named if c is not None])
    y_columns = None if y is None else [str(c) for c in _as_list(y)]
    _require_columns(df, y_columns or [])
    if x is None:
        df = df.reset_index(names=_INDEX)
        x_field, x_title = _INDEX, x_label or ""
    else:
        x_field, x_title = str(x), x_label if x_label is not None else str(x)
    extra = [c for c in (color_column, size_column, sort_column) if c is not None]
    if y_columns is None:
        y_columns = [c for c in df.columns if c != x_field and c not in extra]
    literal_colors = None if color is None or color_column else _css_colors(color)
    if literal_colors and len(literal_colors) != len(y_columns):
        raise StreamlitAPIException(
            f"The list of colors `{literal_colors}` must have the same length as the list "
            f"of columns to be colored `{y_columns}`."
        )

    keep = list(dict.fromkeys([x_field, *extra]))
    if len(y_columns) == 1:
        y_field = y_columns[0]
        y_title = y_label if y_label is not None else ("" if y is None else y_field)
        df = df[list(dict.fromkeys([*keep, y_field]))]
        series_field = color_column
    else:
        df = df.melt(id_vars=keep, value_vars=y_columns, var_name=_SERIES, value_name=_VALUE)
        y_field, y_title, series_field = _VALUE, y_label or "", _SERIES

    # Grid lines run across the values: horizontal ones, or vertical once swapped for barh.
    x_enc = _axis(df, x_field, x_title, grid=False)
    y_enc = _axis(df, y_field, y_title, grid=True)
    if rules.get("discrete") == "x" and x_enc["type"] != "temporal":
        x_enc["type"] = "ordinal"
    if kind == "barh":
        # A horizontal bar chart swaps the axes: categories down the side.
        x_enc, y_enc = y_enc, x_enc
        if y_enc["type"] != "temporal":
            y_enc["type"] = "ordinal"
    value_enc, category_enc = (x_enc, y_enc) if kind == "barh" else (y_enc, x_enc)
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}

    if stack is not None:
        # "layered" is Vega-Lite's unstacked; for bars, False groups them side by side below.
        value_enc["stack"] = False if stack == "layered" else stack
    if rules["mark"] == "bar" and stack is False and series_field is not None:
        encoding["yOffset" if kind == "barh" else "xOffset"] = {"field": _escape(series_field)}
    if rules["mark"] == "bar":
        if sort is False:
            category_enc["sort"] = None
        elif isinstance(sort, str):
            order = "descending" if sort.startswith("-") else "ascending"
            category_enc["sort"] = {"field": _escape(sort_column), "order": order}

    if series_field is not None:
        encoding["color"] = _color_encoding(df, series_field, literal_colors)
    elif literal_colors:
        encoding["color"] = {"value": literal_colors[0]}
    if series_field is not None and (rules["mark"] == "area" or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    if kind == "scatter":
        encoding["size"] = _size_encoding(size, size_column)

    tooltip_fields = [x_field, y_field, series_field, size_column]
    encoding["tooltip"] = [
        {"field": _escape(f), "type": vega_type(df[f]), "title": _tooltip_title(f)}
        for f in dict.fromkeys(f for f in tooltip_fields if f is not None)
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": records(df)},
        "mark": {"type": rules["mark"]},
        "encoding": encoding,
    }


def _axis(df: Any, field: str, title: str, *, grid: bool) -> dict[str, Any]:
    axis: dict[str, Any] = {"grid": grid}
    if df[field].dtype.kind in "iu":
        # Integer data: no ticks between whole numbers when zoomed in.
        axis["tickMinStep"] = 1
    return {"field": _escape(field), "type": vega_type(df[field]), "title": title, "axis": axis}


def _color_encoding(df: Any, field: str, literal_colors: list[Any] | None) -> dict[str, Any]:
    if literal_colors:
        return {
            "field": _escape(field),
            "type": "nominal",
            "title": " ",
            "legend": _COLOR_LEGEND,
            "scale": {"domain": list(df[field].unique()), "range": literal_colors},
        }
    if field != _SERIES and _all_colors(df[field]):
        # A column of colours colours each point itself, without a legend.
        return {"field": _escape(field), "type": "nominal", "scale": None, "legend": None}
    return {
        "field": _escape(field),
        "type": "nominal" if field == _SERIES else vega_type(df[field]),
        "title": " " if field == _SERIES else field,
        "legend": _COLOR_LEGEND,
    }


def _size_encoding(size: str | float | None, size_column: str | None) -> dict[str, Any]:
    if size_column is not None:
        return {
            "field": _escape(size_column),
            "type": "quantitative",
            "title": size_column,
            "legend": _SIZE_LEGEND,
        }
    if size is None:
        return {"value": 100}
    if isinstance(size, (int, float)):
        return {"value": size}
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {size!r}.")


def _all_colors(column: Any) -> bool:
    values = column.dropna().unique()
    return len(values) > 0 and all(
        isinstance(v, str) and (_HEX_COLOR.match(v) or _CSS_COLOR.match(v)) for v in values
    )


def _check_stack(stack: Any) -> None:
    if stack not in _STACK_VALUES:
        raise StreamlitAPIException(
            f'Invalid value for stack parameter: {stack}. Stack must be one of True, False, '
            '"layered", "normalize", or "center".'
        )


def _enqueue_chart(
    spec: dict[str, Any], width: int | str, height: int | str, use_container_width: bool | None
) -> Container:
    return active()._enqueue("vega_lite", chart_props(spec, width, height, use_container_width))


def chart_props(
    spec: dict[str, Any],
    width: int | str | None,
    height: int | str,
    use_container_width: bool | None,
    theme: str | None = "streamlit",
) -> dict[str, Any]:
    """The `vega_lite` element's props: the spec with pixel sizes, and how to size it."""
    if use_container_width is None:
        use_container_width = width == "stretch" or width is None
    if isinstance(width, int) and not isinstance(width, bool):
        spec["width"] = width
        use_container_width = False
    if isinstance(height, int) and not isinstance(height, bool):
        spec["height"] = height
    return {"spec": spec, "use_container_width": use_container_width, "theme": theme}


def records(df: Any) -> list[dict[str, Any]]:
    """Rows as JSON-safe dicts: dates as ISO text, NaN as null."""
    return json.loads(df.to_json(orient="records", date_format="iso", default_handler=str))


def vega_type(column: Any) -> str:
    kind = column.dtype.kind
    if kind == "M":
        return "temporal"
    if kind in "iufc":
        return "quantitative"
    if str(column.dtype) == "category" and column.cat.ordered:
        return "ordinal"
    return "nominal"


def _css_colors(color: Any) -> list[str]:
    """A colour or a list of them, each as CSS: names and hex as given, (r, g, b[, a]) as rgb()."""
    if _is_rgb(color):
        color = [color]
    return [_css_color(c) for c in _as_list(color)]


def _is_rgb(value: Any) -> bool:
    return (
        isinstance(value, (tuple, list))
        and len(value) in (3, 4)
        and all(isinstance(v, (int, float)) for v in value)
    )


def _css_color(color: Any) -> str:
    if not _is_rgb(color):
        return str(color)
    r, g, b, *a = color
    if all(isinstance(v, float) and v <= 1 for v in (r, g, b)):
        r, g, b = (round(v * 255) for v in (r, g, b))
    return f"rgba({r}, {g}, {b}, {a[0]})" if a else f"rgb({r}, {g}, {b})"


def _as_list(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) or not isinstance(value, Sequence) else list(value)


def _require_columns(df: Any, names: list[str]) -> None:
    for name in names:
        if name not in df.columns:
            available = ", ".join(str(c) for c in df.columns)
            raise StreamlitAPIException(
                f'Data does not have a column named `"{name}"`. '
                f"Available columns are `{available}`"
            )


def _tooltip_title(field: str) -> str:
    return {_INDEX: "index", _SERIES: "color", _VALUE: "value"}.get(field, field)


def _escape(field: str) -> str:
    # Vega-Lite reads "." and "[" in a field name as nested access.
    return (
        str(field).replace("\\", "\\\\").replace(".", "\\.").replace("[", "\\[").replace("]", "\\]")
    )
