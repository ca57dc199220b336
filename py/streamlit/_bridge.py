"""The only entry point the worker calls: JSON in, JSON out, nothing Pyodide-specific.

start(entrypoint, argv, emit)      once, after the app's files are written
enable_persistence(entries, write, remove)  once, if the page has storage for st.cache_data
rerun(widgets_json, triggers_json) each run; returns "ok" / "error" / "stopped"
files_changed()                    after the app's files were replaced
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any, SupportsIndex

from streamlit import _caching, _container, _protocol, _session_state
from streamlit._persist import PersistentStore, Remove, Write
from streamlit._runner import ScriptRunner

__all__ = ["enable_persistence", "files_changed", "rerun", "start"]

_runner: ScriptRunner | None = None
_real_sleep = time.sleep


def start(entrypoint: str, argv: list[str], emit: _container.Emit) -> None:
    """Start a session for the script at `entrypoint` (absolute, on the virtual FS).

    `emit(message_json, buffers)` posts one worker→page message; `buffers`
    are the bytes that ``{"__bytes__": n}`` markers in the JSON refer to.
    """
    global _runner
    if _runner is not None:
        _runner.files_changed()  # the previous app's modules must not shadow this one's
    _runner = ScriptRunner(entrypoint, list(argv), emit)
    _session_state.reset_session_state()
    _caching.clear_all_caches()
    time.sleep = _flushing_sleep


def enable_persistence(entries: Iterable[tuple[str, float, Any]], write: Write, remove: Remove) -> None:
    """Keep st.cache_data values across page loads (see streamlit._persist).

    `entries` are the stored ``(id, stored_at, bytes)``; `write(id, stored_at, bytes)`
    and `remove(id_prefix)` update the store.
    """
    store = PersistentStore(entries, write, remove)
    _caching.set_data_storage_factory(store.storage, store.clear)


def rerun(widgets_json: str = "{}", triggers_json: str = "{}") -> str:
    """Apply widget values and one-shot triggers, run callbacks, then the script.

    Emits run:start, run:delta... and run:finish as it goes; returns the run's status.
    """
    widgets = _protocol.parse_widget_values(widgets_json, "widgets")
    triggers = _protocol.parse_widget_values(triggers_json, "triggers")
    return _require_runner().run(widgets, triggers)


def files_changed() -> None:
    """The app's files changed on disk: drop its imported modules and the compiled script."""
    _require_runner().files_changed()


def _require_runner() -> ScriptRunner:
    if _runner is None:
        raise RuntimeError("streamlit._bridge.start() must be called first")
    return _runner


def _flushing_sleep(seconds: float | SupportsIndex, /) -> None:
    # A script that sleeps is animating or waiting: show what it drew so far first.
    _container.flush()
    _real_sleep(seconds)
