"""The containers some layout and status commands return: a DeltaGenerator with a little more.

Imported lazily by those commands: this module needs DeltaGenerator, which
itself imports every command module.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal

from streamlit import _container, _protocol
from streamlit._delta_generator import DeltaGenerator
from streamlit._errors import StreamlitValueError

__all__ = ["ExpanderContainer", "PopoverContainer", "StatusContainer", "TabContainer"]

StatusState = Literal["running", "complete", "error"]
STATUS_STATES = ("running", "complete", "error")


class ExpanderContainer(DeltaGenerator):
    """st.expander's container; ``open`` is whether it is open (None unless it has ``on_change``)."""

    open: bool | None = None


class TabContainer(DeltaGenerator):
    """One tab of st.tabs; ``open`` is whether it is the open tab (None unless stateful)."""

    open: bool | None = None


class PopoverContainer(DeltaGenerator):
    """st.popover's container; ``open`` is whether it is open (None unless it has ``on_change``)."""

    open: bool | None = None


class StatusContainer(DeltaGenerator):
    """st.status's container: an expander with a state icon, updated with ``update()``.

    Used as a context manager, it turns complete when the block ends (error if it
    raised), unless the script set another state meanwhile.
    """

    def __init__(self, path: str, *, is_block: bool, props: dict[str, Any] | None = None) -> None:
        super().__init__(path, is_block=is_block)
        self._props = dict(props or {})

    def update(
        self,
        *,
        label: str | None = None,
        expanded: bool | None = None,
        state: StatusState | None = None,
    ) -> None:
        """Change the label, whether it is expanded, or the state ("running", "complete", "error").

        Example:
            >>> status = st.status("Downloading data...")
            >>> status.update(label="Download complete!", state="complete", expanded=False)
        """
        if state is not None and state not in STATUS_STATES:
            raise StreamlitValueError("state", [repr(s) for s in STATUS_STATES])
        changes = {"label": label, "expanded": expanded, "state": state}
        self._props.update({k: v for k, v in changes.items() if v is not None})
        # `expanded` only applies when given: the visitor may have opened or closed it.
        props = {**self._props, "expanded": expanded}
        _container.current_page().update(self._path, _protocol.element("block", props))

    def __enter__(self) -> StatusContainer:  # type: ignore[override]
        super().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if self._props.get("state") == "running":
            self.update(state="error" if exc_type is not None else "complete")
        super().__exit__(exc_type, exc, tb)
        return False
