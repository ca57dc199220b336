"""st.text_area."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException
from streamlit._session_state import get_session_state

__all__ = ["text_area"]


def text_area(
    label: str,
    value: object = "",
    height: int | Literal["content", "stretch"] | None = None,
    max_chars: int | None = None,
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
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> str | None:
    """Display a multi-line text input; returns its text (None if `value` is None and it is empty).

    The text reaches the script on Ctrl+Enter (⌘+Enter) or when the field loses focus.

    Example:
        >>> txt = st.text_area("Text to analyze", "It was the best of times...", height=200)
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    if not (
        height is None
        or height in ("content", "stretch")
        or (isinstance(height, int) and not isinstance(height, bool) and height > 0)
    ):
        raise StreamlitAPIException(
            f"Invalid height value: {height!r}. Height must be either an integer (pixels), "
            "'stretch', or 'content'."
        )
    default = None if value is None else str(value)
    widget_id = _widgets.widget_id(
        "text_area",
        user_key,
        key_as_main_identity={"max_chars"},
        label=label,
        value=default,
        height=height,
        max_chars=max_chars,
        help=help,
        placeholder=str(placeholder),
        width=width,
        required=required,
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
    if height is None:
        # Streamlit's default fits three lines; the minimum is two.
        height = 122 if label_visibility != "collapsed" else 94
    active()._enqueue(
        "text_area",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=current,
            on_change=on_change,
            default=default,
            height=height,
            max_chars=max_chars,
            placeholder=placeholder,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
