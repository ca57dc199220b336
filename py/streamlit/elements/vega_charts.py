"""st.vega_lite_chart and st.altair_chart: the script's own Vega-Lite spec, data inlined.

Altair is never imported here unless the script passed an Altair chart, so it
is no dependency of the shim.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterable
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._types import is_dataframe_like
from streamlit.elements.charts import chart_props, records
from streamlit.elements.data import to_pandas
from streamlit.elements.selection import ignored_selection

__all__ = ["altair_chart", "vega_lite_chart"]

_THEMES = ("streamlit", None)


def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: int | str | None = None,
    height: int | str = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a chart from a Vega-Lite spec; `data` (or DataFrames inside the spec) is inlined.

    Example:
        >>> st.vega_lite_chart(df, {"mark": "circle", "encoding": {
        ...     "x": {"field": "a", "type": "quantitative"},
        ...     "y": {"field": "b", "type": "quantitative"}}})
    """
    if spec is None and isinstance(data, dict):
        data, spec = None, data
    if not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    spec = _inline_data(copy.copy(spec), data)
    return _show(spec, width, height, use_container_width, theme, on_select)


def altair_chart(
    altair_chart: Any,
    *,
    width: int | str | None = None,
    height: int | str = "content",
    use_container_width: bool | None = None,
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] | None = None,
    alt: str | None = None,
) -> Any:
    """Display an Altair chart (its ``to_dict()`` spec, with no row limit).

    Example:
        >>> chart = alt.Chart(df).mark_circle().encode(x="a", y="b", color="c")
        >>> st.altair_chart(chart)
    """
    spec = _altair_spec(altair_chart)
    return _show(spec, width, height, use_container_width, theme, on_select)


def _altair_spec(chart: Any) -> dict[str, Any]:
    # The chart's own Altair (a script that made an Altair chart has imported it).
    altair = sys.modules.get("altair")
    transformers = getattr(altair, "data_transformers", None)
    if transformers is None or not hasattr(transformers, "disable_max_rows"):
        return dict(chart.to_dict())
    # Streamlit lifts Altair's 5000-row limit: the data never leaves the machine.
    with transformers.disable_max_rows():
        return dict(chart.to_dict())


def _show(
    spec: dict[str, Any],
    width: int | str | None,
    height: int | str,
    use_container_width: bool | None,
    theme: str | None,
    on_select: Any,
) -> Any:
    if theme not in _THEMES:
        raise StreamlitValueError("theme", ['"streamlit"', "None"])
    if width is None and use_container_width is None:
        # Streamlit's default: a spec that names its width keeps it; others fill the column.
        use_container_width = not isinstance(spec.get("width"), (int, float))
    container = active()._enqueue(
        "vega_lite", chart_props(spec, width, height, use_container_width, theme)
    )
    return ignored_selection(on_select, container, {"selection": {}})


def _inline_data(spec: dict[str, Any], data: Any) -> dict[str, Any]:
    """`data`, and DataFrames in the spec's `data` and `datasets`, as inline values."""
    if data is not None:
        spec["data"] = {"values": records(to_pandas(data))}
    elif isinstance(spec.get("data"), dict) and _is_data(spec["data"].get("values")):
        spec["data"] = {**spec["data"], "values": records(to_pandas(spec["data"]["values"]))}
    elif _is_data(spec.get("data")):
        spec["data"] = {"values": records(to_pandas(spec["data"]))}
    if isinstance(spec.get("datasets"), dict):
        spec["datasets"] = {
            name: records(to_pandas(values)) if _is_data(values) else values
            for name, values in spec["datasets"].items()
        }
    return spec


def _is_data(value: Any) -> bool:
    return is_dataframe_like(value) or (
        isinstance(value, list) and bool(value) and not isinstance(value[0], dict)
    )
