"""Dataframes and static tables, sent as Arrow IPC streams.

pandas and pyarrow are imported only when data arrives, never at shim import,
so scripts that show no data do not pay for loading them in the browser.

`st.dataframe` with ``on_select`` is a widget: the page sends the selection
as ``{"selection": {"rows": [...], "columns": [...], "cells": [[row, column], ...]}}``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from streamlit import _widgets
from streamlit._container import Container, active
from streamlit._arrow_writer import field_names, write_frame
from streamlit._errors import (
    NeedsPackageException,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from streamlit._types import is_type
from streamlit.elements.selection import ReadOnlyAttributeDictionary, check_on_select

__all__ = [
    "ButtonColumnClickState",
    "DataframeState",
    "button_columns",
    "arrow_ipc",
    "column_props",
    "dataframe",
    "pyarrow",
    "register_button_columns",
    "table",
    "to_pandas",
]

INDEX_KEY = "_index"
# Streamlit sends a frame whole up to 150,000 rows and pages larger ones in from its
# server as the reader scrolls. Headwater has no server to page from, and every byte
# is copied from Python to the page, so the page gets the first rows that fit both
# limits and says how many rows there are. A static table draws every row it gets.
MAX_DATAFRAME_ROWS = 150_000
MAX_TABLE_ROWS = 10_000
MAX_DATA_BYTES = 50 * 2**20
_SELECTION_MODES = frozenset(
    {"single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell"}
)
_CONFIG_KEYS = (
    "label", "width", "help", "pinned", "alignment", "disabled", "required", "default", "type_config",
)  # fmt: skip


class DataframeState(ReadOnlyAttributeDictionary):
    """What ``st.dataframe(..., on_select="rerun")`` returns: ``event.selection.rows`` and co."""


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """A click on a ``column_config.ButtonColumn`` cell: ``row`` (its position in the data) and ``label``."""


def dataframe(
    data: Any = None,
    width: int | str = "stretch",
    height: int | str = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    key: str | int | None = None,
    on_select: Any = "ignore",
    selection_mode: str | Iterable[str] = "multi-row",
    selection_default: Mapping[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> Any:
    """Display an interactive table: a DataFrame, Series, array, list or dict.

    `width` is ``"stretch"`` (the container's width), ``"content"`` or pixels.
    `column_config` maps column names (``"_index"`` for the index) to a label,
    ``None`` (hidden) or a ``st.column_config`` column. With ``on_select="rerun"``
    the reader can select rows (or columns, cells) and this returns the selection.

    Example:
        >>> event = st.dataframe(df, on_select="rerun", selection_mode="multi-row")
        >>> st.write(df.iloc[event.selection.rows])
    """
    on_select_callback = check_on_select(on_select)
    selecting = on_select != "ignore"
    if selection_default is not None and not selecting:
        raise StreamlitAPIException(
            "`selection_default` and `on_select='ignore'` cannot be used together. "
            "Set `on_select` to `'rerun'` or a callback to use `selection_default`."
        )
    _check_lazy(data, lazy, selecting)
    column_config, buttons = button_columns(column_config)
    stream, index_columns, total_rows = _first_rows_ipc(data, MAX_DATAFRAME_ROWS)
    if use_container_width is None:
        use_container_width = width == "stretch"
    props = {
        "arrow": stream,
        "height": height if isinstance(height, int) and not isinstance(height, bool) else None,
        "width": width if isinstance(width, int) and not isinstance(width, bool) else None,
        "use_container_width": use_container_width,
        "hide_index": hide_index,
        "index_columns": index_columns,
        "columns": column_props(column_config, stream, index_columns),
        "column_order": None if column_order is None else [str(c) for c in column_order],
        "row_height": row_height,
        "placeholder": placeholder,
        "selection_mode": [],
        "value": None,
        "total_rows": total_rows,
        "button_widgets": register_button_columns(buttons, stream, index_columns),
    }
    if not selecting:
        return active()._enqueue("dataframe", props)

    modes = _selection_modes(selection_mode)
    user_key = _widgets.to_key(key)
    widget_id = _widgets.widget_id(
        "dataframe",
        user_key,
        key_as_main_identity=True,
        data=hashlib.blake2b(stream, digest_size=16).hexdigest(),
        columns=props["columns"],
        column_order=props["column_order"],
        selection_mode=modes,
        hide_index=hide_index,
    )
    default = _selection_state(selection_default)
    state = _widgets.register(
        widget_id,
        user_key,
        deserialize=lambda ui: default if ui is None else _selection_state(ui),
        serialize=lambda value: _selection_state(value),
        on_change=on_select_callback,
        args=None,
        kwargs=None,
        disabled=False,
    )
    state = _selection_state(state)
    active()._enqueue(
        "dataframe",
        {**props, "selection_mode": modes, "value": _plain(state)},
        widget_id,
    )
    return state


def _check_lazy(data: Any, lazy: bool | None, selecting: bool) -> None:
    """Streamlit's errors for ``lazy=True`` with what it cannot load lazily.

    Streamlit's server pages lazy rows in as the reader scrolls; Headwater has no
    server, so every frame goes to the page eagerly (up to MAX_DATAFRAME_ROWS)
    and ``lazy`` only decides these errors.
    """
    if lazy is not True or data is None:
        return
    if is_type(data, "pandas.Styler"):
        raise StreamlitAPIException(
            "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to "
            "the fully materialized table. Remove `lazy=True` or pass the underlying dataframe "
            "instead."
        )
    if selecting:
        raise StreamlitIncompatibleParametersError(
            "lazy=True",
            "on_select",
            explanation="Lazy dataframes cannot use position-based selection in this version. "
            'Set `on_select="ignore"` or remove `lazy=True`.',
        )
    columns = getattr(data, "columns", None)
    if getattr(columns, "nlevels", 1) > 1:
        raise StreamlitAPIException(
            "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column "
            "headers. Flatten the column headers or set `lazy=False`."
        )


def _selection_modes(selection_mode: str | Iterable[str]) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= _SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(_SELECTION_MODES)])
    for kind in ("row", "column", "cell"):
        if {f"single-{kind}", f"multi-{kind}"} <= modes:
            raise StreamlitAPIException(
                f"`selection_mode='multi-{kind}'` and `selection_mode='single-{kind}'` "
                "cannot be used together."
            )
    return sorted(modes)


def _selection_state(value: Any) -> DataframeState:
    """Any selection the page or session state holds, as Streamlit's state object."""
    selection = dict((value or {}).get("selection") or {}) if isinstance(value, Mapping) else {}
    return DataframeState(
        {
            "selection": {
                "rows": [int(r) for r in selection.get("rows", [])],
                "columns": [str(c) for c in selection.get("columns", [])],
                "cells": [(int(r), str(c)) for r, c in selection.get("cells", [])],
            }
        }
    )


def _plain(state: Mapping[str, Any]) -> dict[str, Any]:
    selection = dict.__getitem__(state, "selection")
    return {"selection": {k: [list(v) if isinstance(v, tuple) else v for v in values]
                          for k, values in selection.items()}}  # fmt: skip


def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: int | str = "stretch",
    height: int | str = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> Container:
    """Display a static table: every row, no scrolling or sorting.

    Example:
        >>> st.table(pd.DataFrame({"x": [1, 2], "y": [3, 4]}))
    """
    if border not in (True, False, "horizontal"):
        raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
    stream, index_columns, total_rows = _first_rows_ipc(data, MAX_TABLE_ROWS)
    return active()._enqueue(
        "table",
        {
            "arrow": stream,
            "index_columns": index_columns,
            "border": border,
            "hide_index": hide_index,
            "hide_header": hide_header,
            "total_rows": total_rows,
        },
    )


def column_props(
    column_config: Mapping[Any, Any] | None, stream: bytes, index_columns: list[str]
) -> dict[str, dict[str, Any]]:
    """Column name → what the grid needs to show it: label, width, hidden, type_config..."""
    if column_config is None:
        return {}
    if not isinstance(column_config, Mapping):
        raise StreamlitAPIException(
            "`column_config` must be a dictionary mapping column names to a column configuration."
        )
    names = [n for n in field_names(stream) if n not in index_columns]
    result: dict[str, dict[str, Any]] = {}
    for key, config in column_config.items():
        for target in _targets(key, names, index_columns):
            result[target] = _one_column(config)
    return result


def _targets(key: Any, names: list[str], index_columns: list[str]) -> list[str]:
    """The Arrow columns a `column_config` key names: a position, ``"_index"`` or a name."""
    if isinstance(key, int) and not isinstance(key, bool) and 0 <= key < len(names):
        return [names[key]]
    if str(key) == INDEX_KEY:
        return index_columns or ["__index_level_0__"]
    return [str(key)]


def button_columns(column_config: Any) -> tuple[Any, dict[Any, Any]]:
    """`column_config` with each keyed ``ButtonColumn`` as its plain config, and those columns by key."""
    from streamlit.column_config import ButtonColumnResult

    if not isinstance(column_config, Mapping):
        return column_config, {}
    buttons = {k: c for k, c in column_config.items() if isinstance(c, ButtonColumnResult)}
    if not buttons:
        return column_config, {}
    plain = {k: c.config if k in buttons else c for k, c in column_config.items()}
    return plain, buttons


def register_button_columns(
    buttons: Mapping[Any, Any], stream: bytes, index_columns: list[str]
) -> dict[str, str]:
    """Registers each keyed ``ButtonColumn``'s clicks as a trigger widget: column name → widget id.

    The page triggers it with ``{"row": position, "label": text}``; the script
    sees that in ``st.session_state[key]`` for the run the click causes, as Streamlit does.
    """
    if not buttons:
        return {}
    names = [n for n in field_names(stream) if n not in index_columns]
    widgets: dict[str, str] = {}
    for column_key, button in buttons.items():
        user_key = _widgets.to_key(button.key)
        _widgets.check_writes_allowed(user_key)
        widget_id = _widgets.widget_id("dataframe_button", user_key, key_as_main_identity=True)
        _widgets.register(
            widget_id,
            user_key,
            deserialize=_click_state,
            serialize=_click_state,
            on_change=_widgets.callback(button.on_click, modes=(), param="on_click"),
            args=button.args,
            kwargs=button.kwargs,
            disabled=False,
            is_trigger=True,
        )
        for target in _targets(column_key, names, index_columns):
            widgets[target] = widget_id
    return widgets


def _click_state(value: Any) -> ButtonColumnClickState | None:
    if not value:
        return None
    parsed = json.loads(value) if isinstance(value, str) else value
    row = parsed.get("row") if isinstance(parsed, Mapping) else None
    if not isinstance(row, int) or isinstance(row, bool) or not isinstance(parsed.get("label"), str):
        raise StreamlitAPIException("Invalid button click state: expected {row: int, label: str}.")
    if row < 0:
        raise StreamlitAPIException(f"Invalid button click row index: {row}. Row must be >= 0.")
    return ButtonColumnClickState({"row": row, "label": parsed["label"]})


def _one_column(config: Any) -> dict[str, Any]:
    if config is None:
        return {"hidden": True}
    if isinstance(config, str):
        return {"label": config}
    if isinstance(config, Mapping):
        return {k: config[k] for k in (*_CONFIG_KEYS, "hidden") if config.get(k) is not None}
    raise StreamlitAPIException(
        f"Invalid column config: {config!r}. Use a label, None, or a `st.column_config` column."
    )


def to_pandas(data: Any) -> Any:
    """Convert anything Streamlit accepts as data to a pandas DataFrame."""
    import pandas as pd

    if data is None:
        return pd.DataFrame()
    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.Index):
        return data.to_frame(index=False)
    if is_type(data, "pandas.Styler"):
        return data.data
    if is_type(data, "numpy.ndarray"):
        if data.ndim > 2:
            raise StreamlitAPIException(
                f"Unsupported numpy array: expected 1 or 2 dimensions, got {data.ndim}."
            )
        return pd.DataFrame(data)
    if hasattr(data, "to_pandas"):  # pyarrow, polars and friends
        return to_pandas(data.to_pandas())
    if isinstance(data, dict):
        try:
            return pd.DataFrame(data)
        except ValueError:  # all scalar values: one row per key
            return pd.Series(data, name="value").to_frame()
    if isinstance(data, (list, tuple, set, frozenset)) or hasattr(data, "__iter__"):
        return pd.DataFrame(list(data))
    raise StreamlitAPIException(f"Unable to convert object of type `{type(data)}` to a dataframe.")


