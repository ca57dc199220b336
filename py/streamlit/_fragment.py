"""st.fragment: a function whose widgets rerun only it.

A fragment draws into a container of its own (and, for writes to blocks
outside it, into wrapper blocks it owns there; see ``_container``). The block
carries the fragment's id, so the page sends a change to a widget inside it as
a fragment rerun (``run:rerun`` with ``fragment``), and the runner calls the
function again into the same blocks while the rest of the page stays.

Fragments are remembered from the last full run; a fragment rerun asking for
one the script no longer draws becomes a full run. ``st.rerun(scope=key)`` in a
widget callback names fragments by key (``KeyedRerun``): if every callback of
the interaction asked for that, the run reruns those fragments instead.

``parallel=True``: Streamlit 1.67 runs such a fragment on a worker thread during
a full run, concurrently with the rest of the script, into the place the call
reserved. Python in the browser has one thread, so the fragment runs at its call,
in order; what it draws is where Streamlit would draw it, and only the timing
differs: the script after the call waits for it.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from streamlit import _container
from streamlit._errors import (
    RerunException,
    ScriptControlException,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
)
from streamlit._time import to_seconds
from streamlit.elements.exception import exception_props

__all__ = [
    "Fragment",
    "FragmentRerun",
    "KeyedRerun",
    "begin_full_run",
    "find",
    "fragment",
    "keyed_rerun",
    "rerun_scope",
    "run_fragment",
]

F = TypeVar("F", bound=Callable[..., Any])


class FragmentRerun(RerunException):
    """st.rerun(scope="fragment"): run the current fragment again, not the app."""

    def __init__(self, fragment_id: str) -> None:
        super().__init__()
        self.fragment_id = fragment_id


class KeyedRerun(RerunException):
    """st.rerun(scope=key) in a widget callback: rerun these fragments instead of the default."""

    def __init__(self, fragment_ids: list[str]) -> None:
        super().__init__()
        self.fragment_ids = fragment_ids


@dataclass
class Fragment:
    """A fragment drawn by the last full run: how to call it again and where it drew."""

    id: str
    call: Callable[[], Any]
    path: str
    outside: dict[str, str] = field(default_factory=dict)

    def blocks(self) -> dict[str, int]:
        """The blocks a rerun of this fragment starts from, all empty."""
        return dict.fromkeys([self.path, *self.outside.values()], 0)


_fragments: dict[str, Fragment] = {}
_keys: set[str] = set()
_calls: dict[str, int] = {}
_RESERVED_KEYS = ("app", "fragment")


def begin_full_run() -> None:
    """Forget the fragments of the last full run; this run draws them again."""
    _fragments.clear()
    _keys.clear()
    _calls.clear()


def find(fragment_id: str | None) -> Fragment | None:
    return _fragments.get(fragment_id) if fragment_id else None


@overload
def fragment(
    func: F,
    *,
    run_every: int | float | datetime.timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F: ...
@overload
def fragment(
    func: None = None,
    *,
    run_every: int | float | datetime.timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Callable[[F], F]: ...


def fragment(
    func: F | None = None,
    *,
    run_every: int | float | datetime.timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> Callable[[F], F] | F:
    """Turn a function into a fragment: widget changes inside it rerun only the function.

    `run_every` also reruns it on a timer (seconds, a timedelta, or a string
    such as ``"2s"``). With ``parallel=True`` Streamlit runs it concurrently with
    the rest of a full run; the browser has one Python thread, so it runs in order
    and draws where Streamlit would.

    Example:
        >>> @st.fragment(run_every="1s")
        ... def clock():
        ...     st.write(time.strftime("%H:%M:%S"))
        >>> clock()
    """
    user_key = None if key is None else str(key)
    if user_key in _RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{user_key}` is a reserved name and cannot be used as a fragment key, "
            "because `st.rerun(scope=...)` reads it as a rerun level. Choose a "
            "different key for `@st.fragment(key=...)`."
        )
    if func is None:
        return lambda f: fragment(f, run_every=run_every, parallel=parallel, key=key)
    interval = _seconds(run_every)

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        if user_key is not None:
            if user_key in _keys:
                raise StreamlitDuplicateElementKey(user_key)
            _keys.add(user_key)
        return run_fragment(
            lambda: func(*args, **kwargs), name=_name(func), run_every=interval, key=user_key, parallel=parallel
        )

    return wrap  # type: ignore[return-value]


def run_fragment(
    call: Callable[[], Any],
    *,
    name: str,
    run_every: float | None = None,
    key: str | None = None,
    parallel: bool = False,
) -> Any:
    """Draw a fragment's container in the active container and run `call` in it.

    A `parallel` fragment in a full run returns None, as Streamlit's does (its
    value is not waited for there).
    """
    fragment_id = _fragment_id(name, _container.active()._path, key)
    props = {**_container.plain_block(fragment_id), "run_every": run_every}
    block = _container.active()._enqueue("block", props)
    frag = Fragment(fragment_id, call, block._path)
    _fragments[fragment_id] = frag
    page = _container.current_page()
    if parallel and not (page.scopes and page.scopes[0].rerun):
        _execute(frag, rerun=False, parallel=True)
        return None
    return _execute(frag, rerun=False)


def rerun(frag: Fragment) -> None:
    """Run `frag` again into its blocks (the page was started with ``frag.blocks()``)."""
    _calls.clear()
    _keys.clear()
    _execute(frag, rerun=True)


def rerun_scope() -> FragmentRerun:
    """The exception st.rerun(scope="fragment") raises: only valid in a fragment rerun."""
    page = _container.current_page()
    scope = page.fragment
    if scope is None or not page.scopes[0].rerun:
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated '
            "functions during fragment reruns."
        )
    # A nested fragment reruns as part of the one the page is rerunning.
    return FragmentRerun(page.scopes[0].fragment_id)


def keyed_rerun(keys: list[str]) -> KeyedRerun:
    """The exception st.rerun(scope=keys) raises in a widget callback: the fragments of the last full run with those keys."""
    found: dict[str, None] = {}
    for key in keys:
        fragment_id = _fragment_id("", "", key)
        if fragment_id not in _fragments:
            raise StreamlitAPIException(
                f"No fragment found for target '{key}'. Pass the same `key` you set on "
                "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
            )
        found[fragment_id] = None
    return KeyedRerun(list(found))


def _execute(frag: Fragment, *, rerun: bool, parallel: bool = False) -> Any:
    page = _container.current_page()
    scope = _container.FragmentScope(frag.id, frag.path, frag.outside, rerun=rerun, parallel=parallel)
    with page.fragment_scope(scope), _container.container_at(frag.path):
        try:
            return frag.call()
        except ScriptControlException:
            raise
        except Exception as exc:
            # As in Streamlit, an error in a fragment stays in the fragment; the app goes on.
            _container.active()._enqueue("exception", exception_props(exc, uncaught=True))
            return None


def _fragment_id(name: str, container: str, key: str | None) -> str:
    """From the key, or the function and where it is called (the n-th call in that container)."""
    if key is not None:
        identity = f"key:{key}"
    else:
        place = f"{name}@{container}"
        _calls[place] = _calls.get(place, -1) + 1
        identity = f"{place}#{_calls[place]}"
    return hashlib.blake2b(identity.encode(), digest_size=8).hexdigest()


def _name(func: Callable[..., Any]) -> str:
    return f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', repr(func))}"


def _seconds(value: int | float | datetime.timedelta | str | None) -> float | None:
    """`run_every` in seconds, or None for no timer."""
    if value is None:
        return None
    try:
        seconds = to_seconds(value)
    except ValueError:
        raise StreamlitAPIException(
            f"Unable to convert {value!r} to a time interval: use a number of seconds, "
            'a `datetime.timedelta`, or a string such as "1d", "1.5 days" or "1h23s".'
        ) from None
    return seconds if seconds > 0 else None
