"""Containers, the cursor, and the page this run's elements are sent to.

A container is either a *block* (a root, a column, ``st.container``, an expander...),
whose next element goes at ``block.<count>``, or a *slot* (``st.empty()`` or any
element's return value), whose next element replaces the element at its path.

Roots: ``main``, ``sidebar``, ``bottom`` (``st.bottom``, where a chat input pins
itself) and ``event`` (toasts and dialogs, which float above the page).

While a fragment runs, its writes to a block outside its own go into a wrapper
block it owns there (made on first write in a full run), so a fragment rerun can
clear and redraw exactly what the fragment drew, wherever it drew it.

The page buffers deltas and flushes them while the script runs: at most every
16 ms, at once for eager elements (spinners, slot updates: animations), before
``time.sleep``, and at the end of the run.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, TypeVar

from streamlit import _protocol
from streamlit._errors import StreamlitAPIException, StreamlitInvalidLayoutContextError

__all__ = [
    "Container",
    "Emit",
    "FragmentScope",
    "Page",
    "ROOTS",
    "active",
    "begin",
    "check_not_parallel",
    "clear_transient",
    "container_at",
    "current_page",
    "flush",
    "plain_block",
    "set_main_root",
]

Emit = Callable[[str, list[bytes]], None]
ContainerT = TypeVar("ContainerT", bound="Container")

_FLUSH_INTERVAL = 0.016
ROOTS = ("main", "sidebar", "bottom", "event")
# Each element in `event` has one owner, so a fragment writes there directly.
_EVENT_ROOT = "event"


def plain_block(fragment_id: str | None = None) -> dict[str, Any]:
    """Props of a vertical block with no chrome (``st.container()``'s defaults)."""
    return {
        "layout": "vertical",
        "border": False,
        "width": "stretch",
        "height": "content",
        "horizontal": False,
        "horizontal_alignment": "left",
        "vertical_alignment": "top",
        "gap": "small",
        "wrap": True,
        "autoscroll": None,
        "key": None,
        "fragment": fragment_id,
        "run_every": None,
    }


class FragmentScope:
    """Where a running fragment writes: its own block, and one wrapper per outside block.

    `outside` maps an outside block's path to the wrapper the fragment drew
    there. A full run makes wrappers as the fragment first writes outside; a
    fragment rerun (`rerun`) reuses them and cannot make new ones, since the
    rest of the page is not being redrawn. A `parallel` fragment in a full run
    writes only inside its own block, as in Streamlit, where it runs on a thread.
    """

    def __init__(
        self, fragment_id: str, path: str, outside: dict[str, str], *, rerun: bool, parallel: bool = False
    ) -> None:
        self.fragment_id = fragment_id
        self.path = path
        self.outside = outside
        self.rerun = rerun
        self.parallel = parallel

    def owns(self, block: str) -> bool:
        return any(_within(block, p) for p in (self.path, *self.outside.values()))


def _within(path: str, ancestor: str) -> bool:
    return path == ancestor or path.startswith(ancestor + ".")


class Page:
    """One run's view of the page: child counts per block, and unsent deltas."""

    def __init__(
        self, run_id: int, emit: Emit | None, blocks: dict[str, int] | None = None
    ) -> None:
        """`blocks`: the blocks this run may write to and their first free index; all roots if None."""
        self.run_id = run_id
        self._emit = emit
        self._pending: list[_protocol.Delta] = []
        self._last_flush = time.monotonic()
        self.blocks: dict[str, int] = dict(blocks) if blocks else dict.fromkeys(ROOTS, 0)
        self.scopes: list[FragmentScope] = []

    def restart(self, blocks: dict[str, int] | None = None) -> None:
        """Start writing from the top again (st.rerun); later deltas overwrite earlier ones."""
        self.blocks = dict(blocks) if blocks else dict.fromkeys(ROOTS, 0)
        self.scopes.clear()

    @property
    def fragment(self) -> FragmentScope | None:
        """The innermost fragment running now, if any."""
        return self.scopes[-1] if self.scopes else None

    @contextlib.contextmanager
    def fragment_scope(self, scope: FragmentScope) -> Iterator[FragmentScope]:
        self.scopes.append(scope)
        try:
            yield scope
        finally:
            self.scopes.remove(scope)

    def claim(self, block: str) -> str:
        return self._claim(block, len(self.scopes))

    def _claim(self, block: str, depth: int) -> str:
        if depth and block != _EVENT_ROOT:
            scope = self.scopes[depth - 1]
            if not scope.owns(block):
                block = scope.outside.get(block) or self._open_wrapper(scope, block, depth)
        if block not in self.blocks:
            raise StreamlitAPIException(
                "This container is no longer on the page (it was replaced, or it was "
                "created in an earlier run), so nothing can be added to it."
            )
        index = self.blocks[block]
        self.blocks[block] = index + 1
        return f"{block}.{index}"

    def _open_wrapper(self, scope: FragmentScope, block: str, depth: int) -> str:
        # A parallel fragment never gets wrappers (its `outside` stays empty), so every
        # write outside its block comes here; nested scopes reach it through `_claim`.
        if scope.parallel:
            raise StreamlitInvalidLayoutContextError(
                "Writing to a container created outside a parallel fragment, including "
                "`st.sidebar` and `st.bottom`, is not supported on a full app run or a later "
                "fragment rerun.\n\nTo fix this, move the element inside the fragment body."
            )
        if scope.rerun:
            raise StreamlitInvalidLayoutContextError(
                "A fragment tried to write to a container created outside it, but the "
                "fragment did not write to that container during the last full app run, "
                "so Streamlit could not reserve a stable position for it.\n\n"
                "Inside the fragment function, write to the container at least once "
                "during the full app run."
            )
        path = self._claim(block, depth - 1)
        self.set(path, _protocol.element("block", plain_block(scope.fragment_id)))
        scope.outside[block] = path
        return path

    def next_path(self, block: str) -> str:
        return f"{block}.{self.blocks.get(block, 0)}"

    def update(self, path: str, el: _protocol.Element) -> None:
        """Resend a block's own props (st.status's update); its children stay."""
        self._pending.append(_protocol.delta(path, el))
        self.flush()

    def is_claimed(self, path: str) -> bool:
        block, _, index = path.rpartition(".")
        return self.blocks.get(block, 0) > int(index)

    def set(self, path: str, el: _protocol.Element, *, eager: bool = False) -> None:
        # Whatever stood at `path` is replaced, so blocks inside it no longer exist.
        prefix = path + "."
        for stale in [p for p in self.blocks if p == path or p.startswith(prefix)]:
            del self.blocks[stale]
        if el["kind"] == "block":
            self.blocks[path] = 0
        self._pending.append(_protocol.delta(path, el))
        if eager or time.monotonic() - self._last_flush >= _FLUSH_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self.send(_protocol.run_delta(self.run_id, self._pending))
            self._pending = []
        self._last_flush = time.monotonic()

    def send(self, message: dict[str, Any]) -> None:
        if self._emit is not None:
            self._emit(*_protocol.encode(message))


class Container:
    """Where an st.* call puts its element; ``with container:`` makes it the target."""

    def __init__(self, path: str, *, is_block: bool) -> None:
        self._path = path
        self._is_block = is_block

    def __repr__(self) -> str:
        return f"{type(self).__name__}(path={self._path!r})"

    def __enter__(self: ContainerT) -> ContainerT:
        _stack.append(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if _stack and _stack[-1] is self:
            _stack.pop()

    @property
    def _root(self) -> str:
        return self._path.partition(".")[0]

    def _enqueue(
        self: ContainerT,
        kind: str,
        props: dict[str, Any],
        widget_id: str | None = None,
        *,
        eager: bool = False,
    ) -> ContainerT:
        """Put an element here; returns a slot (or, for a block, the block) to write into later."""
        page = current_page()
        if self._is_block:
            path = page.claim(self._path)
        else:
            # A placeholder update is an animation frame: show it now.
            path, eager = self._path, True
        page.set(path, _protocol.element(kind, props, widget_id), eager=eager)
        assert _container_class is not None, "streamlit._delta_generator sets it on import"
        return _container_class(path, is_block=kind == "block")  # type: ignore[return-value]

    def _show_transient(self, kind: str, props: dict[str, Any]) -> str | None:
        """Show an element at the next path without claiming it; the next element replaces it.

        For output that must not shift later elements' paths (a cache spinner
        appears on a miss but not on a hit). A slot shows none: it would hide
        what the slot holds.
        """
        if not self._is_block:
            return None
        page = current_page()
        path = page.next_path(self._path)
        page.set(path, _protocol.element(kind, props), eager=True)
        return path


_page = Page(0, None)
_stack: list[Container] = []
_main_root: Container | None = None
# What `_enqueue` returns (DeltaGenerator, so every command works on it).
_container_class: type[Container] | None = None


def set_main_root(main: Container) -> None:
    """Name the container that st.* calls target outside any ``with`` block."""
    global _main_root, _container_class
    _main_root = main
    _container_class = type(main)


def container_at(path: str) -> Container:
    """The container (a DeltaGenerator) for the block at `path`."""
    assert _container_class is not None, "streamlit._delta_generator sets it on import"
    return _container_class(path, is_block=True)


def begin(page: Page) -> None:
    """Send elements to `page` from now on, starting outside any ``with`` block."""
    global _page
    _page = page
    _stack.clear()


def current_page() -> Page:
    return _page


def check_not_parallel(api_name: str) -> None:
    """Raise for a command Streamlit refuses in a parallel fragment's full-run pass (st.dialog, st.switch_page)."""
    if any(scope.parallel for scope in _page.scopes):
        raise StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page "
            f"load, because parallel fragments run concurrently on separate threads where "
            f"`{api_name}` is not safe.\n\nTo fix this, gate the call behind a widget "
            "interaction (e.g., `if st.button(...):`) so it runs during a sequential fragment "
            "rerun instead."
        )


def active() -> Container:
    if _stack:
        return _stack[-1]
    assert _main_root is not None, "streamlit._delta_generator sets the main root on import"
    return _main_root


def flush() -> None:
    _page.flush()


def clear_transient(path: str) -> None:
    """Remove a transient element, unless an element claimed its path since."""
    if not _page.is_claimed(path):
        _page.set(path, _protocol.element("empty", {}), eager=True)
