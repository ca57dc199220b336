"""Where cached values live: the storage protocol, the in-memory store, the byte limit.

A storage holds one cached function's values by value key. ``MemoryStorage``
expires entries after a ttl and evicts the least recently used past
``max_entries``, handing every value it drops to ``on_release`` (st.cache_resource's
hook). ``SizeLimit`` wraps any storage of pickles to enforce st.cache_data's
``max_size`` in bytes, whatever store is underneath.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable
from numbers import Integral
from typing import Generic, Protocol, TypeVar

from streamlit._errors import StreamlitInvalidParameterTypeError, StreamlitValueError

__all__ = ["MemoryStorage", "SizeLimit", "Storage", "max_size_bytes"]

V = TypeVar("V")


class Storage(Protocol[V]):
    """One cached function's values by value key. ``get`` and ``age`` raise KeyError on a miss."""

    def get(self, key: str) -> V: ...
    def set(self, key: str, value: V) -> None: ...
    def delete(self, key: str) -> None: ...
    def clear(self) -> None: ...
    def age(self, key: str) -> float: ...


class MemoryStorage(Generic[V]):
    """In-memory storage: expires entries after `ttl_seconds`, evicts least recently used.

    As Streamlit's cache does, an expired entry reads as missing and is dropped (and
    released) by the next write; a value overwritten under its own key is not released.
    An error from `on_release` reaches the caller, except in ``clear``, which releases
    every value and prints the errors, as Streamlit logs them.
    """

    def __init__(
        self,
        ttl_seconds: float | None = None,
        max_entries: int | None = None,
        on_release: Callable[[V], None] | None = None,
    ) -> None:
        self._ttl = ttl_seconds
        self._max_entries = max_entries
        self._on_release = on_release
        self._entries: OrderedDict[str, tuple[float, V]] = OrderedDict()

    def get(self, key: str) -> V:
        stored_at, value = self._entries[key]
        if self._expired(stored_at):
            raise KeyError(key)
        self._entries.move_to_end(key)
        return value

    def age(self, key: str) -> float:
        stored_at, _ = self._entries[key]
        if self._expired(stored_at):
            raise KeyError(key)
        return time.monotonic() - stored_at

    def set(self, key: str, value: V) -> None:
        for expired in [k for k, (stored_at, _) in self._entries.items() if self._expired(stored_at)]:
            self._release(self._entries.pop(expired)[1])
        self._entries[key] = (time.monotonic(), value)
        self._entries.move_to_end(key)
        while self._max_entries is not None and len(self._entries) > self._max_entries:
            self._release(self._entries.popitem(last=False)[1][1])

    def delete(self, key: str) -> None:
        if key in self._entries:
            self._release(self._entries.pop(key)[1])

    def clear(self) -> None:
        while self._entries:
            try:
                self._release(self._entries.popitem(last=False)[1][1])
            except Exception as error:  # every value is released, whatever one hook does
                print(f"Headwater: error clearing resource cache: {error}")

    def _expired(self, stored_at: float) -> bool:
        return self._ttl is not None and time.monotonic() - stored_at > self._ttl

    def _release(self, value: V) -> None:
        if self._on_release is not None:
            self._on_release(value)


class SizeLimit:
    """st.cache_data's ``max_size``: keeps the pickles of `storage` within `max_bytes`.

    Adding a value drops the least recently used ones until it fits; a value larger
    than the limit alone is kept, the others dropped, and a warning printed once.
    Only values this page stored or read are counted (a persistent store may hold
    older ones, which count once read), and a dropped value leaves the persistent
    store too: Headwater keeps no separate in-memory copy to drop.
    """

    def __init__(self, storage: Storage[bytes], max_bytes: int, function_name: str) -> None:
        self._storage = storage
        self._max_bytes = max_bytes
        self._function_name = function_name
        self._sizes: OrderedDict[str, int] = OrderedDict()
        self._warned = False

    def get(self, key: str) -> bytes:
        try:
            value = self._storage.get(key)
        except KeyError:
            self._sizes.pop(key, None)
            raise
        self._sizes[key] = len(value)
        self._sizes.move_to_end(key)
        self._evict(keep=key)
        return value

    def age(self, key: str) -> float:
        return self._storage.age(key)

    def set(self, key: str, value: bytes) -> None:
        if len(value) > self._max_bytes and not self._warned:
            self._warned = True
            print(
                "Headwater: a cached result is larger than the st.cache_data size limit and "
                f"was stored anyway. Function {self._function_name!r} produced {len(value)} "
                f"serialized bytes, exceeding max_size ({self._max_bytes} bytes)."
            )
        self._storage.set(key, value)
        self._sizes[key] = len(value)
        self._sizes.move_to_end(key)
        self._evict(keep=key)

    def delete(self, key: str) -> None:
        self._sizes.pop(key, None)
        self._storage.delete(key)

    def clear(self) -> None:
        self._sizes.clear()
        self._storage.clear()

    def _evict(self, keep: str) -> None:
        total = sum(self._sizes.values())
        for key in list(self._sizes):
            if total <= self._max_bytes:
                break
            if key != keep:
                total -= self._sizes.pop(key)
                self._storage.delete(key)


_BYTE_SIZE = re.compile(
    r"(?P<value>(?:\d+(?:\.\d*)?|\.\d+)) ?(?P<unit>b|(?:k|ki)b|(?:m|mi)b|(?:g|gi)b|(?:t|ti)b)",
    re.ASCII | re.IGNORECASE,
)
_UNIT_BYTES = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}
_MAX_SIZE_DETAIL = (
    "Use an integer number of bytes or a positive value with an explicit unit, "
    'such as "500MB", "1.5GB", or "200KiB".'
)
_MAX_SIZE_TYPE_DETAIL = 'Pass an integer byte count such as int(5e8), or a unit string such as "500MB".'


def max_size_bytes(value: int | str | None) -> int | None:
    """``max_size`` in bytes: an int, or text with a unit (``"500MB"``, ``"1.5GiB"``; powers of 1024)."""
    if value is None:
        return None
    if isinstance(value, Integral) and not isinstance(value, bool):
        size = int(value)
    elif isinstance(value, str):
        match = _BYTE_SIZE.fullmatch(value)
        if match is None or len(match["value"]) > 101:
            raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
        whole, _, fraction = match["value"].partition(".")
        unit = _UNIT_BYTES[match["unit"].lower().replace("i", "")]
        size = int(f"{whole or '0'}{fraction}") * unit // 10 ** len(fraction)
    else:
        raise StreamlitInvalidParameterTypeError(
            "max_size", type(value).__name__, ["int", "str"], detail=_MAX_SIZE_TYPE_DETAIL
        )
    if size <= 0:
        raise StreamlitValueError("max_size", ["a positive byte size"], detail=_MAX_SIZE_DETAIL)
    return size