def arrow_ipc(data: Any) -> tuple[bytes, list[str]]:
    """The data as Arrow IPC stream bytes, index as columns, and the index column names."""
    if is_type(data, "pyarrow.Table"):
        return _ipc(data), []
    return _frame_ipc(to_pandas(data))


def _first_rows_ipc(data: Any, max_rows: int) -> tuple[bytes, list[str], int | None]:
    """As `arrow_ipc`, for at most `max_rows` rows and about MAX_DATA_BYTES; the third
    value is the frame's row count when the stream holds fewer rows, else None."""
    if is_type(data, "pyarrow.Table"):
        table_ = data.slice(0, max_rows)
        if table_.nbytes > MAX_DATA_BYTES and table_.num_rows > 1:
            table_ = table_.slice(0, max(1, table_.num_rows * MAX_DATA_BYTES // table_.nbytes))
        return _ipc(table_), [], data.num_rows if table_.num_rows < data.num_rows else None
    df = to_pandas(data)
    total = len(df)
    # Only the rows that may be shown are converted: a million-row frame costs as little as its head.
    head = df.iloc[:max_rows] if total > max_rows else df
    stream, index_columns = _frame_ipc(head)
    if len(stream) > MAX_DATA_BYTES and len(head) > 1:
        head = head.iloc[: max(1, len(head) * MAX_DATA_BYTES // len(stream))]
        stream, index_columns = _frame_ipc(head)
    return stream, index_columns, total if len(head) < total else None


def _frame_ipc(df: Any) -> tuple[bytes, list[str]]:
    """A pandas frame, index as columns, as Arrow IPC: written without pyarrow when
    its types allow (pyarrow costs seconds to load in the browser), else by pyarrow."""
    written = write_frame(df)
    if written is not None:
        return written
    table_, index_columns = _table_from_pandas(df)
    return _ipc(table_), index_columns


def pyarrow() -> Any:
    """The pyarrow module; the browser loads it only when a script needs it, so a
    command that needs it first stops the run for the worker to load it."""
    try:
        import pyarrow as pa
    except ModuleNotFoundError as exc:
        if exc.name != "pyarrow":
            raise
        raise NeedsPackageException("pyarrow") from None
    return pa


def _ipc(table_: Any) -> bytes:
    pa = pyarrow()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table_.schema) as writer:
        writer.write_table(table_)
    return sink.getvalue().to_pybytes()


def _table_from_pandas(df: Any) -> tuple[Any, list[str]]:
    pa = pyarrow()

    try:
        table_ = pa.Table.from_pandas(df, preserve_index=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError):
        table_ = pa.Table.from_pandas(_stringify_mixed_columns(df), preserve_index=True)
    metadata = table_.schema.pandas_metadata or {}
    index_columns = [c for c in metadata.get("index_columns", []) if isinstance(c, str)]
    return table_, index_columns


def _stringify_mixed_columns(df: Any) -> Any:
    """Columns Arrow cannot type (mixed objects) are shown as text, as Streamlit does."""
    import pyarrow as pa

    df = df.copy()
    for name in df.columns:
        if df[name].dtype == object:
            try:
                pa.array(df[name])
            except (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError):
                df[name] = df[name].astype(str)
    return df
