"""st.map and st.pydeck_chart, drawn without map tiles.

Streamlit draws maps with deck.gl over tiles from a tile server; an offline
page reaches none. Points are drawn instead on a plain Mercator projection
(Vega-Lite) over a latitude/longitude grid, and the element says so.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException
from streamlit.elements.charts import records
from streamlit.elements.data import to_pandas
from streamlit.elements.selection import ignored_selection

__all__ = ["map", "pydeck_chart"]

_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_POINT_COLOR = "rgba(255, 75, 75, 0.8)"  # Streamlit's primary colour
_POINT_SIZE = 120
_NOTE = "Map tiles are unavailable offline: points are drawn on a plain projection."
_POSITION_ACCESSORS = ("getPosition", "getSourcePosition", "getCoordinates")


def map(  # noqa: A001 - Streamlit's name
    data: Any = None,
    *,
    latitude: str | None = None,
    longitude: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    zoom: int | None = None,
    width: int | str = "stretch",
    height: int | str = 500,
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display points on a map: one per row, from its latitude and longitude columns.

    Columns named ``lat``/``latitude`` and ``lon``/``longitude`` are found by
    themselves. `color` and `size` are a value or a column.

    Example:
        >>> st.map(pd.DataFrame({"lat": [37.76, 37.77], "lon": [-122.4, -122.41]}))
    """
    df = to_pandas(data)
    points: list[dict[str, Any]] = []
    color_field = size_field = None
    if len(df.columns):
        lat = _position_column(df, "latitude", latitude, _LAT_NAMES)
        lon = _position_column(df, "longitude", longitude, _LON_NAMES)
        color_field = color if isinstance(color, str) and color in df.columns else None
        size_field = size if isinstance(size, str) and size in df.columns else None
        shown = df[[c for c in dict.fromkeys([lat, lon, color_field, size_field]) if c]]
        points = [
            {"lon": row[lon], "lat": row[lat], **_extras(row, color_field, size_field)}
            for row in records(shown)
        ]
    spec = _map_spec(
        points,
        color=None if color_field else _css_color(color) or _POINT_COLOR,
        color_field="color" if color_field else None,
        size=None if size_field else _POINT_SIZE,
        size_field="size" if size_field else None,
    )
    return active()._enqueue("map", _props(spec, width, height, use_container_width))


def pydeck_chart(
    pydeck_obj: Any = None,
    *,
    width: int | str = "stretch",
    use_container_width: bool | None = None,
    height: int | str = 500,
    selection_mode: str = "single-object",
    on_select: Any = "ignore",
    key: str | int | None = None,
    alt: str | None = None,
) -> Any:
    """Display a pydeck chart's point layers (scatterplot, hexagon, heatmap, column...).

    Layers without point positions (paths, polygons) are not drawn.

    Example:
        >>> layer = pdk.Layer("ScatterplotLayer", df, get_position="[lon, lat]")
        >>> st.pydeck_chart(pdk.Deck(layers=[layer]))
    """
    deck = json.loads(pydeck_obj.to_json()) if pydeck_obj is not None else {}
    points: list[dict[str, Any]] = []
    for layer_index, layer in enumerate(deck.get("layers") or []):
        points += [{**p, "layer": layer_index} for p in _layer_points(layer)]
    spec = _map_spec(points, color=_POINT_COLOR, color_field=None, size=_POINT_SIZE, size_field=None)
    container = active()._enqueue("map", _props(spec, width, height, use_container_width))
    return ignored_selection(on_select, container, {"selection": {"indices": {}, "objects": {}}})


def _props(
    spec: dict[str, Any], width: int | str, height: int | str, use_container_width: bool | None
) -> dict[str, Any]:
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if isinstance(height, int) and not isinstance(height, bool):
        spec["height"] = height
    if isinstance(width, int) and not isinstance(width, bool):
        spec["width"] = width
    return {"spec": spec, "use_container_width": width == "stretch", "note": _NOTE}


