"""The containers some layout and status commands return: a DeltaGenerator with a little more.

Imported lazily by those commands: this module needs DeltaGenerator, which
itself imports every command module.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal

from streamlit import _container, _protocol
from streamlit._delta_generator import DeltaGenerator
from streamlit._errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)

__all__ = ["ExpanderContainer", "GridContainer", "PopoverContainer", "SkeletonPlaceholder", "StatusContainer", "TabContainer"]

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


class GridContainer(DeltaGenerator):
    """st.grid's container: each element written to it is a cell; ``cell()`` groups or spans."""

    def __init__(self, path: str, *, is_block: bool, columns: int | str = "auto") -> None:
        super().__init__(path, is_block=is_block)
        self._declared_columns = columns

    def __enter__(self) -> GridContainer:  # type: ignore[override]
        super().__enter__()
        return self

    def cell(self, *, column_span: int | Literal["all"] = 1, row_span: int = 1) -> DeltaGenerator:
        """The next cell, as a container: several elements in one cell, or a cell spanning tracks.

        Example:
            >>> grid = st.grid(3)
            >>> with grid.cell(column_span="all"):
            ...     st.markdown("**Featured**")
        """
        if column_span != "all":
            if isinstance(column_span, str):
                raise StreamlitValueError("column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}.")
            if isinstance(column_span, bool) or not isinstance(column_span, int):
                raise StreamlitInvalidParameterTypeError("column_span", type(column_span).__name__, ["int", '"all"'])
            if column_span < 1:
                raise StreamlitValueError("column_span", ['"all"', "a positive integer"], detail=f"Got {column_span!r}.")
            declared = self._declared_columns
            if isinstance(declared, int) and column_span > declared:
                raise StreamlitValueOutOfRangeError("column_span", column_span, 1, declared)
        if isinstance(row_span, bool) or not isinstance(row_span, int):
            raise StreamlitInvalidParameterTypeError("row_span", type(row_span).__name__, ["int"])
        if row_span < 1:
            raise StreamlitValueError("row_span", ["a positive integer"], detail=f"Got {row_span!r}.")
        return self._enqueue("block", {"layout": "grid_cell", "column_span": column_span, "row_span": row_span})


class SkeletonPlaceholder:
    """What st.skeleton returns: a slot showing a loading skeleton until something replaces it.

    Commands called on it (``placeholder.dataframe(df)``) replace the skeleton. As a
    context manager the skeleton shows while the block runs (the page waits half a
    second first, so quick blocks show none) and is cleared when it ends; what the
    block writes goes to the enclosing container, as with st.spinner. (So it is not
    a DeltaGenerator, whose ``with`` would make it the target.)
    """

    def __init__(self, slot: DeltaGenerator, props: dict[str, Any]) -> None:
        self._slot = slot
        self._props = props

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return getattr(self._slot, name)

    def __repr__(self) -> str:
        return f"SkeletonPlaceholder(path={self._slot._path!r})"

    def __enter__(self) -> SkeletonPlaceholder:
        self._slot._enqueue("skeleton", {**self._props, "delay": 0.5})
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        self._slot._enqueue("empty", {})
        return False
