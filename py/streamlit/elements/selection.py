"""Selection state objects, as Streamlit returns them from `on_select` elements."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from streamlit._container import Container
from streamlit._errors import StreamlitValueError

__all__ = ["AttributeDictionary", "ReadOnlyAttributeDictionary", "check_on_select", "ignored_selection", "plain_selection", "sent_selection"]

_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect on the app. "
    "For widget states that support programmatic updates (e.g. st.dataframe selections), "
    "assign a new dictionary to the Session State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class AttributeDictionary(dict[Any, Any]):
    """A dict whose items are also attributes: ``event.selection.rows``."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None
        return AttributeDictionary(item) if isinstance(item, dict) and not isinstance(item, AttributeDictionary) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


class ReadOnlyAttributeDictionary(AttributeDictionary):
    """A widget's state: read by key or attribute; changing it raises TypeError."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle (the session snapshot a restarted worker restores) would fill the
        # dict item by item, which the read-only __setitem__ refuses.
        return (type(self), (dict(self),))


def check_on_select(on_select: Any) -> Callable[..., None] | None:
    """The callback, if `on_select` is one; raises for anything but "ignore", "rerun", a callable."""
    if callable(on_select):
        return on_select
    if isinstance(on_select, str) and on_select in ("ignore", "rerun"):
        return None
    raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])


def sent_selection(value: Any) -> dict[str, Any]:
    """The ``selection`` in a chart's value from the page (or an earlier run); ``{}`` if it has none."""
    selection = value.get("selection") if isinstance(value, Mapping) else None
    return dict(selection) if isinstance(selection, Mapping) else {}


def plain_selection(state: Mapping[str, Any]) -> dict[str, Any]:
    """A selection state as plain dicts, for the page and session state."""
    return {"selection": dict(dict.__getitem__(state, "selection"))}


def ignored_selection(on_select: Any, container: Container, empty_state: dict[str, Any]) -> Any:
    """For charts whose selections Headwater does not send yet: an empty state when asked for one."""
    check_on_select(on_select)
    if on_select == "ignore":
        return container
    return ReadOnlyAttributeDictionary(empty_state)
