"""Status elements: spinner, progress bar, status container, toasts, balloons and snow.

What shows progress is sent at once (eagerly), not with the next batch: the
script is usually about to block, and the point is to see it meanwhile.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Literal

from streamlit._container import Container, active, container_at
from streamlit._errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from streamlit.elements import _sizing
from streamlit.elements.text import clean_text

if TYPE_CHECKING:
    from streamlit.elements._containers import StatusContainer

__all__ = ["balloons", "progress", "snow", "spinner", "status", "toast"]

_TOAST_DURATIONS = {"short": 4, "long": 10, "infinite": 0}


class spinner:  # noqa: N801 - a context manager named like Streamlit's command
    """Show a spinner with `text` while the ``with`` block runs.

    The target container is taken when ``st.spinner(...)`` is called, so
    ``col.spinner(...)`` spins in ``col``.

    Example:
        >>> with st.spinner("Loading..."):
        ...     time.sleep(2)
    """

    def __init__(
        self,
        text: str = "In progress...",
        *,
        show_time: bool = False,
        _cache: bool = False,
        width: int | Literal["stretch", "content"] = "content",
    ) -> None:
        self._target = active()
        self._text = clean_text(text)
        self._show_time = show_time
        self._width = _sizing.width(width, allow_content=True)
        self._slot: Container | None = None

    def __enter__(self) -> None:
        self._slot = self._target._enqueue(
            "spinner", {"text": self._text, "show_time": self._show_time}, eager=True
        )

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._slot is not None:
            self._slot._enqueue("empty", {})


def progress(
    value: int | float, text: str | None = None, width: Literal["stretch"] | int = "stretch"
) -> Container:
    """Display a progress bar: an int 0-100 or a float 0.0-1.0; update it through the result.

    Example:
        >>> bar = st.progress(0, text="Working...")
        >>> for percent in range(100):
        ...     time.sleep(0.01)
        ...     bar.progress(percent + 1, text="Working...")
        >>> bar.empty()
    """
    props = {"value": _percent(value), "text": _progress_text(text), "width": _sizing.width(width)}
    return active()._enqueue("progress", props, eager=True)


def _percent(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if not 0.0 <= value <= 1.0:
        raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
    return int(value * 100)


def _progress_text(text: object) -> str | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])
    return clean_text(text)


def status(
    label: str,
    *,
    expanded: bool = False,
    state: Literal["running", "complete", "error"] = "running",
    type: Literal["default", "compact", "step"] = "default",  # noqa: A002
    width: Literal["stretch"] | int = "stretch",
) -> StatusContainer:
    """Insert a status container: an expander whose icon shows running, complete or error.

    As a context manager it turns complete when the block ends (error if it raised).

    Example:
        >>> with st.status("Downloading data...", expanded=True) as status:
        ...     st.write("Searching for data...")
        ...     time.sleep(1)
        ...     status.update(label="Download complete!", state="complete")
    """
    from streamlit.elements._containers import STATUS_STATES, StatusContainer

    if type not in ("default", "compact", "step"):
        raise StreamlitValueError("type", [repr(t) for t in ("default", "compact", "step")])
    if state not in STATUS_STATES:
        raise StreamlitValueError("state", [repr(s) for s in STATUS_STATES])
    props = {
        "layout": "expander",
        "label": str(label or ""),
        "expanded": bool(expanded),
        "icon": None,
        "type": type,
        "width": _sizing.width(width),
        "state": state,
        "stateful": False,
    }
    block = active()._enqueue("block", props, eager=True)
    return StatusContainer(block._path, is_block=True, props=props)


def toast(
    body: object,
    *,
    icon: str | None = None,
    duration: Literal["short", "long", "infinite"] | int = "short",
) -> Container:
    """Show a short message in the bottom-right corner, for `duration` (4 s by default).

    Returns a slot: writing another toast to it updates this one.

    Example:
        >>> st.toast("Your edited image was saved!", icon="😍")
    """
    if str(body) == "":
        raise StreamlitMissingRequiredParameterError("body", detail="Please provide a message.")
    if isinstance(duration, str) and duration in _TOAST_DURATIONS:
        seconds = _TOAST_DURATIONS[duration]
    elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        seconds = duration
    else:
        raise StreamlitValueError("duration", ["short", "long", "infinite", "a positive integer"])
    # Toasts float above the page, so they do not take a place in any container.
    target = active() if _is_slot(active()) else container_at("event")
    return target._enqueue(
        "toast", {"body": clean_text(body), "icon": icon, "duration": seconds}, eager=True
    )


def _is_slot(container: Container) -> bool:
    return not container._is_block and container._path.startswith("event.")


def balloons() -> Container:
    """Float celebratory balloons up the screen.

    Example:
        >>> st.balloons()
    """
    return active()._enqueue("balloons", {}, eager=True)


def snow() -> Container:
    """Let snowflakes fall down the screen.

    Example:
        >>> st.snow()
    """
    return active()._enqueue("snow", {}, eager=True)
