"""st.plotly_chart: a Plotly figure as JSON, drawn by plotly.js (loaded on first use).

With ``on_select`` the chart is a widget: the page sends what plotly.js
selected (a click, a box or a lasso) as
``{"selection": {"points": [...], "point_indices": [...], "box": [...], "lasso": [...]}}``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._types import is_type
from streamlit.elements.diagrams import normalize_alt
from streamlit.elements.selection import (
    ReadOnlyAttributeDictionary,
    check_on_select,
    plain_selection,
    sent_selection,
)

__all__ = ["PlotlySelectionState", "PlotlyState", "plotly_chart"]

_SELECTION_MODES = ("box", "lasso", "points")
_EMPTY_SELECTION: dict[str, list[Any]] = {"points": [], "point_indices": [], "box": [], "lasso": []}


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """``points``, ``point_indices``, ``box`` and ``lasso`` of a Plotly chart's selection."""


class PlotlyState(ReadOnlyAttributeDictionary):
    """What ``st.plotly_chart(..., on_select="rerun")`` returns: ``event.selection.points`` and co."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return PlotlySelectionState(item) if key == "selection" else item


def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: int | str = "stretch",
    height: int | str = "content",
    theme: Literal["streamlit"] | None = "streamlit",
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> Any:
    """Display a Plotly figure (a ``plotly.graph_objects.Figure``, a dict or a list of traces).

    Example:
        >>> fig = px.scatter(df, x="a", y="b")
        >>> st.plotly_chart(fig)
    """
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", ["'streamlit'", "None"])
    on_select_callback = check_on_select(on_select)
    user_key = _widgets.to_key(key)
    if on_select != "ignore":
        _widgets.check_writes_allowed(user_key)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    props = {
        "figure": _figure_json(figure_or_data),
        "config": config or {},
        "theme": theme,
        "width": width if isinstance(width, int) and not isinstance(width, bool) else None,
        "height": height if isinstance(height, int) and not isinstance(height, bool) else None,
        "use_container_width": width == "stretch",
        "alt": normalize_alt(alt),
    }
    # As in Streamlit, every Plotly chart has an id, so a repeated key or an identical
    # chart raises; only a chart with `on_select` is a widget on the page.
    widget_id = _widgets.widget_id(
        "plotly_chart",
        user_key,
        key_as_main_identity=False,
        figure=hashlib.blake2b(props["figure"].encode(), digest_size=16).hexdigest(),
        config=json.dumps(props["config"], sort_keys=True, default=str),
        selection_mode=selection_mode,
        is_selection_activated=on_select != "ignore",
        theme=theme,
        width=width,
        height=height,
        alt=props["alt"],
    )
    if on_select == "ignore":
        return active()._enqueue("plotly_chart", props)

    modes = _selection_modes(selection_mode)
    state = _widgets.register(
        widget_id,
        user_key,
        deserialize=_selection_state,
        serialize=lambda value: plain_selection(_selection_state(value)),
        on_change=on_select_callback,
        args=None,
        kwargs=None,
        disabled=False,
    )
    state = _selection_state(state)
    active()._enqueue(
        "plotly_chart", {**props, "selection_mode": modes, "value": plain_selection(state)}, widget_id
    )
    return state


def _selection_modes(selection_mode: str | Iterable[str]) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{mode}'" for mode in _SELECTION_MODES])
    return sorted(modes)


def _selection_state(value: Any) -> PlotlyState:
    """The page's (or an earlier run's) selection; empty lists until the reader selects."""
    return PlotlyState({"selection": {**_EMPTY_SELECTION, **sent_selection(value)}})


def _figure_json(figure: Any) -> str:
    """The figure as Plotly's JSON text: ``{"data": [...], "layout": {...}}``."""
    if is_type(figure, "plotly.BaseFigure") or is_type(figure, "plotly.Figure"):
        import plotly.io

        return str(plotly.io.to_json(figure, validate=False))
    if is_type(figure, "matplotlib.Figure"):
        import plotly.io
        import plotly.tools

        return str(plotly.io.to_json(plotly.tools.mpl_to_plotly(figure), validate=False))
    if isinstance(figure, list):
        figure = {"data": figure}
    if isinstance(figure, dict) and ("data" in figure or "layout" in figure):
        return json.dumps(figure, default=_to_json)
    raise StreamlitAPIException(
        f"`st.plotly_chart` expects a Plotly figure, a dict or a list of traces, "
        f"not {type(figure).__name__}."
    )


def _to_json(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy arrays and pandas columns
        return value.tolist()
    if hasattr(value, "to_plotly_json"):  # graph objects inside a dict
        return value.to_plotly_json()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
