"""The widget recipe, shared by every widget in ``streamlit.widgets``:

1. ``widget_id(kind, key, ...)``: a stable id from the arguments that define the
   widget (or from its key), checked to be unique in this run;
2. ``register(...)``: hand session state the serializer and callback, get the
   value the widget has in this run (with ``bind``/``persist_state``, see ``_binding``);
3. enqueue the element with ``props(...)``, carrying the serialized value;
4. return the value.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any, Literal

from streamlit import _binding, _forms
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from streamlit._session_state import WIDGET_ID_PREFIX, WidgetMetadata, get_session_state
from streamlit.elements._sizing import Width, width  # re-exported: widgets size like elements

__all__ = [
    "BindOption",
    "LabelVisibility",
    "OnChangeMode",
    "PersistStateOption",
    "Width",
    "WidgetCallback",
    "callback",
    "check_state_options",
    "check_writes_allowed",
    "current_form_id",
    "props",
    "register",
    "to_key",
    "widget_id",
    "width",
]

LabelVisibility = Literal["visible", "hidden", "collapsed"]
WidgetCallback = Callable[..., None]
OnChangeMode = Literal["rerun", "ignore"]
BindOption = Literal["query-params"] | None
PersistStateOption = Literal["page", "session"] | None
_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
_ON_CHANGE_MODES = ("rerun", "ignore")


def to_key(key: object) -> str | None:
    return None if key is None else str(key)


def check_writes_allowed(key: str | None) -> None:
    """For widgets whose value the script may not set (buttons)."""
    if key is not None and get_session_state().is_new_state_value(key):
        raise StreamlitValueAssignmentNotAllowedError(key)


def callback(
    on_change: object,
    *,
    modes: tuple[str, ...] = _ON_CHANGE_MODES,
    param: str = "on_change",
) -> WidgetCallback | None:
    """The callback to run on change: `on_change` if callable; None for ``"rerun"``/``"ignore"``/None.

    How a mode behaves on the page (``"ignore"``: no rerun) is up to the widget's props.
    """
    if on_change is None or callable(on_change):
        return on_change  # type: ignore[return-value]
    if isinstance(on_change, str) and on_change in _ON_CHANGE_MODES:
        if on_change in modes:
            return None
        raise StreamlitAPIException(
            f'`{param}="{on_change}"` is not supported on this widget. '
            f"Pass a callback, or omit `{param}`."
        )
    raise StreamlitValueError(param, [repr(m) for m in modes] + ["a callback function"])


def check_state_options(user_key: str | None, bind: object, persist_state: object) -> None:
    """Validate `bind` and `persist_state` as Streamlit does (``register`` acts on them)."""
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if bind is not None and user_key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using bind='query-params', the widget must have a unique 'key' "
            "parameter specified. This 'key' will be used as the name of the query parameter.",
        )
    if persist_state is not None and persist_state not in ("page", "session"):
        raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
    if persist_state is not None and user_key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="When using persist_state, the widget must have a unique 'key' parameter "
            "specified so its value can be preserved across reruns and page switches.",
        )


def current_form_id() -> str | None:
    """The key of the form the next widget goes into, if any."""
    form = _forms.form_of(active())
    return None if form is None else form.form_id


def widget_id(
    kind: str,
    user_key: str | None,
    *,
    key_as_main_identity: bool | Iterable[str],
    **identity: Any,
) -> str:
    """The widget's id: ``$$ID-<hash of kind and defining args>-<key>``, unique in this run.

    With a key, the key is the widget's identity: only the arguments named by
    `key_as_main_identity` (those that could invalidate the value) still count,
    so changing a keyed widget's label keeps its value.
    """
    if user_key is not None and key_as_main_identity is not False:
        allowed = set() if key_as_main_identity is True else set(key_as_main_identity)
        identity = {k: v for k, v in identity.items() if k in allowed}
    else:
        # The same widget may be drawn in the main area and in the sidebar.
        identity["active_dg_root_container"] = active()._root
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(kind.encode())
    if user_key:
        hasher.update(user_key.encode())
    for name, value in identity.items():
        hasher.update(str(name).encode())
        hasher.update(str(value).encode())
    element_id = f"{WIDGET_ID_PREFIX}-{hasher.hexdigest()}-{user_key}"

    state = get_session_state()
    if user_key is not None:
        if user_key in state.user_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        state.user_keys_this_run.add(user_key)
    if element_id in state.widget_ids_this_run:
        raise StreamlitDuplicateElementId(kind)
    state.widget_ids_this_run.add(element_id)
    return element_id


def register(
    element_id: str,
    user_key: str | None,
    *,
    deserialize: Callable[[Any], Any],
    serialize: Callable[[Any], Any],
    on_change: WidgetCallback | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    is_trigger: bool = False,
    form_submitter: bool = False,
    bind: BindOption = None,
    persist_state: PersistStateOption = None,
    url: _binding.UrlFormat | None = None,
) -> Any:
    """Register the widget with session state; return its value in this run.

    A widget that takes `bind` passes `url`, how its page value reads and writes
    the address (one of ``_binding``'s formats).
    """
    if on_change is not None and not form_submitter and current_form_id() is not None:
        raise StreamlitInvalidFormCallbackError()
    state = get_session_state()
    if disabled:
        state.discard_page_value(element_id)
    _binding.prepare(
        element_id, user_key, bind=bind, persist_state=persist_state, url=url, deserialize=deserialize
    )
    metadata = WidgetMetadata(
        widget_id=element_id,
        deserialize=deserialize,
        serialize=serialize,
        callback=on_change,
        args=tuple(args or ()),
        kwargs=dict(kwargs or {}),
        is_trigger=is_trigger,
    )
    value = state.register_widget(metadata, user_key)
    _binding.register(
        element_id, user_key, bind=bind, persist_state=persist_state, url=url,
        value=value, serialize=serialize, deserialize=deserialize,
    )  # fmt: skip
    return value


def props(
    label: str,
    *,
    help: str | None,
    disabled: bool,
    label_visibility: LabelVisibility,
    value: Any,
    on_change: object = None,
    bind: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The props every widget element carries, plus its own.

    `form_id` is the key of the form the widget is in (the page holds its
    changes until the form is submitted), None outside forms. `rerun` is
    False for ``on_change="ignore"``: the page keeps a change for the next
    rerun instead of causing one. A bound widget carries `bind`
    (``_binding.page_props``), for the page to write a change it holds to the address.
    """
    if label_visibility not in _LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", [repr(v) for v in _LABEL_VISIBILITIES])
    if bind is not None:
        extra["bind"] = bind
    return {
        "label": str(label),
        "help": help,
        "disabled": disabled,
        "label_visibility": label_visibility,
        "value": value,
        "form_id": current_form_id(),
        "rerun": not (isinstance(on_change, str) and on_change == "ignore"),
        **extra,
    }
