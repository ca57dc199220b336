"""st.skeleton: an animated placeholder that holds a place while content loads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from streamlit._container import active
from streamlit.elements import _sizing

if TYPE_CHECKING:
    from streamlit.elements._containers import SkeletonPlaceholder

__all__ = ["skeleton"]


def skeleton(
    height: int | Literal["stretch"] | None = None,
    *,
    width: int | Literal["stretch"] = "stretch",
) -> SkeletonPlaceholder:
    """Show a loading skeleton; replace it through the result, or use it as a context manager.

    `height` None is a widget's height; pixels; or ``"stretch"`` (the parent's height).

    Example:
        >>> slot = st.skeleton(height=200)
        >>> slot.dataframe(load_data())
        >>> with st.skeleton():
        ...     result = slow_computation()
    """
    from streamlit.elements._containers import SkeletonPlaceholder

    props = {
        "height": None if height is None else _sizing.height(height),
        "width": _sizing.width(width),
        "delay": 0,
    }
    slot = active()._enqueue("skeleton", props)
    return SkeletonPlaceholder(slot, props)
