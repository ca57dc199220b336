"""refresh_mode="background": a stale value is served now and recomputed after the run.

Streamlit recomputes a stale entry on a small thread pool while the script goes
on, with no script context (what the function draws goes nowhere), and does not
rerun the app when it is done: the next run that reads the entry gets the new
value. A refresh that fails is logged and not tried again for a minute.

Python in the browser has one thread, so refreshes wait in a queue that the
worker empties once a run has finished and no other run is waiting
(``_bridge.refresh_caches``): the page already shows the whole run, and a rerun
the visitor asks for during a refresh waits for that refresh only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from streamlit import _container

__all__ = ["clear_cooldown", "has_pending", "run_pending", "schedule"]

# After a failure, a key is not refreshed again for this long (as in Streamlit).
_COOLDOWN_SECONDS = 60.0

Slot = tuple[Hashable, str]  # (the cache, value key)

_pending: dict[Slot, tuple[str, Callable[[], None]]] = {}
_cooldowns: dict[Slot, float] = {}


def schedule(cache: Hashable, key: str, name: str, refresh: Callable[[], None]) -> None:
    """Queue `refresh` for this entry, unless one is queued or a recent one failed."""
    slot = (cache, key)
    if slot in _pending or _cooldowns.get(slot, 0.0) > time.monotonic():
        return
    _pending[slot] = (name, refresh)


def clear_cooldown(cache: Hashable, key: str) -> None:
    """A value computed afresh lets the next stale read refresh again at once."""
    _cooldowns.pop((cache, key), None)


def has_pending() -> bool:
    return bool(_pending)


def run_pending() -> None:
    """Run the queued refreshes, oldest first; what they draw is dropped."""
    _container.begin(_container.Page(0, None))
    while _pending:
        slot = next(iter(_pending))
        name, refresh = _pending.pop(slot)
        try:
            refresh()
        except KeyboardInterrupt:  # Stop: the entry stays stale and is refreshed on a later read
            return
        except Exception as error:  # noqa: BLE001 - a failed refresh keeps the stale value
            _cooldowns[slot] = time.monotonic() + _COOLDOWN_SECONDS
            print(f"Headwater: background cache refresh failed for {name}: {error}")
        else:
            _cooldowns.pop(slot, None)
