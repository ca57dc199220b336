"""Sizes for layout commands, validated as Streamlit does and sent to the page as is.

The page maps the named sizes to rem (see web/elements/layout.js): gaps
``xxsmall``..``xxlarge`` are 0.25, 0.5, 1, 2, 4, 6 and 8 rem; a number is pixels.
"""

from __future__ import annotations

from typing import Any, Literal

from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidWidthError,
    StreamlitValueError,
)

__all__ = ["Gap", "Height", "Width", "gap", "height", "space_size", "width"]

Width = int | Literal["stretch", "content"]
Height = int | Literal["stretch", "content"]
Gap = int | Literal["xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge"]

_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def _positive_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def width(value: object, *, allow_content: bool = False) -> int | str:
    """``"stretch"``, ``"content"`` (if allowed) or a positive number of pixels."""
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if (isinstance(value, str) and value in allowed) or _positive_int(value):
        return value  # type: ignore[return-value]
    raise StreamlitInvalidWidthError(value, allow_content)


def height(value: object, *, allow_content: bool = False) -> int | str:
    """``"stretch"``, ``"content"`` (if allowed) or a positive number of pixels."""
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if (isinstance(value, str) and value in allowed) or _positive_int(value):
        return value  # type: ignore[return-value]
    valid = (
        "a positive integer (pixels), 'stretch', or 'content'"
        if allow_content
        else "a positive integer (pixels) or 'stretch'"
    )
    raise StreamlitAPIException(
        f"Invalid height value: {value!r}. Height must be either {valid}."
    )


def gap(value: object) -> Any:
    """A named gap, pixels (an int ≥ 0), or None for no gap."""
    if value is None or (isinstance(value, str) and value in _SIZES):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise StreamlitValueError(
        "gap",
        [*(repr(s) for s in _SIZES), "a non-negative integer", "None"],
        detail=f"Got {value!r}.",
    )


def space_size(value: object) -> int | str:
    if (isinstance(value, str) and value in ("stretch", *_SIZES)) or _positive_int(value):
        return value  # type: ignore[return-value]
    raise StreamlitValueError(
        "size",
        [*(f"'{s}'" for s in ("stretch", *_SIZES)), "a positive integer"],
        detail=f"Got {value!r}.",
    )
