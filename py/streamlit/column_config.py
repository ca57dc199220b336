"""``st.column_config``: how st.dataframe and st.data_editor show each column.

Each function returns a plain dict shaped like Streamlit's ``ColumnConfig``;
`elements/data.py` sends it to the page, whose grid reads `label`, `width`,
`help`, `hidden`, `pinned`, `alignment` and the `type_config`.

Example:
    >>> st.dataframe(df, column_config={
    ...     "price": st.column_config.NumberColumn("Price", format="dollar"),
    ...     "url": st.column_config.LinkColumn("Site", display_text="Open"),
    ...     "internal_id": None,  # hidden
    ... })
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from streamlit._errors import StreamlitMissingRequiredParameterError

__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "CheckboxColumn",
    "Column",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]

ColumnWidth = Literal["small", "medium", "large"] | int
Alignment = Literal["left", "center", "right"]
ColumnConfig = dict[str, Any]


@dataclass(frozen=True)
class ButtonColumnResult:
    """A `ButtonColumn` with a `key`: its config, and the click callback the grid's command registers."""

    config: ColumnConfig
    on_click: Callable[..., None] | None = None
    args: Iterable[Any] | None = None
    kwargs: dict[str, Any] | None = None
    key: str | None = None


def _common(
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    pinned: bool | None,
    **extra: Any,
) -> ColumnConfig:
    return {"label": label, "width": width, "help": help, **extra, "pinned": pinned}


def _editable(
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    disabled: bool | None,
    required: bool | None,
    pinned: bool | None,
    alignment: Alignment | None,
    default: Any,
    type_config: dict[str, Any] | None,
) -> ColumnConfig:
    config: ColumnConfig = {
        "label": label,
        "width": width,
        "help": help,
        "disabled": disabled,
        "required": required,
        "pinned": pinned,
        "alignment": alignment,
    }
    if type_config is not None:
        config["default"] = default
        config["type_config"] = type_config
    return config


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (datetime.date, datetime.time)) else value


def Column(  # noqa: N802 - Streamlit's names
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """A column's label, width, help and editability, whatever its type."""
    return _editable(label, width, help, disabled, required, pinned, alignment, None, None)


def TextColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """A text column; `validate` is a regular expression edits must match."""
    type_config = {"type": "text", "max_chars": max_chars, "validate": validate}
    return _editable(label, width, help, disabled, required, pinned, alignment, default, type_config)


def NumberColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """A number column; `format` is printf-style or a name ("dollar", "percent", "compact"...)."""
    type_config = {
        "type": "number",
        "min_value": min_value,
        "max_value": max_value,
        "format": format,
        "step": step,
    }
    return _editable(label, width, help, disabled, required, pinned, alignment, default, type_config)


def CheckboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """A column of checkboxes, for booleans."""
    type_config = {"type": "checkbox"}
    return _editable(label, width, help, disabled, required, pinned, alignment, default, type_config)


def SelectboxColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """A column whose values are picked from `options`."""
    values = list(options or [])
    choices = [{"value": o, "label": format_func(o)} for o in values] if format_func else values
    config = _editable(label, width, help, disabled, required, pinned, None, default, {})
    del config["alignment"]
    config["type_config"] = {"type": "selectbox", "options": choices}
    return config


def ListColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    """A column of lists, shown as their items."""
    return {
        **_common(label, width, help, pinned),
        "disabled": disabled,
        "required": required,
        "default": None if default is None else list(default),
        "type_config": {"type": "list"},
    }


def MultiselectColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Iterable[str] | None = None,
    options: Iterable[str] | None = None,
    accept_new_options: bool | None = None,
    color: Any = None,
    format_func: Callable[[str], str] | None = None,
) -> ColumnConfig:
    """A column of lists whose items come from `options`."""
    choices = [
        {"value": o, **({"label": format_func(o)} if format_func else {})} for o in options or []
    ]
    config = _editable(label, width, help, disabled, required, pinned, None, None, {})
    del config["alignment"]
    config["default"] = None if default is None else list(default)
    config["type_config"] = {
        "type": "multiselect",
        "options": choices,
        "accept_new_options": accept_new_options,
    }
    return config


def LinkColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """A column of URLs, shown as links; `display_text` replaces the URL as the link text."""
    type_config = {
        "type": "link",
        "max_chars": max_chars,
        "validate": validate,
        "display_text": display_text,
    }
    return _editable(label, width, help, disabled, required, pinned, alignment, default, type_config)


def _temporal(
    kind: str,
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    disabled: bool | None,
    required: bool | None,
    pinned: bool | None,
    alignment: Alignment | None,
    default: Any,
    format: str | None,
    min_value: Any,
    max_value: Any,
    step: Any,
    **extra: Any,
) -> ColumnConfig:
    if isinstance(step, datetime.timedelta):
        step = step.total_seconds()
    type_config = {
        "type": kind,
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": step,
        **extra,
    }
    return _editable(
        label, width, help, disabled, required, pinned, alignment, _iso(default), type_config
    )


def DateColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.date | None = None,
    format: str | None = None,
    min_value: datetime.date | None = None,
    max_value: datetime.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """A date column; `format` is "localized", "distance", "iso8601" or a Moment.js pattern."""
    return _temporal(
        "date", label, width, help, disabled, required, pinned, alignment,
        default, format, min_value, max_value, step,
    )  # fmt: skip


def DatetimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.datetime | None = None,
    format: str | None = None,
    min_value: datetime.datetime | None = None,
    max_value: datetime.datetime | None = None,
    step: int | float | datetime.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """A date-and-time column."""
    return _temporal(
        "datetime", label, width, help, disabled, required, pinned, alignment,
        default, format, min_value, max_value, step, timezone=timezone,
    )  # fmt: skip


def TimeColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: datetime.time | None = None,
    format: str | None = None,
    min_value: datetime.time | None = None,
    max_value: datetime.time | None = None,
    step: int | float | datetime.timedelta | None = None,
) -> ColumnConfig:
    """A time-of-day column."""
    return _temporal(
        "time", label, width, help, disabled, required, pinned, alignment,
        default, format, min_value, max_value, step,
    )  # fmt: skip


def ProgressColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: Any = None,
) -> ColumnConfig:
    """Numbers as progress bars between `min_value` (default 0) and `max_value` (default 100)."""
    type_config = {
        "type": "progress",
        "format": format,
        "min_value": min_value,
        "max_value": max_value,
        "step": step,
        "color": color,
    }
    return {**_common(label, width, help, pinned), "type_config": type_config}


def _chart_column(
    kind: str,
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    pinned: bool | None,
    y_min: float | None,
    y_max: float | None,
    color: Any,
) -> ColumnConfig:
    type_config = {"type": kind, "y_min": y_min, "y_max": y_max, "color": color}
    return {**_common(label, width, help, pinned), "type_config": type_config}


def LineChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: Any = None,
) -> ColumnConfig:
    """Lists of numbers as small line charts."""
    return _chart_column("line_chart", label, width, help, pinned, y_min, y_max, color)


def BarChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: Any = None,
) -> ColumnConfig:
    """Lists of numbers as small bar charts."""
    return _chart_column("bar_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    y_min: int | float | None = None,
    y_max: int | float | None = None,
    color: Any = None,
) -> ColumnConfig:
    """Lists of numbers as small area charts."""
    return _chart_column("area_chart", label, width, help, pinned, y_min, y_max, color)


def _display_column(
    kind: str,
    label: str | None,
    width: ColumnWidth | None,
    help: str | None,
    pinned: bool | None,
    alignment: Alignment | None,
) -> ColumnConfig:
    return {
        **_common(label, width, help, pinned),
        "alignment": alignment,
        "type_config": {"type": kind},
    }


def ImageColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """Image URLs (or data URLs) shown as images."""
    return _display_column("image", label, width, help, pinned, alignment)


def JsonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """JSON-like values shown as compact JSON."""
    return _display_column("json", label, width, help, pinned, alignment)


def AudioColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """Audio URLs or data URLs: an icon that opens a player."""
    return _display_column("audio", label, width, help, pinned, alignment)


def VideoColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
) -> ColumnConfig:
    """Video URLs or data URLs: an icon that opens a player."""
    return _display_column("video", label, width, help, pinned, alignment)


def MarkdownColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    default: str | None = None,
) -> ColumnConfig:
    """Markdown text (shown as plain text in Headwater's grid)."""
    type_config = {"type": "markdown"}
    return _editable(label, width, help, disabled, required, pinned, alignment, default, type_config)


def ButtonColumn(  # noqa: N802
    label: str | None = None,
    *,
    width: ColumnWidth | None = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: Alignment | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    on_click: Callable[..., None] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    key: str | None = None,
) -> ButtonColumnResult | ColumnConfig:
    """A column of buttons labelled by the cell text (a list of labels: one button each).

    A click reruns the script with ``st.session_state[key]`` set to the click
    (``row``, ``label``) for that run, after calling `on_click`; without `key`
    the buttons do nothing.

    Example:
        >>> st.dataframe(df, column_config={"open": st.column_config.ButtonColumn(key="opened")})
        >>> if st.session_state.opened:
        ...     st.write("Opened row", st.session_state.opened.row)
    """
    config = {
        **_common(label, width, help, pinned),
        "alignment": alignment,
        "disabled": True,
        "type_config": {"type": "button", "button_type": type},
    }
    if key is not None:
        return ButtonColumnResult(config, on_click=on_click, args=args, kwargs=kwargs, key=key)
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail="Callbacks passed via `on_click`, `args`, or `kwargs` need a unique key to be "
            "registered.",
        )
    return config
