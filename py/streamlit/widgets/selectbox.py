"""st.selectbox."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from streamlit import _binding, _pages, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from streamlit._session_state import get_session_state
from streamlit._types import is_dataframe_like
from streamlit.widgets import _options
from streamlit.widgets._options import FilterMode

__all__ = ["selectbox"]


def selectbox(
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: FilterMode = "fuzzy",
    width: _widgets.Width = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> Any:
    """Display a select widget; returns the chosen option (None if nothing is chosen).

    Example:
        >>> color = st.selectbox("Color", ["red", "green"], index=1)
    """
    opts = _as_list(options)
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and opts and not 0 <= index < len(opts):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(opts) - 1)
    _options.check_filter_mode(filter_mode, accept_new_options)
    formatted = [str(format_func(o)) for o in opts]
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    widget_id = _widgets.widget_id(
        "selectbox",
        user_key,
        # With a key, only accept_new_options changes the id: it can invalidate the value.
        key_as_main_identity={"accept_new_options"},
        label=label,
        options=formatted,
        index=index,
        help=help,
        placeholder=placeholder,
        accept_new_options=accept_new_options,
        filter_mode=filter_mode,
        width=width,
        required=required,
        icon=icon,
    )
    icon = _pages.icon_or_emoji(icon) or None
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        index = None
    default = index if opts else None

    def deserialize(ui: Any) -> Any:
        chosen = default if ui is None else ui
        if isinstance(chosen, str) and accept_new_options:
            # Typed text that names an option (in any case) is that option, as in Streamlit.
            lowered = [label.lower() for label in formatted]
            return opts[lowered.index(chosen.lower())] if chosen.lower() in lowered else chosen
        if isinstance(chosen, int) and not isinstance(chosen, bool) and 0 <= chosen < len(opts):
            return opts[chosen]
        # Not an option (text the widget does not take): the default, as Streamlit resets it.
        return opts[default] if default is not None else None

    def serialize(current: Any) -> int | str | None:
        for i, option in enumerate(opts):
            if option is current or _same(option, current):
                return i
        # A new option the visitor typed travels as its text.
        return current if accept_new_options and isinstance(current, str) else None

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=serialize,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.choice(formatted, clearable=default is None, new_options=bool(accept_new_options)),
    )
    active()._enqueue(
        "selectbox",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=default,
            options=formatted,
            placeholder=_options.placeholder(placeholder, opts, bool(accept_new_options), "an option"),
            required=bool(required),
            icon=icon,
            accept_new_options=bool(accept_new_options),
            filter_mode=filter_mode,
            width=width,
        ),
        widget_id,
    )
    return current


def _as_list(options: Iterable[Any]) -> list[Any]:
    if is_dataframe_like(options):
        # As Streamlit: a DataFrame's options are its first column.
        from streamlit.elements.data import to_pandas

        return list(to_pandas(options).iloc[:, 0])
    if isinstance(options, dict):
        return list(options.keys())
    return list(options)


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # options such as arrays compare element-wise
        return False
