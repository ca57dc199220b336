"""Layout: containers, columns and placeholders."""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral, Real
from typing import Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitInvalidColumnSpecError, StreamlitValueError

__all__ = ["columns", "container", "empty"]

Gap = Literal["small", "medium", "large"]
_GAPS = ("small", "medium", "large")


def container(*, border: bool | None = None) -> Container:
    """Insert a container; elements added to it later still appear at its place.

    Example:
        >>> box = st.container(border=True)
        >>> st.write("below the box")
        >>> box.write("inside the box")
    """
    return active()._enqueue(
        "block", {"layout": "vertical", "weight": None, "gap": None, "border": bool(border)}
    )


def columns(
    spec: int | Sequence[float], *, gap: Gap = "small", border: bool = False
) -> list[Container]:
    """Insert side-by-side columns: `spec` is a count or a list of relative widths.

    Example:
        >>> left, right = st.columns([2, 1])
        >>> left.write("wide")
        >>> with right:
        ...     st.write("narrow")
    """
    weights = _weights(spec)
    if gap not in _GAPS:
        raise StreamlitValueError("gap", [repr(g) for g in _GAPS])
    row = active()._enqueue(
        "block", {"layout": "horizontal", "weight": None, "gap": gap, "border": False}
    )
    total = sum(weights)
    return [
        row._enqueue(
            "block", {"layout": "column", "weight": w / total, "gap": gap, "border": border}
        )
        for w in weights
    ]


def _weights(spec: int | Sequence[float]) -> list[float]:
    if isinstance(spec, Integral) and not isinstance(spec, bool):
        if spec < 1:
            raise StreamlitInvalidColumnSpecError()
        return [1.0] * int(spec)
    if (
        isinstance(spec, Sequence)
        and spec
        and all(isinstance(w, Real) and not isinstance(w, bool) and w > 0 for w in spec)
    ):
        return [float(w) for w in spec]
    raise StreamlitInvalidColumnSpecError()


def empty() -> Container:
    """Insert a single-element placeholder: each write replaces what it shows.

    Example:
        >>> slot = st.empty()
        >>> for i in range(3):
        ...     slot.write(i)
        ...     time.sleep(0.1)
        >>> slot.empty()
    """
    return active()._enqueue("empty", {})
