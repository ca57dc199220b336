"""Session state: values that survive reruns, shared by the script and its widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from streamlit._errors import (
    ScriptControlException,
    StreamlitAPIException,
    StreamlitWidgetAlreadyInstantiatedError,
)
from streamlit._fragment import KeyedRerun

__all__ = [
    "SessionState",
    "SessionStateProxy",
    "WidgetMetadata",
    "get_session_state",
    "is_widget_id",
    "reset_session_state",
    "session_state",
]

WIDGET_ID_PREFIX = "$$ID"
_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"


def is_widget_id(key: str) -> bool:
    return key.startswith(WIDGET_ID_PREFIX + "-")


@dataclass(frozen=True)
class WidgetMetadata:
    """What the state needs to know about a widget to read its value and run its callback."""

    widget_id: str
    # The page's value (None: the page has not sent one) -> the value the script sees.
    deserialize: Callable[[Any], Any]
    # The script's value -> the value the page shows and sends back.
    serialize: Callable[[Any], Any]
    callback: Callable[..., None] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # A trigger (button) is True only in the run its event caused.
    is_trigger: bool = False


@dataclass(frozen=True)
class _FromPage:
    """A widget value as the page sent it, deserialized when read."""

    value: Any


class SessionState:
    """The values behind ``st.session_state``, looked up in three layers:

    1. values the script (or a callback) set via ``st.session_state`` this run, by key;
    2. widget values the page sent for this run, by widget id;
    3. values from earlier runs, by widget id, then by key.

    Before each run the first two layers are squashed into the third, so a
    widget the page did not mention keeps its last value. A widget a complete run
    does not draw loses its value, unless ``keep_hidden_values`` moved it under its
    key first (``persist_state``, ``bind``); the widget takes it back when drawn again.
    """

    def __init__(self) -> None:
        self._new_session_state: dict[str, Any] = {}
        self._new_widget_state: dict[str, Any] = {}
        self._old_state: dict[str, Any] = {}
        self._metadata: dict[str, WidgetMetadata] = {}
        self._key_to_id: dict[str, str] = {}
        self.widget_ids_this_run: set[str] = set()
        self.user_keys_this_run: set[str] = set()
        # Keys holding the value of a widget that is not drawn, for it to take back.
        self._kept_keys: set[str] = set()

    # -- the mapping the script sees ------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        widget_id = self._key_to_id.get(key)
        if key in self._new_session_state:
            return self._new_session_state[key]
        if widget_id is not None:
            if widget_id in self._new_widget_state:
                return self._widget_value(widget_id)
            if widget_id in self._old_state:
                return self._old_state[widget_id]
        if key in self._old_state:
            return self._old_state[key]
        raise KeyError(_missing_key(key))

    def __setitem__(self, key: str, value: Any) -> None:
        if self._key_to_id.get(key) in self.widget_ids_this_run:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        self._new_session_state[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(_missing_key(key))
        widget_id = self._key_to_id.pop(key, None)
        self._new_session_state.pop(key, None)
        self._old_state.pop(key, None)
        if widget_id is not None:
            self._new_widget_state.pop(widget_id, None)
            self._old_state.pop(widget_id, None)

    def __contains__(self, key: object) -> bool:
        try:
            self[str(key)]
        except KeyError:
            return False
        return True

    def filtered_state(self) -> dict[str, Any]:
        """Everything the script can see by key; widgets without a key are hidden."""
        id_to_key = {widget_id: key for key, widget_id in self._key_to_id.items()}
        keys = {
            id_to_key.get(k) if is_widget_id(k) else k
            for k in [*self._old_state, *self._new_widget_state, *self._new_session_state]
        }
        return {k: self[k] for k in keys if k is not None}

    # -- widgets --------------------------------------------------------------------

    def is_new_state_value(self, key: str) -> bool:
        return key in self._new_session_state

    def reset_state_value(self, key: str, value: Any) -> None:
        """Correct a widget's value set through session state (allowed after the widget exists)."""
        self._new_session_state[key] = value

    def register_widget(self, metadata: WidgetMetadata, user_key: str | None) -> Any:
        """Remember the widget's metadata; return the value it has in this run."""
        widget_id = metadata.widget_id
        self._metadata[widget_id] = metadata
        if user_key is not None:
            self._key_to_id[user_key] = widget_id
            if user_key in self._kept_keys and not self._has_id_value(widget_id):
                self._take_back(widget_id, user_key)
        if not self._has_widget_value(widget_id, user_key):
            self._new_widget_state[widget_id] = metadata.deserialize(None)
        return self._widget_value_by_id(widget_id, user_key)

    def discard_page_value(self, widget_id: str) -> None:
        """Forget what the page sent for a disabled widget: it cannot have changed."""
        if isinstance(self._new_widget_state.get(widget_id), _FromPage):
            del self._new_widget_state[widget_id]

    def has_page_value(self, widget_id: str) -> bool:
        """Whether the page sent a value for the widget in this run."""
        return isinstance(self._new_widget_state.get(widget_id), _FromPage)

    def has_earlier_value(self, widget_id: str) -> bool:
        """Whether the widget (this id) was drawn in an earlier run and kept its value."""
        return widget_id in self._old_state

    def seed_widget_value(self, widget_id: str, user_key: str, value: Any) -> None:
        """Give a widget its value before it registers, over what the page or script set (the URL's)."""
        self._new_widget_state[widget_id] = value
        self._new_session_state.pop(user_key, None)

    def keep_hidden_values(self, widget_ids: Iterable[str]) -> None:
        """These widgets are not drawn: keep each one's value under its key until it is drawn again."""
        id_to_key = {widget_id: key for key, widget_id in self._key_to_id.items()}
        for widget_id in widget_ids:
            key = id_to_key.get(widget_id)
            if key is None or not self._has_id_value(widget_id):
                continue
            self._old_state[key] = (
                self._widget_value(widget_id) if widget_id in self._new_widget_state else self._old_state[widget_id]
            )
            self._kept_keys.add(key)

    def drop_kept_value(self, user_key: str) -> None:
        """Forget the value kept for a widget that is not drawn (``persist_state="page"`` on another page)."""
        if user_key in self._kept_keys:
            self._kept_keys.discard(user_key)
            self._old_state.pop(user_key, None)

    def _has_id_value(self, widget_id: str) -> bool:
        return widget_id in self._new_widget_state or widget_id in self._old_state

    def _take_back(self, widget_id: str, user_key: str) -> None:
        self._kept_keys.discard(user_key)
        if user_key in self._old_state:
            self._new_widget_state[widget_id] = self._old_state.pop(user_key)

    def _has_widget_value(self, widget_id: str, user_key: str | None) -> bool:
        return (
            widget_id in self._new_widget_state
            or widget_id in self._old_state
            or (user_key is not None and user_key in self)
        )

    def _widget_value_by_id(self, widget_id: str, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._new_session_state:
            return self._new_session_state[user_key]
        if widget_id in self._new_widget_state:
            return self._widget_value(widget_id)
        if widget_id in self._old_state:
            return self._old_state[widget_id]
        assert user_key is not None, "register_widget stored a default"
        return self._old_state[user_key]

    def _widget_value(self, widget_id: str) -> Any:
        value = self._new_widget_state[widget_id]
        if not isinstance(value, _FromPage):
            return value
        metadata = self._metadata.get(widget_id)
        return value.value if metadata is None else metadata.deserialize(value.value)

    # -- the run's lifecycle --------------------------------------------------------

    def on_script_will_rerun(
        self, widgets: dict[str, Any], triggers: dict[str, Any], *, callbacks: bool = True
    ) -> list[str] | None:
        """Take in the page's values for this run, then run the callbacks of changed widgets
        (none when the run starts over after a package loaded: they ran already).

        Returns the fragments to rerun instead of this run's own scope, when every
        callback that ran asked for fragments by key (``st.rerun(scope=key)``); else None.
        """
        self._reset_triggers()
        self._compact()
        self.widget_ids_this_run.clear()
        self.user_keys_this_run.clear()
        for widget_id, value in [*widgets.items(), *triggers.items()]:
            self._new_widget_state[widget_id] = _FromPage(value)
        targets: dict[str, None] = {}
        wants_default = False
        for widget_id in list(self._new_widget_state):
            metadata = self._metadata.get(widget_id)
            if callbacks and metadata is not None and metadata.callback is not None and self._changed(widget_id):
                fragments = _run_callback(metadata)
                if fragments is None:
                    wants_default = True
                else:
                    targets.update(dict.fromkeys(fragments))
        return list(targets) if targets and not wants_default else None

    def on_script_finished(self, *, remove_stale_widgets: bool) -> None:
        """Reset buttons; after a complete run, forget widgets the script no longer draws."""
        self._reset_triggers()
        if not remove_stale_widgets:
            return
        live = self.widget_ids_this_run
        for layer in (self._new_widget_state, self._old_state):
            for key in [k for k in layer if is_widget_id(k) and k not in live]:
                del layer[key]

    def _compact(self) -> None:
        for widget_id in self._new_widget_state:
            self._old_state[widget_id] = self._widget_value(widget_id)
        for key, value in self._new_session_state.items():
            keyed_widget = self._key_to_id.get(key)
            if keyed_widget is None:
                self._old_state[key] = value
            else:
                self._old_state[keyed_widget] = value
                self._old_state.pop(key, None)
        self._new_widget_state.clear()
        self._new_session_state.clear()

    def _changed(self, widget_id: str) -> bool:
        return bool(self._widget_value(widget_id) != self._old_state.get(widget_id))

    def _reset_triggers(self) -> None:
        for layer in (self._new_widget_state, self._old_state):
            for widget_id in layer:
                metadata = self._metadata.get(widget_id)
                if metadata is not None and metadata.is_trigger:
                    # A button's False; a chat input's None (its trigger carries text).
                    layer[widget_id] = metadata.deserialize(None)


def _missing_key(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? More info: {_DOCS}'
    )


_in_callback = False


def in_callback() -> bool:
    """Whether a widget callback is running (where st.rerun may name fragments)."""
    return _in_callback


def _run_callback(metadata: WidgetMetadata) -> list[str] | None:
    """Run a callback; the fragment ids it asked to rerun by key, or None for the usual run."""
    global _in_callback
    assert metadata.callback is not None
    _in_callback = True
    try:
        metadata.callback(*metadata.args, **metadata.kwargs)
    except KeyedRerun as rerun:
        return rerun.fragment_ids
    except ScriptControlException:
        pass  # st.rerun() and st.stop() in a callback are no-ops: the script runs next anyway
    finally:
        _in_callback = False
    return None


_state = SessionState()


def get_session_state() -> SessionState:
    return _state


def reset_session_state() -> None:
    """Start a new session (the worker started the app)."""
    global _state
    _state = SessionState()


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: a dict that also allows attribute access.

    Example:
        >>> if "count" not in st.session_state:
        ...     st.session_state.count = 0
        >>> st.session_state.count += 1
    """

    def __getitem__(self, key: object) -> Any:
        return _state[_user_key(key)]

    def __setitem__(self, key: object, value: Any) -> None:
        _state[_user_key(key)] = value

    def __delitem__(self, key: object) -> None:
        del _state[_user_key(key)]

    def __contains__(self, key: object) -> bool:
        return str(key) in _state

    def __iter__(self) -> Iterator[str]:
        return iter(_state.filtered_state())

    def __len__(self) -> int:
        return len(_state.filtered_state())

    def __repr__(self) -> str:
        return repr(_state.filtered_state())

    def __str__(self) -> str:
        return str(_state.filtered_state())

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_missing_attribute(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(_missing_attribute(key)) from None

    def to_dict(self) -> dict[str, Any]:
        return _state.filtered_state()


def _user_key(key: object) -> str:
    text = str(key)
    if text.startswith(WIDGET_ID_PREFIX):
        raise StreamlitAPIException(f"Keys beginning with {WIDGET_ID_PREFIX} are reserved.")
    return text


def _missing_attribute(key: str) -> str:
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        f"More info: {_DOCS}"
    )


session_state = SessionStateProxy()
