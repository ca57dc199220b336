"""st.multiselect."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from numbers import Integral
from typing import Any, Literal

from streamlit import _binding, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)
from streamlit._session_state import get_session_state
from streamlit.widgets import _options
from streamlit.widgets._options import FilterMode

__all__ = ["multiselect"]


def multiselect(
    label: str,
    options: Iterable[Any],
    default: Any | None = None,
    format_func: Callable[[Any], str] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    accept_new_options: bool = False,
    filter_mode: FilterMode = "fuzzy",
    select_all: bool | int = 1000,
    width: Literal["stretch"] | int = "stretch",
    wrap: bool | None = None,
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> list[Any]:
    """Display a multi-select box; returns the chosen options, in the order they were chosen.

    With ``accept_new_options=True`` the user may also type new options, returned as strings.

    Example:
        >>> colors = st.multiselect("Colors", ["Green", "Red", "Blue"], default=["Red"])
    """
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    _widgets.check_state_options(user_key, bind, persist_state)
    if max_selections is not None and (
        isinstance(max_selections, bool)
        or not isinstance(max_selections, Integral)
        or max_selections < 1
    ):
        raise StreamlitValueError(
            "max_selections",
            ["a positive integer"],
            detail="To disable `st.multiselect`, use `disabled=True`."
            if max_selections == 0 and not isinstance(max_selections, bool)
            else "",
        )
    opts = _options.as_list(options)
    labels = _options.formatted(opts, format_func)
    defaults = _options.default_indices(opts, default)
    _options.check_filter_mode(filter_mode, accept_new_options)
    select_all_limit = _select_all_limit(select_all)
    width = _widgets.width(width, allow_content=False)
    widget_id = _widgets.widget_id(
        "multiselect",
        user_key,
        key_as_main_identity={"max_selections", "accept_new_options"},
        label=label,
        options=labels,
        default=defaults,
        help=help,
        max_selections=max_selections,
        placeholder=placeholder,
        accept_new_options=accept_new_options,
        filter_mode=filter_mode,
        select_all=select_all_limit,
        width=width,
    )

    def deserialize(ui: Any) -> list[Any]:
        if ui is None:
            return [opts[i] for i in defaults]
        values: list[Any] = []
        for item in ui if isinstance(ui, list) else []:
            if isinstance(item, int) and not isinstance(item, bool) and 0 <= item < len(opts):
                values.append(opts[item])
            elif isinstance(item, str) and accept_new_options:
                values.append(item)
        return values

    def serialize(current: Any) -> list[int | str]:
        items: list[int | str] = []
        for value in _options.as_list(current):
            index = _options.index_of(opts, value)
            if index is not None:
                items.append(index)
            elif accept_new_options:
                items.append(str(format_func(value)))
        return items

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
        url=_binding.choices(labels, max_count=max_selections, new_options=bool(accept_new_options)),
    )
    if max_selections is not None and len(_options.as_list(current)) > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(len(_options.as_list(current)), max_selections)
    if not accept_new_options:
        kept = [v for v in _options.as_list(current) if _options.index_of(opts, v) is not None]
        if len(kept) != len(_options.as_list(current)):
            # Session state held values that are not options: Streamlit drops them.
            current = kept
            if user_key is not None:
                get_session_state().reset_state_value(user_key, current)
    no_options = not opts and not accept_new_options
    active()._enqueue(
        "multiselect",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled or no_options,
            label_visibility=label_visibility,
            value=serialize(current),
            on_change=on_change,
            default=list(defaults),
            options=labels,
            max_selections=max_selections,
            placeholder=_options.placeholder(placeholder, opts, accept_new_options, "options"),
            accept_new_options=bool(accept_new_options),
            filter_mode=filter_mode,
            select_all=select_all_limit,
            width=width,
        ),
        widget_id,
    )
    return list(current)


def _select_all_limit(select_all: object) -> int | None:
    """Up to how many options the "Select all" entry is offered (None: always, 0: never)."""
    if isinstance(select_all, bool):
        return None if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise StreamlitValueError(
                "select_all",
                ["True", "False", "a non-negative integer"],
                detail="When using an int, `select_all` must be a non-negative integer.",
            )
        return select_all
    raise StreamlitInvalidParameterTypeError("select_all", type(select_all).__name__, ["bool", "int"])
