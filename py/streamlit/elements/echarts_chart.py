"""st.echarts_chart: an Apache ECharts option object, drawn by ECharts (loaded on first use).

With ``on_select`` the chart is a widget: the page sends the points and brush
areas selected, and the script sees them as Streamlit returns them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from streamlit._types import is_dataframe_like
from streamlit.elements import _sizing
from streamlit.elements.diagrams import normalize_alt
from streamlit.elements.selection import ReadOnlyAttributeDictionary, check_on_select, sent_selection

__all__ = ["EChartsSelectionState", "EChartsState", "echarts_chart"]

# An option has no size of its own: "content" means these (Streamlit's defaults), or a pyecharts chart's own size.
_CONTENT_WIDTH = 700
_CONTENT_HEIGHT = 350
# pyecharts sets these when the author chose no size.
_PYECHARTS_WIDTH = "900px"
_PYECHARTS_HEIGHT = "500px"

# ECharts draws nothing for these (the GL extension and others are not shipped), so they are refused here.
_GL_SERIES = frozenset(
    {"bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D", "polygons3D",
     "scatter3D", "scatterGL", "surface"}
)  # fmt: skip
_GL_COMPONENTS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE = "--x_x--"  # how pyecharts' JsCode wraps JavaScript


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """``selected``: ``[{series_index, series_id, series_name, data_type, data_indices}]``;
    ``areas``: ``[{brush_index, brush_type, coord_range}]``."""


class EChartsState(ReadOnlyAttributeDictionary):
    """What ``st.echarts_chart(..., on_select="rerun")`` returns: ``event.selection.selected`` and co."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        return EChartsSelectionState(item) if key == "selection" else super().__getitem__(key)


def echarts_chart(
    spec: Any,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Literal["rerun", "ignore"] | Callable[..., None] = "ignore",
    renderer: Literal["canvas", "svg"] = "canvas",
    alt: str | None = None,
) -> Any:
    """Display an Apache ECharts chart: an option dict, its JSON text, or a pyecharts chart.

    A dataframe in ``dataset.source`` is sent as rows, its columns named in
    ``dataset.dimensions``. JavaScript callbacks cannot be sent.

    Example:
        >>> st.echarts_chart({
        ...     "xAxis": {"type": "category", "data": ["A", "B", "C"]},
        ...     "yAxis": {"type": "value"},
        ...     "series": [{"type": "bar", "data": [5, 20, 36]}],
        ... })
    """
    _sizing.width(width, allow_content=True)
    _sizing.height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    if renderer not in ("canvas", "svg"):
        raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
    on_select_callback = check_on_select(on_select)
    selecting = on_select != "ignore"
    option = _normalized(spec)
    props: dict[str, Any] = {
        "spec": _serialized(option),
        "theme": theme,
        "renderer": renderer,
        "width": _content_size(width, getattr(spec, "width", None), _PYECHARTS_WIDTH, _CONTENT_WIDTH),
        "height": _content_size(height, getattr(spec, "height", None), _PYECHARTS_HEIGHT, _CONTENT_HEIGHT),
        "alt": normalize_alt(alt),
        "selection": selecting,
        "value": None,
    }
    user_key = _widgets.to_key(key)
    if not selecting:
        if user_key is not None:  # a key is still the chart's identity: a second chart with it raises
            _widgets.widget_id("echarts_chart", user_key, key_as_main_identity=True)
        return active()._enqueue("echarts_chart", props)

    widget_id = _widgets.widget_id(
        "echarts_chart",
        user_key,
        key_as_main_identity={"selection"},
        spec=props["spec"],
        theme=theme,
        renderer=renderer,
        width=width,
        height=height,
        selection=True,
        alt=props["alt"],
    )
    state = _widgets.register(
        widget_id,
        user_key,
        deserialize=_state,
        serialize=_plain,
        on_change=on_select_callback,
        args=None,
        kwargs=None,
        disabled=False,
    )
    state = _state(state)
    active()._enqueue("echarts_chart", {**props, "value": _plain(state)}, widget_id)
    return state


def _state(value: Any) -> EChartsState:
    """The selection the page sent (or none), as Streamlit's state object."""
    selection = sent_selection(value)
    return EChartsState(
        {"selection": {"selected": list(selection.get("selected") or []), "areas": list(selection.get("areas") or [])}}
    )


def _plain(state: Any) -> dict[str, Any]:
    return {"selection": json.loads(json.dumps(dict.__getitem__(_state(state), "selection")))}


# ── the option ────────────────────────────────────────────────────────────────


def _normalized(spec: Any) -> dict[str, Any]:
    """The option as a dict the user's object does not share, checked and with dataframes as rows."""
    if isinstance(spec, str):
        option = _loads(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):  # a pyecharts chart
        option = _loads(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise StreamlitAPIException(
            f"Invalid `spec` type. Expected one of: dict. Provided type: {type(option).__name__}. "
            "An ECharts spec must be a JSON object (mapping)."
        )
    _check_features(option)
    for variant in _variants(option):
        dataset = variant.get("dataset")
        for entry in dataset if isinstance(dataset, (list, tuple)) else [dataset]:
            if isinstance(entry, dict) and is_dataframe_like(entry.get("source")):
                _rows_in_place(entry)
    return option


def _js_callback_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), "
        "which `st.echarts_chart` does not support. Only JSON-compatible option objects are supported. "
        "Use ECharts string-template formatters instead of JavaScript functions."
    )


