"""Diagrams from text: st.graphviz_chart (DOT, drawn by Graphviz compiled to wasm) and
st.mermaid_chart (a fenced ``mermaid`` markdown block, as Streamlit sends it)."""

from __future__ import annotations

import re
from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitInvalidParameterTypeError
from streamlit._types import is_type
from streamlit.elements import _sizing
from streamlit.elements.text import markdown

__all__ = ["graphviz_chart", "is_graphviz_graph", "mermaid_chart", "normalize_alt"]

_GRAPHVIZ_TYPES = (
    "graphviz.Graph",
    "graphviz.Digraph",
    "graphviz.Source",
)
# Streamlit marks `alt` in the diagram source with a Mermaid comment, which every diagram type accepts.
_ALT_MARKER = "%% stAlt: "
_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)


def graphviz_chart(
    figure_or_dot: Any,
    use_container_width: bool | None = None,
    *,
    width: int | str = "content",
    height: int | str = "content",
    alt: str | None = None,
) -> Container:
    """Display a graph: a ``graphviz.Graph``/``Digraph``/``Source`` or a DOT string.

    Example:
        >>> st.graphviz_chart("digraph { run -> intr; intr -> runbl; runbl -> run }")
    """
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    spec, engine = _dot_source(figure_or_dot)
    return active()._enqueue(
        "graphviz_chart",
        {
            "spec": spec,
            "engine": engine,
            "width": _sizing.width(width, allow_content=True),
            "height": _sizing.height(height, allow_content=True),
            "alt": normalize_alt(alt),
        },
    )


def is_graphviz_graph(value: Any) -> bool:
    """A ``graphviz.Graph``, ``Digraph`` or ``Source``, by its class name (for ``st.write``)."""
    return any(is_type(value, name) for name in _GRAPHVIZ_TYPES)


def _dot_source(figure_or_dot: Any) -> tuple[str, str]:
    """The DOT text and layout engine. The graphviz package is not in Pyodide, so a
    graph object is also recognized by its ``source`` text (an object from a vendored copy)."""
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    source = getattr(figure_or_dot, "source", None)
    if is_graphviz_graph(figure_or_dot) or isinstance(source, str):
        return str(source), str(getattr(figure_or_dot, "engine", None) or "dot")
    raise StreamlitInvalidParameterTypeError(
        "figure_or_dot",
        type(figure_or_dot).__name__,
        ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"],
    )


def mermaid_chart(body: str, *, width: int | str = "stretch", alt: str | None = None) -> Container:
    """Display a Mermaid diagram (flowchart, sequence, class, state, ER, gantt, ...).

    Example:
        >>> st.mermaid_chart("graph LR\\n  A[Start] --> B{Decision}", alt="A decision")
    """
    _sizing.width(width, allow_content=True)
    text = str(body)
    normalized = normalize_alt(alt)
    if normalized is not None:
        text = _with_alt(text, normalized)
    # The fence is longer than any run of backticks in the body, so it cannot be closed early.
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(4, longest + 1)
    return markdown(f"{fence}mermaid\n{text}\n{fence}")


def normalize_alt(alt: object) -> str | None:
    """As Streamlit: an empty or blank `alt` is no `alt`; otherwise it is stripped."""
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


def _with_alt(body: str, alt: str) -> str:
    """The body with one ``%% stAlt:`` line just before the diagram type (after any
    comments, ``%%{init}%%`` directives and YAML front matter, which must come first)."""
    lines = _ALT_LINE.sub("", body).splitlines(keepends=True)
    at = _diagram_type_line(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"{_ALT_MARKER}{' '.join(alt.split())}\n")
    return "".join(lines)


def _diagram_type_line(lines: list[str]) -> int:
    at = 0
    while at < len(lines):
        line = lines[at].strip()
        if line.startswith("%%{"):
            while at < len(lines) and "}%%" not in lines[at]:
                at += 1
        elif line == "---":
            at += 1
            while at < len(lines) and lines[at].strip() != "---":
                at += 1
        elif line and not line.startswith("%%"):
            return at
        at += 1
    return at
