"""Streamlit's Plotly template, made plotly's default when plotly is installed, as Streamlit does.

Figures made afterwards (Plotly Express's above all, which writes the template's
colours into each trace) carry placeholder colours, ``#000001`` to ``#000040``; the
page swaps them for the theme's when it draws a chart with ``theme="streamlit"``,
and for plotly's own otherwise (web/elements/plotly-colors.js).
"""

from __future__ import annotations

import importlib.util
from typing import Any

__all__ = ["configure"]

CATEGORICAL = [f"#{n:06d}" for n in range(1, 11)]
SEQUENTIAL = [f"#{n:06d}" for n in range(11, 21)]
DIVERGING = [f"#{n:06d}" for n in range(21, 31)]
INCREASING, DECREASING, TOTAL = "#000032", "#000033", "#000034"
GRAY_70, GRAY_90 = "#000036", "#000037"
BACKGROUND, FADED_TEXT, BACKGROUND_MIX = "#000038", "#000039", "#000040"

_configured = False


def configure() -> None:
    """Register the ``"streamlit"`` template and make it plotly's default; once, and only
    where plotly is installed (importing it is what makes this cost anything)."""
    global _configured
    if _configured or importlib.util.find_spec("plotly") is None:
        return
    _configured = True
    try:
        import plotly.io
    except ImportError:
        return  # a broken install: the app's own import of plotly says what is wrong
    plotly.io.templates["streamlit"] = _template()
    plotly.io.templates.default = "streamlit"


def _scale(colors: list[str]) -> list[list[Any]]:
    return [[i / (len(colors) - 1), color] for i, color in enumerate(colors)]


def _template() -> dict[str, Any]:
    sequential = _scale(SEQUENTIAL)
    return {
        "data": {
            **{kind: [{"colorscale": sequential}] for kind in ("contour", "contourcarpet", "heatmap", "histogram2d")},
            "candlestick": [{"increasing": {"line": {"color": INCREASING}}, "decreasing": {"line": {"color": DECREASING}}}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": GRAY_70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [
                {
                    "cells": {"fill": {"color": BACKGROUND}, "font": {"color": GRAY_90}, "line": {"color": FADED_TEXT}},
                    "header": {"fill": {"color": BACKGROUND_MIX}, "font": {"color": GRAY_70}, "line": {"color": FADED_TEXT}},
                }
            ],
            "waterfall": [
                {
                    "increasing": {"marker": {"color": INCREASING}},
                    "decreasing": {"marker": {"color": DECREASING}},
                    "totals": {"marker": {"color": TOTAL}},
                    "connector": {"line": {"color": GRAY_70, "width": 2}},
                }
            ],
        },
        "layout": {
            "colorway": CATEGORICAL,
            "colorscale": {"sequential": sequential, "sequentialminus": sequential, "diverging": _scale(DIVERGING)},
            "coloraxis": {"colorscale": sequential},
        },
    }
