"""st.pills and st.segmented_control: a row of options, one or many selected."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from streamlit._session_state import get_session_state
from streamlit.widgets import _options

__all__ = ["pills", "segmented_control"]

SelectionMode = Literal["single", "multi"]


def pills(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Sequence[Any] | Any | None = None,
    required: bool = False,
    format_func: Callable[[Any], str] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: _widgets.Width = "content",
    wrap: bool | None = None,
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> list[Any] | Any | None:
    """Display pill buttons; returns the chosen option (None if none), or a list with ``"multi"``.

    Example:
        >>> choice = st.pills("Directions", ["North", "East", "South", "West"])
    """
    return _button_group(
        "pills", label, options, selection_mode, default, required, format_func, key, help,
        on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip


def segmented_control(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: SelectionMode = "single",
    default: Sequence[Any] | Any | None = None,
    required: bool = False,
    format_func: Callable[[Any], str] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: _widgets.Width = "content",
    wrap: bool | None = None,
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> list[Any] | Any | None:
    """Display a segmented control; returns the chosen option (None if none), or a list with ``"multi"``.

    Example:
        >>> view = st.segmented_control("View", ["Day", "Week"], default="Week", required=True)
    """
    return _button_group(
        "segmented_control", label, options, selection_mode, default, required, format_func,
        key, help, on_change, args, kwargs, disabled, label_visibility, width, bind,
        persist_state,
    )  # fmt: skip


def _button_group(
    style: str,
    label: str,
    options: Iterable[Any],
    selection_mode: str,
    default: Any,
    required: bool,
    format_func: Callable[[Any], str] | None,
    key: str | int | None,
    help: str | None,
    on_change: Any,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: _widgets.LabelVisibility,
    width: Any,
    bind: Any,
    persist_state: Any,
) -> Any:
    if required and selection_mode == "multi":
        raise StreamlitIncompatibleParametersError(
            "required=True",
            "selection_mode='multi'",
            explanation="`required` is only supported for single-select mode.",
        )
    opts = _options.as_list(options)
    labels = _options.formatted(opts, format_func or str)
    defaults = _options.default_indices(opts, default)
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
    multi = selection_mode == "multi"
    if not multi and len(defaults) > 1:
        raise StreamlitAPIException(
            f"The default argument to `st.{style}` must be a single value when "
            "`selection_mode='single'`."
        )
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    width = _widgets.width(width, allow_content=True)
    _widgets.check_state_options(user_key, bind, persist_state)
    widget_id = _widgets.widget_id(
        style,
        user_key,
        key_as_main_identity={"click_mode"},
        options=labels,
        default=defaults,
        click_mode=selection_mode,
        style=style,
        width=width,
        label=label,
        help=help,
    )

    def deserialize(ui: Any) -> Any:
        indices = defaults if ui is None else ui
        chosen = [
            opts[i]
            for i in (indices if isinstance(indices, list) else [])
            if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(opts)
        ]
        if multi:
            return chosen
        return chosen[0] if chosen else None

    def serialize(current: Any) -> list[int]:
        values = _options.as_list(current) if multi else ([] if current is None else [current])
        return [i for i in (_options.index_of(opts, v) for v in values) if i is not None]

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
        url=_binding.choices(labels, max_count=None if multi else 1),
    )
    wanted = len(_options.as_list(current)) if multi else int(current is not None)
    if len(serialize(current)) != wanted:
        # Session state held values that are not options: back to what the page can show.
        current = deserialize(serialize(current) if multi else None)
        if user_key is not None:
            get_session_state().reset_state_value(user_key, current)
    active()._enqueue(
        "button_group",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=list(defaults),
            options=labels,
            style=style,
            selection_mode=selection_mode,
            required=bool(required),
            width=width,
        ),
        widget_id,
    )
    return current
