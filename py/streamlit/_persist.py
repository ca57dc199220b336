"""cache_data values that survive page reloads: the worker's IndexedDB behind a dict.

IndexedDB is asynchronous and a script is not, so the worker reads every entry
stored for this app before the first run and hands them over here; writes and
removals go back fire-and-forget. A write that fails (quota, private mode) only
costs the value's persistence: it stays cached for this page's life.

Entries are keyed ``<function key>:<value key>`` inside a namespace the worker
derives from the app's files, so editing any file of the app starts afresh.
``persist=False`` keeps a function's values in memory only.
"""

from __future__ import annotations

import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from streamlit._caching import MemoryStorage, Persist, Storage

__all__ = ["PersistentStore"]

Write = Callable[[str, float, bytes], None]
Remove = Callable[[str], None]


class PersistentStore:
    """Every persisted entry of the app, and the worker's write/remove callbacks."""

    def __init__(self, entries: Iterable[tuple[str, float, Any]], write: Write, remove: Remove) -> None:
        self._entries: dict[str, tuple[float, bytes]] = {
            str(entry_id): (float(stored_at), _as_bytes(value)) for entry_id, stored_at, value in entries
        }
        self._write = write
        self._remove = remove

    def storage(
        self, function_key: str, ttl: float | None, max_entries: int | None, persist: Persist
    ) -> Storage[bytes]:
        """A StorageFactory for ``set_data_storage_factory``."""
        if persist is False:
            return MemoryStorage(ttl, max_entries)
        return _FunctionStorage(self, f"{function_key}:", ttl, max_entries)

    def clear(self) -> None:
        self._entries.clear()
        self._remove("")

    def _get(self, entry_id: str) -> tuple[float, bytes]:
        return self._entries[entry_id]

    def _put(self, entry_id: str, value: bytes) -> None:
        stored_at = time.time()
        self._entries[entry_id] = (stored_at, value)
        try:
            self._write(entry_id, stored_at, value)
        except Exception as error:  # the value stays cached for this page's life
            warnings.warn(f"st.cache_data could not store a value across reloads: {error}", stacklevel=2)

    def _drop(self, prefix: str) -> None:
        for entry_id in [e for e in self._entries if e.startswith(prefix)]:
            del self._entries[entry_id]
        self._remove(prefix)

    def _ids(self, prefix: str) -> list[str]:
        """This prefix's entries, oldest first."""
        return sorted((e for e in self._entries if e.startswith(prefix)), key=lambda e: self._entries[e][0])


class _FunctionStorage:
    """One function's view of the store, with its ttl (wall clock, across reloads) and LRU limit."""

    def __init__(self, store: PersistentStore, prefix: str, ttl: float | None, max_entries: int | None) -> None:
        self._store = store
        self._prefix = prefix
        self._ttl = ttl
        self._max_entries = max_entries
        self._recent: OrderedDict[str, None] = OrderedDict.fromkeys(store._ids(prefix))
        self._evict()

    def get(self, key: str) -> bytes:
        entry_id = self._prefix + key
        stored_at, value = self._store._get(entry_id)
        if self._ttl is not None and time.time() - stored_at > self._ttl:
            self.delete(key)
            raise KeyError(key)
        self._recent[entry_id] = None
        self._recent.move_to_end(entry_id)
        return value

    def age(self, key: str) -> float:
        stored_at, _ = self._store._get(self._prefix + key)
        if self._ttl is not None and time.time() - stored_at > self._ttl:
            raise KeyError(key)
        return time.time() - stored_at

    def set(self, key: str, value: bytes) -> None:
        entry_id = self._prefix + key
        self._store._put(entry_id, value)
        self._recent[entry_id] = None
        self._recent.move_to_end(entry_id)
        self._evict()

    def delete(self, key: str) -> None:
        self._recent.pop(self._prefix + key, None)
        self._store._drop(self._prefix + key)

    def clear(self) -> None:
        self._recent.clear()
        self._store._drop(self._prefix)

    def _evict(self) -> None:
        while self._max_entries is not None and len(self._recent) > self._max_entries:
            oldest, _ = self._recent.popitem(last=False)
            self._store._drop(oldest)


def _as_bytes(value: Any) -> bytes:
    # Under Pyodide the worker passes a Uint8Array proxy; tests pass bytes.
    return value.to_bytes() if hasattr(value, "to_bytes") else bytes(value)
