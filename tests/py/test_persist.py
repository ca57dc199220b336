"""st.cache_data values kept across page loads through the worker's store (a dict here)."""

from __future__ import annotations

import pickle

import pytest
from typing import Any

from streamlit import _bridge, _caching

SCRIPT = """
    import streamlit as st
    calls = st.session_state.setdefault("calls", [])

    @st.cache_data(ttl=TTL, max_entries=MAX)
    def load(n):
        calls.append(n)
        return list(range(n))

    @st.cache_data(persist=False)
    def volatile(n):
        calls.append(-n)
        return n

    st.write(len(load(3)), len(load(4)), volatile(5), "calls", len(calls))
"""


class FakeIndexedDB:
    """What the worker keeps for one app: id -> (stored_at, bytes)."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[float, bytes]] = {}

    def write(self, entry_id: str, stored_at: float, value: bytes) -> None:
        self.entries[entry_id] = (stored_at, value)

    def remove(self, prefix: str) -> None:
        self.entries = {k: v for k, v in self.entries.items() if not k.startswith(prefix)}

    def load_page(self, run_app: Any, script: str) -> Any:
        """A fresh page load: a new session fed with what is stored."""
        app = run_app(script, run=False)
        stored = [(k, at, value) for k, (at, value) in self.entries.items()]
        _bridge.enable_persistence(stored, self.write, self.remove)
        return app.run()


def script(ttl: str = "None", max_entries: str = "None") -> str:
    return SCRIPT.replace("TTL", ttl).replace("MAX", max_entries)


def test_a_reload_reuses_stored_values_but_not_volatile_ones(run_app):
    db = FakeIndexedDB()
    first = db.load_page(run_app, script())
    assert first.bodies()[-1] == "`3` `4` `5` calls `3`"
    assert len(db.entries) == 2  # persist=False stays in memory
    second = db.load_page(run_app, script())
    assert second.bodies()[-1] == "`3` `4` `5` calls `1`"


def test_ttl_counts_wall_clock_time_across_reloads(run_app, monkeypatch):
    db = FakeIndexedDB()
    db.load_page(run_app, script(ttl="60"))
    for entry_id, (stored_at, value) in db.entries.items():
        db.entries[entry_id] = (stored_at - 3600, value)
    again = db.load_page(run_app, script(ttl="60"))
    assert again.bodies()[-1] == "`3` `4` `5` calls `3`"


def test_max_entries_evicts_the_oldest_from_storage(run_app):
    db = FakeIndexedDB()
    db.load_page(run_app, script(max_entries="1"))
    assert len(db.entries) == 1
    (kept,) = db.entries.values()
    assert pickle.loads(kept[1]) == [0, 1, 2, 3]


def test_damaged_entries_are_a_miss_not_an_error(run_app):
    db = FakeIndexedDB()
    db.load_page(run_app, script())
    db.entries = {k: (at, b"not a pickle") for k, (at, _) in db.entries.items()}
    again = db.load_page(run_app, script())
    assert again.status == "ok"
    assert again.bodies()[-1] == "`3` `4` `5` calls `3`"


def test_clear_empties_storage_for_functions_not_called_yet(run_app):
    db = FakeIndexedDB()
    db.load_page(run_app, script())
    db.entries["someone-else:abc"] = (0.0, pickle.dumps(1))
    db.load_page(run_app, "import streamlit as st\nst.cache_data.clear()\n")
    assert db.entries == {}


def test_failed_writes_leave_the_value_in_memory(run_app):
    def failing_write(entry_id: str, stored_at: float, value: bytes) -> None:
        raise OSError("quota exceeded")

    app = run_app(script(), run=False)
    _bridge.enable_persistence([], failing_write, lambda prefix: None)
    with pytest.warns(UserWarning, match="could not store a value across reloads: quota exceeded"):
        app.run()
    assert app.status == "ok"
    app.run()
    assert app.bodies()[-1] == "`3` `4` `5` calls `3`"


@pytest.fixture(autouse=True)
def _memory_storage_afterwards():
    yield
    _caching.set_data_storage_factory(_caching._memory_factory)
