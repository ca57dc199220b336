"""Status elements shown while work runs: the spinner."""

from __future__ import annotations

from types import TracebackType

from streamlit._container import Container, active
from streamlit.elements.text import clean_text

__all__ = ["spinner"]


class spinner:  # noqa: N801 - a context manager named like Streamlit's command
    """Show a spinner with `text` while the ``with`` block runs.

    The target container is taken when ``st.spinner(...)`` is called, so
    ``col.spinner(...)`` spins in ``col``.

    Example:
        >>> with st.spinner("Loading..."):
        ...     time.sleep(2)
    """

    def __init__(self, text: str = "In progress...", *, show_time: bool = False) -> None:
        self._target = active()
        self._text = clean_text(text)
        self._show_time = show_time
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
