"""st.plotly_chart: a Plotly figure as JSON, drawn by plotly.js (loaded on first use)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._types import is_type
from streamlit.elements.selection import ignored_selection

__all__ = ["plotly_chart"]


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
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    container = active()._enqueue(
        "plotly_chart",
        {
            "figure": _figure_json(figure_or_data),
            "config": config or {},
            "theme": theme,
            "width": width if isinstance(width, int) and not isinstance(width, bool) else None,
            "height": height if isinstance(height, int) and not isinstance(height, bool) else None,
            "use_container_width": width == "stretch",
        },
    )
    return ignored_selection(
        on_select, container, {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    )


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
