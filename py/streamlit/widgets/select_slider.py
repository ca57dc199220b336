"""st.select_slider: a slider over a list of options (the page moves indices)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitMissingRequiredParameterError
from streamlit._session_state import get_session_state
from streamlit.widgets import _options

__all__ = ["select_slider"]


def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any | Sequence[Any] | None = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> Any:
    """Display a slider that selects among `options`; a pair `value` makes it a range.

    Example:
        >>> size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
        >>> lo, hi = st.select_slider("Band", ["red", "green", "blue"], value=("red", "blue"))
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    width = _widgets.width(width, allow_content=False)
    opts = _options.as_list(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError(
            "options", detail="Provide at least one option."
        )
    is_range = isinstance(value, (list, tuple))
    if is_range:
        indices = [_index(opts, v) for v in value]  # type: ignore[union-attr]
        if len(indices) == 2 and indices[0] > indices[1]:
            indices.reverse()
    else:
        indices = [0 if value is None else _index(opts, value)]
    labels = _options.formatted(opts, format_func)
    widget_id = _widgets.widget_id(
        "select_slider",
        user_key,
        key_as_main_identity=True,
        label=label,
        options=labels,
        value=indices,
        help=help,
        width=width,
    )
    ranged = is_range or len(indices) >= 2

    def deserialize(ui: Any) -> Any:
        chosen = indices
        if ui is not None:
            sent = list(ui) if isinstance(ui, (list, tuple)) else [ui]
            if len(sent) == (2 if ranged else 1) and all(
                isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(opts)
                for i in sent
            ):
                chosen = sorted(sent)
        if ranged:
            end = chosen[1] if len(chosen) > 1 else len(opts) - 1
            return (opts[chosen[0]], opts[end])
        return opts[chosen[0]]

    def serialize(current: Any) -> Any:
        if isinstance(current, (list, tuple)):
            return [_options.index_of(opts, v) for v in current]
        return _options.index_of(opts, current)

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
        url=_binding.slider_choices(labels),
    )
    wire = serialize(current)
    if wire is None or (isinstance(wire, list) and None in wire):
        # Set through session state to something that is not an option: the default.
        current = deserialize(None)
        wire = serialize(current)
        if user_key is not None:
            get_session_state().reset_state_value(user_key, current)
    active()._enqueue(
        "select_slider",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=wire,
            on_change=on_change,
            default=serialize(deserialize(None)),
            options=labels,
            min=0,
            max=len(opts) - 1,
            step=1,
            width=width,
        ),
        widget_id,
    )
    return current


def _index(opts: list[Any], value: Any) -> int:
    index = _options.index_of(opts, value)
    if index is None:
        raise ValueError(f"{value} is not in iterable")
    return index