def _map_spec(
    points: list[dict[str, Any]],
    *,
    color: str | None,
    color_field: str | None,
    size: float | None,
    size_field: str | None,
) -> dict[str, Any]:
    west, south, east, north = _extent(points)
    step = _nice_step(max(east - west, north - south) / 6)
    encoding: dict[str, Any] = {
        "longitude": {"field": "lon", "type": "quantitative"},
        "latitude": {"field": "lat", "type": "quantitative"},
        "tooltip": [
            {"field": "lat", "type": "quantitative", "title": "latitude"},
            {"field": "lon", "type": "quantitative", "title": "longitude"},
        ],
    }
    encoding["color"] = (
        {"field": color_field, "type": "nominal", "scale": None}
        if color_field
        else {"value": color}
    )
    encoding["size"] = (
        {"field": size_field, "type": "quantitative", "legend": None}
        if size_field
        else {"value": size}
    )
    land = {
        "type": "Feature",
        "geometry": {
            "type": "Polygon",
            # Clockwise, as d3-geo reads an exterior ring; the other way round is the rest of the globe.
            "coordinates": [[[west, south], [west, north], [east, north], [east, south], [west, south]]],
        },
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "projection": {"type": "mercator"},
        "layer": [
            {
                "data": {"values": [land]},
                "mark": {"type": "geoshape", "fill": "#eef1f5", "stroke": None},
            },
            {
                # The grid spans the points' extent, so the projection fits the points.
                "data": {
                    "graticule": {
                        "extent": [[west, south], [east, north]],
                        "step": [step, step],
                    }
                },
                "mark": {"type": "geoshape", "filled": False, "strokeWidth": 0.5},
                "encoding": {"stroke": {"value": "#a3a8b8"}, "strokeOpacity": {"value": 0.5}},
            },
            {"data": {"values": points}, "mark": {"type": "circle"}, "encoding": encoding},
        ],
    }


def _extent(points: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    lons = [p["lon"] for p in points if isinstance(p.get("lon"), (int, float))]
    lats = [p["lat"] for p in points if isinstance(p.get("lat"), (int, float))]
    if not lons or not lats:
        return -180.0, -60.0, 180.0, 75.0  # no points: the world
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(east - west, north - south, 0.01) * 0.1
    return (
        max(west - pad, -180.0),
        max(south - pad, -85.0),
        min(east + pad, 180.0),
        min(north + pad, 85.0),
    )


def _nice_step(rough: float) -> float:
    magnitude = 10 ** math.floor(math.log10(max(rough, 1e-6)))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)


def _position_column(df: Any, name: str, given: str | None, defaults: tuple[str, ...]) -> str:
    if isinstance(given, str) and given in df.columns:
        column = given
    else:
        column = next((c for c in defaults if c in df.columns), None)
        if column is None:
            allowed = ", ".join(repr(c) for c in sorted(defaults))
            existing = ", ".join(repr(c) for c in df.columns)
            raise StreamlitAPIException(
                f"Map data must contain a {name} column named: {allowed}. "
                f"Existing columns: {existing}"
            )
    if any(df[column].isna().array):
        raise StreamlitAPIException(
            f"Column {column} is not allowed to contain null values, such as NaN, NaT, or None."
        )
    return column


def _extras(row: dict[str, Any], color_field: str | None, size_field: str | None) -> dict[str, Any]:
    extras = {}
    if color_field:
        extras["color"] = _css_color(row[color_field])
    if size_field:
        extras["size"] = row[size_field]
    return extras


def _css_color(color: Any) -> str | None:
    """Streamlit's map colours: CSS text, or [r, g, b(, a)] with alpha 0-255 or 0-1."""
    if color is None or isinstance(color, str):
        return color
    r, g, b, *rest = color
    if any(isinstance(v, float) and v <= 1 for v in (r, g, b)) and max(r, g, b) <= 1:
        r, g, b = (round(v * 255) for v in (r, g, b))
    alpha = rest[0] if rest else 1
    alpha = alpha / 255 if alpha > 1 else alpha
    return f"rgba({r}, {g}, {b}, {alpha:.3g})"


def _layer_points(layer: dict[str, Any]) -> list[dict[str, Any]]:
    """A deck.gl layer's points, from its data rows and position accessor."""
    data = layer.get("data")
    if not isinstance(data, list):
        return []
    accessor = next((layer[a] for a in _POSITION_ACCESSORS if a in layer), None)
    position = _position_getter(accessor)
    points = []
    for row in data:
        try:
            lon, lat = position(row)[:2]
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        if isinstance(lon, (int, float)) and isinstance(lat, (int, float)):
            points.append({"lon": lon, "lat": lat})
    return points


def _position_getter(accessor: Any) -> Any:
    """`"@@=[lon, lat]"` reads two fields, `"@@=coordinates"` one field holding [lon, lat]."""
    expression = accessor[3:] if isinstance(accessor, str) and accessor.startswith("@@=") else accessor
    if isinstance(expression, str):
        pair = re.fullmatch(r"\s*\[\s*([\w.]+)\s*,\s*([\w.]+)\s*\]\s*", expression)
        if pair:
            lon, lat = pair.groups()
            return lambda row: [row[lon], row[lat]]
        name = expression.strip()
        return lambda row: row[name]
    return lambda row: row.get("position") or row.get("coordinates") or [row["lon"], row["lat"]]
