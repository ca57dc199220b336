"""The only entry point the worker calls: JSON in, JSON out, nothing Pyodide-specific.

start(entrypoint, argv, emit, browser_json)  once, after the app's files are written
enable_persistence(entries, write, remove)  once, if the page has storage for st.cache_data
rerun(widgets_json, triggers_json, location_json, fragment, buffers)  each run; returns "ok" / "error" / "stopped"
refresh_caches()                   after a run, when no other waits: stale background caches recompute
download(widget_id)                a click on a download button with a callable `data`: its bytes
files_changed()                    after the app's files were replaced
snapshot_state() / restore_state(bytes)  session state across a worker restart (Stop)
set_interrupt_wait(wait)           once, where the page can interrupt: time.sleep waits on it
"""

from __future__ import annotations

import json
import os
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from typing import Any, SupportsIndex

from streamlit import (
    _cache_refresh,
    _caching,
    _config,
    _container,
    _context,
    _protocol,
    _query_params,
    _secrets,
    _session_state,
)
from streamlit._persist import PersistentStore, Remove, Write
from streamlit._runner import ScriptRunner
from streamlit._session_snapshot import restore as restore_state
from streamlit._session_snapshot import snapshot as snapshot_state
from streamlit.elements import _plotly_theme
from streamlit.widgets.download_button import deferred_file

__all__ = [
    "download",
    "enable_persistence",
    "files_changed",
    "needed_package",
    "refresh_caches",
    "rerun",
    "restore_state",
    "set_interrupt_wait",
    "snapshot_state",
    "start",
]

_runner: ScriptRunner | None = None
_emit: _container.Emit | None = None
# The theme the page has: it starts with Streamlit's default, so only changes are sent.
_theme_sent: dict[str, Any] = {}
_real_sleep = time.sleep
_interrupt_wait: Callable[[float], bool] | None = None


def start(entrypoint: str, argv: list[str], emit: _container.Emit, browser_json: str = "{}") -> None:
    """Start a session for the script at `entrypoint` (absolute, on the virtual FS).

    `emit(message_json, buffers)` posts one worker→page message; `buffers`
    are the bytes that ``{"__bytes__": n}`` markers in the JSON refer to.
    `browser_json` is what the page says about itself (``boot:init``'s `page`,
    `query` and `context`; see docs/protocol.md).
    """
    global _runner, _emit, _theme_sent
    if _runner is not None:
        _runner.files_changed()  # the previous app's modules must not shadow this one's
    browser = json.loads(browser_json or "{}")
    context = browser.get("context") or {}
    if not isinstance(context, Mapping):
        raise ValueError("boot:init context must be an object")
    _emit = emit
    _theme_sent = {}  # a new page
    _runner = ScriptRunner(entrypoint, list(argv), emit)
    _session_state.reset_session_state()
    _caching.clear_all_caches()
    _context.reset(context)
    navigator = _runner.navigator
    navigator.url_base = str(context.get("url") or "").split("#")[0].split("?")[0]
    _query_params.reset("", navigator.query_changed)
    navigator.set_location(str(browser.get("page") or ""), str(browser.get("query") or ""))
    _read_app_settings()
    # As Streamlit does on import: by now the worker has loaded the app's packages.
    _plotly_theme.configure()
    time.sleep = _flushing_sleep


def enable_persistence(entries: Iterable[tuple[str, float, Any]], write: Write, remove: Remove) -> None:
    """Keep st.cache_data values across page loads (see streamlit._persist).

    `entries` are the stored ``(id, stored_at, bytes)``; `write(id, stored_at, bytes)`
    and `remove(id_prefix)` update the store.
    """
    store = PersistentStore(entries, write, remove)
    _caching.set_data_storage_factory(store.storage, store.clear)


def rerun(
    widgets_json: str = "{}",
    triggers_json: str = "{}",
    location_json: str | None = None,
    fragment: str | None = None,
    buffers: Iterable[Any] = (),
    again: bool = False,
) -> str:
    """Apply widget values and one-shot triggers, run callbacks, then the script.

    `buffers` are the bytes that ``{"__bytes__": n}`` markers in `widgets_json` and
    `triggers_json` refer to (files the visitor picked), any bytes-like objects.

    `location_json` (``{"page", "query"}``) is the address the page now shows, when
    the visitor navigated (a page link, Back/Forward); that page runs.
    With `fragment` (a fragment id from the page), only that fragment runs.
    Emits run:start, run:delta... and run:finish as it goes; returns the run's status,
    or ``"needs_package"``: load `needed_package()` and call this again with the same
    values and ``again=True`` (their callbacks ran already).
    """
    files = [bytes(b) for b in buffers or ()]
    widgets = _protocol.parse_widget_values(widgets_json, "widgets", files)
    triggers = _protocol.parse_widget_values(triggers_json, "triggers", files)
    runner = _require_runner()
    if location_json:
        page, query = _protocol.parse_location(location_json)
        runner.navigator.set_location(page, query)
    return runner.run(widgets, triggers, fragment or None, again=again)


def needed_package() -> str | None:
    """The package the last run stopped for (see `rerun`), or None."""
    return _require_runner().needed_package


def download(widget_id: str) -> tuple[bytes | None, str, str, str | None]:
    """A clicked download button's `data` callable, run now: ``(bytes, file name, MIME type, None)``.

    If it fails: ``(None, "", "", message)``, with Streamlit's message for the page to show
    (the error goes to the console, as Streamlit logs it).
    """
    try:
        data, file_name, mime = deferred_file(widget_id)
    except Exception:
        traceback.print_exc()
        return None, "", "", "Failed to generate file for download"
    return data, file_name, mime, None


def refresh_caches() -> bool:
    """Recompute the stale values ``refresh_mode="background"`` caches served in the last runs.

    Returns whether there were any. The app does not rerun for them, as in Streamlit:
    the next run reads the new values.
    """
    if not _cache_refresh.has_pending():
        return False
    _cache_refresh.run_pending()
    return True


def files_changed() -> None:
    """The app's files changed on disk: drop its imported modules and the compiled script."""
    _require_runner().files_changed()
    _read_app_settings()


def _read_app_settings() -> None:
    """config.toml (its theme goes to the page now) and secrets.toml, from the app's folder."""
    global _theme_sent
    runner = _require_runner()
    app_dir = os.path.dirname(runner.navigator.main_script)
    config = _config.load(app_dir)
    _config.use(config)
    if config.theme.get("base") in ("light", "dark"):
        _context.set_theme(config.theme["base"])  # the page applies it, so st.context reports it
    _secrets.reset(app_dir)
    if config.error:
        print(f"Headwater: {config.error}")
    if _emit is not None and config.theme != _theme_sent:
        _emit(*_protocol.encode(_config.theme_message(config)))
        _theme_sent = config.theme


def _require_runner() -> ScriptRunner:
    if _runner is None:
        raise RuntimeError("streamlit._bridge.start() must be called first")
    return _runner


def set_interrupt_wait(wait: Callable[[float], bool]) -> None:
    """Make time.sleep call `wait(seconds)`, which returns True early when the page pressed Stop.

    Pyodide notices its interrupt buffer only between bytecodes, never inside a sleep.
    """
    global _interrupt_wait
    _interrupt_wait = wait


def _flushing_sleep(seconds: float | SupportsIndex, /) -> None:
    # A script that sleeps is animating or waiting: show what it drew so far first.
    _container.flush()
    if _interrupt_wait is None or float(seconds) <= 0:
        _real_sleep(seconds)
    elif _interrupt_wait(float(seconds)):
        raise KeyboardInterrupt