def _loads(text: str) -> Any:
    try:
        option = json.loads(text)
    except ValueError as error:
        rest = text[getattr(error, "pos", 0):]
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise _js_callback_error() from error
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        ) from error
    if _has_jscode(option):
        raise _js_callback_error()
    return option


def _has_jscode(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip()
        return text.startswith(_JSCODE) and text.endswith(_JSCODE) and len(text) > 2 * len(_JSCODE)
    if isinstance(value, dict):
        return any(_has_jscode(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(item) for item in value)
    return False


def _copy(value: Any) -> Any:
    """Copies the dicts and lists of dicts that get changed; dataframes are converted, not copied."""
    if isinstance(value, dict):
        return {k: v if k == "source" and is_dataframe_like(v) else _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(item, dict) for item in value):
        return [_copy(item) for item in value]
    return value


def _variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and its responsive (``media``) and timeline (``baseOption``, ``options``) variants."""
    def with_media(variant: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield variant
        for entry in _list(variant.get("media"), "media"):
            if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
                yield entry["option"]

    yield from with_media(option)
    if isinstance(option.get("baseOption"), dict):
        yield from with_media(option["baseOption"])
    for entry in _list(option.get("options"), "options"):
        if isinstance(entry, dict):
            yield from with_media(entry)


def _list(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise StreamlitAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    return list(value)


def _entries(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, (list, tuple)) else [value]
    return [item for item in items if isinstance(item, dict)]


def _check_features(option: dict[str, Any]) -> None:
    variants = list(_variants(option))
    series = [entry for variant in variants for entry in _entries(variant.get("series"))]
    components = sorted(name for variant in variants for name in _GL_COMPONENTS & variant.keys())
    if components:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{components[0]}` component, which requires the ECharts GL "
            "extension. `st.echarts_chart` does not support 3D or WebGL charts."
        )
    uses_geo = any("geo" in variant for variant in variants)
    for entry in series:
        kind = entry.get("type")
        if kind in _GL_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the ECharts GL extension. "
                "`st.echarts_chart` does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in _EXTENSION_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{_EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles only core ECharts, "
                "so this chart would render empty."
            )
        if kind == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript `renderItem` "
                "callback. `st.echarts_chart` only supports JSON-compatible option objects, so custom series "
                "are not supported."
            )
        uses_geo = uses_geo or kind == "map" or entry.get("coordinateSystem") == "geo"
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires registering "
            "GeoJSON map data. `st.echarts_chart` does not support map charts."
        )


def _rows_in_place(dataset: dict[str, Any]) -> None:
    """A dataframe ``source`` becomes rows, its column order kept in ``dimensions``."""
    from streamlit.elements.data import to_pandas

    frame = to_pandas(dataset["source"])
    dataset.setdefault("dimensions", [str(column) for column in frame.columns])
    dataset["source"] = json.loads(frame.to_json(orient="values", date_format="iso", default_handler=str))


def _serialized(option: dict[str, Any]) -> str:
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:
        found = _unserializable(option, "")
        detail = f" `{found[0]}` is {_described(found[1])}." if found else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` only supports "
            "JSON-compatible option objects. Pass chart data as a dataframe in `dataset.source`, which converts "
            "datetimes, NumPy values, and missing values automatically. Values anywhere else (for example "
            "`series.data`) must already be plain Python values such as `int`, `float`, `str`, `None`, lists, "
            "and dicts."
        ) from error


def _unserializable(value: Any, path: str) -> tuple[str, Any] | None:
    """The path and value of the first value JSON refuses, if one is to blame."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        items: Any = ((f"{path}.{k}" if path else str(k), v) for k, v in value.items())
    elif isinstance(value, (list, tuple)):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(value))
    else:
        return path, value
    for item_path, item in items:
        found = _unserializable(item, item_path)
        if found:
            return found
    return None


def _described(value: Any) -> str:
    if isinstance(value, float):
        name = "NaN" if math.isnan(value) else repr(value)
        return f"`{name}`. Use `None` for missing or non-finite numbers"
    cls = type(value)
    module = cls.__module__.partition(".")[0]
    name = cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
    if is_dataframe_like(value):
        return f"a `{name}`. Only `dataset.source` accepts dataframes and arrays, so pass the data there"
    if hasattr(value, "isoformat"):
        return f"a `{name}`. Convert it with `.isoformat()`"
    if module == "numpy" and hasattr(value, "item"):
        return f"a `{name}`. Convert it with `int()`, `float()`, or `bool()`"
    if callable(value):
        return f'a `{name}`. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"a `{name}`. Convert it to a plain Python value"


def _content_size(value: int | str, chart_size: Any, pyecharts_default: str, content: int) -> int | str:
    """``"content"`` resolved as Streamlit does: a pyecharts chart's own pixels or 100%, else the default."""
    if value != "content":
        return value
    if isinstance(chart_size, (int, float)) and not isinstance(chart_size, bool) and chart_size > 0:
        return int(chart_size)
    if isinstance(chart_size, str) and chart_size.strip() != pyecharts_default:
        text = chart_size.strip()
        if text == "100%":
            return "stretch"
        match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", text)
        if match and float(match.group(1)) >= 1:
            return int(float(match.group(1)))
    return content
