"""st.write: show anything, choosing the element by the argument's type, as Streamlit does."""

from __future__ import annotations

import dataclasses
import inspect
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, ValuesView
from io import StringIO
from typing import Any

from streamlit._session_state import SessionStateProxy
from streamlit._types import is_dataframe_like, is_type
from streamlit.elements import text
from streamlit.elements.data import dataframe
from streamlit.elements.diagrams import graphviz_chart, is_graphviz_graph
from streamlit.elements.exception import exception
from streamlit.elements.help import help
from streamlit.elements.html import html
from streamlit.elements.maps import pydeck_chart
from streamlit.elements.plotly_chart import plotly_chart
from streamlit.elements.pyplot import pyplot
from streamlit.elements.stream import StreamingOutput, write_stream
from streamlit.elements.vega_charts import altair_chart

__all__ = ["write"]

_JSON_TYPES = (
    dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap, UserList,
    ItemsView, KeysView, ValuesView, SessionStateProxy,
)  # fmt: skip
_HELP_TYPES = (
    types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType,
    types.MethodType, types.ModuleType,
)  # fmt: skip
_MEMORY_ADDRESS = re.compile(r"^<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+>$")


def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Write arguments to the app, each in the way that suits its type.

    Consecutive strings and plain values (numbers, None, tuples...) share one
    markdown paragraph, values as inline code; dicts and lists become JSON,
    DataFrames tables, exceptions error boxes, figures charts, generators streams.

    Example:
        >>> st.write(x, "squared is", x * x)
    """
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            text.markdown(" ".join(paragraph), unsafe_allow_html=unsafe_allow_html)
            paragraph.clear()

    for arg in args:
        if isinstance(arg, str):
            paragraph.append(arg)
            continue
        if isinstance(arg, StreamingOutput):
            flush_paragraph()
            for item in arg:
                if callable(item):
                    item()
                else:
                    write(item, unsafe_allow_html=unsafe_allow_html)
        elif isinstance(arg, StringIO):
            flush_paragraph()
            text.markdown(arg.getvalue(), unsafe_allow_html=unsafe_allow_html)
        elif isinstance(arg, BaseException):
            flush_paragraph()
            exception(arg)
        elif is_dataframe_like(arg):
            flush_paragraph()
            dataframe(arg)
        elif _is_altair_chart(arg):
            flush_paragraph()
            altair_chart(arg)
        elif is_type(arg, "matplotlib.Figure"):
            flush_paragraph()
            pyplot(arg)
        elif is_type(arg, "plotly.BaseFigure"):
            flush_paragraph()
            plotly_chart(arg)
        elif is_graphviz_graph(arg):
            flush_paragraph()
            graphviz_chart(arg)
        elif is_type(arg, "sympy.Expr"):
            flush_paragraph()
            text.latex(arg)
        elif _is_stream(arg):
            flush_paragraph()
            write_stream(arg)
        elif isinstance(arg, _JSON_TYPES) or _is_namedtuple(arg):
            flush_paragraph()
            text.json(arg)
        elif is_type(arg, "pydeck.Deck"):
            flush_paragraph()
            pydeck_chart(arg)
        elif isinstance(arg, _HELP_TYPES) or inspect.isclass(arg) or _is_dataclass_instance(arg):
            flush_paragraph()
            help(arg)
        elif unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
            flush_paragraph()
            html(arg._repr_html_())
        elif callable(getattr(arg, "to_pandas", None)):
            flush_paragraph()
            dataframe(arg)
        else:
            shown = str(arg)
            if _MEMORY_ADDRESS.match(shown):
                flush_paragraph()
                help(arg)
            else:
                paragraph.append(_inline_code(shown))
    flush_paragraph()


def _inline_code(shown: str) -> str:
    # A fence one backtick longer than any run inside the text cannot be closed early.
    longest = max((len(run) for run in re.findall(r"`+", shown)), default=0)
    if "\n" in shown:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{shown}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{shown}{fence}"


def _is_namedtuple(value: object) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_fields")


def _is_dataclass_instance(value: object) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _is_stream(value: object) -> bool:
    return (
        inspect.isgenerator(value)
        or inspect.isgeneratorfunction(value)
        or inspect.isasyncgen(value)
        or inspect.isasyncgenfunction(value)
        or is_type(value, "openai.Stream")
    )


def _is_altair_chart(value: object) -> bool:
    return any(
        is_type(value, f"altair.{name}")
        for name in ("Chart", "LayerChart", "HConcatChart", "VConcatChart", "ConcatChart",
                     "FacetChart", "RepeatChart")
    )  # fmt: skip
