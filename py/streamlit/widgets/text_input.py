"""st.text_input."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitValueError
from streamlit._session_state import get_session_state

__all__ = ["text_input"]

_TYPES = ("default", "password")


def text_input(
    label: str,
    value: object = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: Literal["default", "password"] = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    icon: str | None = None,
    validate: str | tuple[str, str] | None = None,
    live: bool | str = False,
    width: _widgets.Width = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> str | None:
    """Display a single-line text input; returns its text (None if `value` is None and empty).

    Example:
        >>> name = st.text_input("Your name", "Ada")
    """
    if type not in _TYPES:
        raise StreamlitValueError("type", [repr(t) for t in _TYPES])
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    default = None if value is None else str(value)
    widget_id = _widgets.widget_id(
        "text_input",
        user_key,
        key_as_main_identity={"max_chars"},
        label=label,
        value=default,
        max_chars=max_chars,
        type=type,
        help=help,
        autocomplete=autocomplete,
        placeholder=str(placeholder),
    )
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        default = None

    def deserialize(ui: Any) -> str | None:
        text = default if ui is None else str(ui)
        return text[:max_chars] if text is not None and max_chars is not None else text

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda v: v,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.text(),
    )
    active()._enqueue(
        "text_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=current,
            on_change=on_change,
            default=default,
            max_chars=max_chars,
            type=type,
            placeholder=placeholder,
            required=bool(required),
            icon=icon,
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
