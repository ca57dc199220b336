"""st.radio."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from streamlit._session_state import get_session_state
from streamlit.widgets import _options

__all__ = ["radio"]


def radio(
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
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: _widgets.Width = "content",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> Any:
    """Display radio buttons; returns the chosen option (None if `index` is None and none is chosen).

    Example:
        >>> genre = st.radio("Genre", ["Comedy", "Drama"], captions=["Laugh", "Cry"])
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=True)
    opts = _options.as_list(options)
    labels = _options.formatted(opts, format_func)
    widget_id = _widgets.widget_id(
        "radio",
        user_key,
        key_as_main_identity=True,
        label=label,
        options=labels,
        index=index,
        help=help,
        horizontal=horizontal,
        captions=captions,
        width=width,
    )
    if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
        raise StreamlitInvalidParameterTypeError("index", type(index).__name__, ["int", "None"])
    if index is not None and opts and not 0 <= index < len(opts):
        raise StreamlitValueOutOfRangeError("index", index, 0, len(opts) - 1)
    caption_texts = [_caption(c) for c in captions] if captions is not None else []
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        index = None
    default = index if opts else None

    def deserialize(ui: Any) -> Any:
        chosen = default if ui is None else ui
        if isinstance(chosen, int) and 0 <= chosen < len(opts):
            return opts[chosen]
        return None

    def serialize(current: Any) -> int | None:
        return None if current is None else _options.index_of(opts, current)

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
        url=_binding.choice(labels, clearable=default is None),
    )
    if current is not None and serialize(current) is None:
        # Set through session state to something that is not an option: back to the default.
        current = deserialize(None)
        if user_key is not None:
            state.reset_state_value(user_key, current)
    active()._enqueue(
        "radio",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=default,
            options=labels,
            captions=caption_texts[: len(labels)],
            horizontal=bool(horizontal),
            width=width,
        ),
        widget_id,
    )
    return current


def _caption(caption: object) -> str:
    if caption is None:
        return ""
    if isinstance(caption, str):
        return caption
    raise StreamlitInvalidParameterTypeError("captions", type(caption).__name__, ["str", "None"])
