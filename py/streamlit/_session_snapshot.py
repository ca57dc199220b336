"""Session state across a worker restart: pickled after every run, restored in a new worker.

Where the page is not cross-origin isolated, the only way to stop a runaway script
is to terminate its worker. The page keeps the snapshot the worker sent after its
last run and hands it to the next worker, so values the script and its widgets had
committed survive the Stop. A value that cannot be pickled (or nests too deeply to
pickle safely in the browser), or cannot be unpickled in a fresh interpreter (an
instance of a class the script itself defines), is left out; the script then
initializes it again, as on a first visit.

This module reads SessionState's layers directly: it is the state's other half.
"""

from __future__ import annotations

import pickle
from typing import Any

from streamlit._nesting import check_depth
from streamlit._session_state import SessionState, get_session_state

__all__ = ["restore", "snapshot"]


def snapshot() -> bytes:
    """The session state as the next run would start from it, pickled value by value."""
    state = get_session_state()
    values = _compacted(state)
    pickled: dict[str, bytes] = {}
    for key, value in values.items():
        try:
            check_depth(value, "pickling an object")  # deep data would overflow the browser's stack
            pickled[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - unpicklable values are documented as left out
            continue
    return pickle.dumps({"values": pickled, "keys": dict(state._key_to_id)}, protocol=pickle.HIGHEST_PROTOCOL)


def restore(data: Any) -> list[str]:
    """Load a snapshot into the (new, empty) session state; returns the keys left out."""
    raw = data.to_bytes() if hasattr(data, "to_bytes") else bytes(data)  # a Uint8Array proxy in Pyodide
    saved = pickle.loads(raw)  # noqa: S301 - our own snapshot, made by this page's previous worker
    state = get_session_state()
    skipped = []
    for key, value in saved["values"].items():
        try:
            state._old_state[key] = pickle.loads(value)  # noqa: S301 - as above
        except Exception:  # noqa: BLE001 - e.g. a class defined in the script, not imported yet
            skipped.append(key)
    state._key_to_id.update(saved["keys"])
    return skipped


def _compacted(state: SessionState) -> dict[str, Any]:
    """What SessionState._compact would leave in the old layer, without changing anything."""
    values = dict(state._old_state)
    for widget_id in state._new_widget_state:
        values[widget_id] = state._widget_value(widget_id)
    for key, value in state._new_session_state.items():
        widget_id = state._key_to_id.get(key)
        if widget_id is None:
            values[key] = value
        else:
            values[widget_id] = value
            values.pop(key, None)
    return values
