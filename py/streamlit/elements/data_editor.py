"""st.data_editor: a grid the reader edits; the script gets the edited data back.

The page sends the editing state in Streamlit's format, which is also what
``st.session_state[key]`` holds::

    {"edited_rows": {0: {"price": 9.5}},     # row position -> column -> new value
     "added_rows": [{"name": "new"}],        # column -> value, for each added row
     "deleted_rows": [3]}                    # row positions in the original data

The script gets the data with those edits applied, in the type it passed in
(a DataFrame, a list, a dict...).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._types import is_type
from streamlit.elements.data import (
    arrow_ipc,
    button_columns,
    column_props,
    register_button_columns,
    to_pandas,
)

__all__ = ["data_editor"]

INDEX_KEY = "_index"
_NUM_ROWS = ("fixed", "dynamic", "add", "delete")


def data_editor(
    data: Any,
    *,
    width: int | str = "stretch",
    height: int | str = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Mapping[Any, Any] | None = None,
    num_rows: Literal["fixed", "dynamic", "add", "delete"] = "fixed",
    disabled: bool | Iterable[str | int] = False,
    key: str | int | None = None,
    on_change: Any = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """Display a grid the reader can edit; returns the edited data, of the type passed in.

    Double-click a cell (or press Enter) to edit it. With ``num_rows="dynamic"``
    rows can be added and deleted too.

    Example:
        >>> edited = st.data_editor(pd.DataFrame({"name": ["a", "b"], "done": [False, True]}))
        >>> st.write(edited["done"].sum(), "done")
    """
    if num_rows not in _NUM_ROWS:
        raise StreamlitValueError("num_rows", [repr(n) for n in _NUM_ROWS])
    callback = _on_change(on_change)
    data_format = _data_format(data)
    df = _editable_frame(data)
    stream, index_columns = arrow_ipc(df)
    column_config, buttons = button_columns(column_config)
    columns = column_props(column_config, stream, index_columns)
    disabled_columns: bool | list[str]
    if isinstance(disabled, bool):
        disabled_columns = disabled
    else:
        names = [str(c) for c in df.columns]
        disabled_columns = [
            names[d] if isinstance(d, int) and 0 <= d < len(names) else str(d) for d in disabled
        ]

    user_key = _widgets.to_key(key)
    _widgets.check_writes_allowed(user_key)
    widget_id = _widgets.widget_id(
        "data_editor",
        user_key,
        key_as_main_identity=("num_rows", "columns"),
        data=hashlib.blake2b(stream, digest_size=16).hexdigest(),
        columns=columns,
        column_order=column_order,
        num_rows=num_rows,
    )
    state = _widgets.register(
        widget_id,
        user_key,
        deserialize=_editing_state,
        serialize=_editing_state,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled is True,
    )
    state = _editing_state(state)
    if use_container_width is None:
        use_container_width = width == "stretch"
    active()._enqueue(
        "data_editor",
        {
            "arrow": stream,
            "index_columns": index_columns,
            "height": height if isinstance(height, int) and not isinstance(height, bool) else None,
            "width": width if isinstance(width, int) and not isinstance(width, bool) else None,
            "use_container_width": use_container_width,
            "hide_index": hide_index,
            "columns": columns,
            "column_order": None if column_order is None else [str(c) for c in column_order],
            "row_height": row_height,
            "placeholder": placeholder,
            "num_rows": num_rows,
            "disabled": disabled_columns,
            "value": _json_state(state),
            "button_widgets": register_button_columns(buttons, stream, index_columns),
        },
        widget_id,
    )
    return _as_format(_apply_edits(df, state), data_format)


def _on_change(on_change: Any) -> Any:
    if on_change is None or callable(on_change):
        return on_change
    if on_change in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])


def _editing_state(value: Any) -> dict[str, Any]:
    """The page's (or session state's) editing state, with row positions as ints."""
    value = value if isinstance(value, Mapping) else {}
    edited = value.get("edited_rows") or {}
    return {
        "edited_rows": {int(row): dict(changes) for row, changes in edited.items()},
        "added_rows": [dict(row) for row in value.get("added_rows") or []],
        "deleted_rows": sorted(int(row) for row in value.get("deleted_rows") or []),
    }


def _json_state(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "edited_rows": {str(k): v for k, v in state["edited_rows"].items()}}


# -- applying the edits -----------------------------------------------------------------


def _apply_edits(df: Any, state: dict[str, Any]) -> Any:
    # The page names columns as Arrow does: by their text (a numpy column 0 is "0").
    positions = {str(c): i for i, c in enumerate(df.columns)}
    for row, changes in state["edited_rows"].items():
        if not 0 <= row < len(df):
            continue
        for column, value in changes.items():
            if column == INDEX_KEY:
                df.index = df.index.delete(row).insert(row, _parse(value, df.index.dtype))
            elif column in positions:
                _set_cell(df, row, positions[column], value)
    if state["deleted_rows"]:
        positions = [r for r in state["deleted_rows"] if 0 <= r < len(df)]
        df = df.drop(df.index[positions])
    for added in state["added_rows"]:
        _add_row(df, added)
    return df


def _set_cell(df: Any, row: int, column: int, value: Any) -> None:
    dtype = df.dtypes.iloc[column]
    parsed = _parse(value, dtype)
    try:
        df.iat[row, column] = parsed
    except (TypeError, ValueError):
        # An int column that gets an empty cell becomes float, as pandas would do.
        df[df.columns[column]] = df[df.columns[column]].astype(object)
        df.iat[row, column] = parsed


def _add_row(df: Any, added: dict[str, Any]) -> None:
    import pandas as pd

    if isinstance(df.index, pd.RangeIndex):
        index = df.index.stop if len(df.index) else 0
    elif pd.api.types.is_integer_dtype(df.index.dtype):
        index = 0 if df.index.empty else int(df.index.max()) + 1
    elif added.get(INDEX_KEY) is not None:
        index = _parse(added[INDEX_KEY], df.index.dtype)
    else:
        return  # rows of a labelled index need a label
    row = [_parse(added.get(str(c)), df.dtypes.iloc[i]) for i, c in enumerate(df.columns)]
    df.loc[index] = row


def _parse(value: Any, dtype: Any) -> Any:
    """A value the page sent, converted to the column's type."""
    if value is None:
        return None
    kind = getattr(dtype, "kind", "O")
    try:
        if kind == "b":
            return bool(value)
        if kind in "iu":
            return int(value) if float(value).is_integer() else float(value)
        if kind == "f":
            return float(value)
        if kind in "Mm":
            import pandas as pd

            if kind == "m":
                return pd.Timedelta(value, unit="s")
            is_number = isinstance(value, (int, float))
            return pd.Timestamp(value, unit="ms") if is_number else pd.Timestamp(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return value


# -- the type the script passed in ----------------------------------------------------


def _editable_frame(data: Any) -> Any:
    import pandas as pd

    if isinstance(data, (list, tuple, set, frozenset)) and _all_scalars(data):
        return pd.DataFrame({"value": list(data)})
    if isinstance(data, Mapping) and data and _all_scalars(data.values()):
        return pd.DataFrame({"value": list(data.values())}, index=list(data.keys()))
    if data is None:
        return pd.DataFrame()
    return to_pandas(data).copy()


def _all_scalars(values: Iterable[Any]) -> bool:
    return all(not isinstance(v, (list, tuple, set, dict)) for v in values)


def _data_format(data: Any) -> str:
    if data is None or is_type(data, "pandas.DataFrame") or is_type(data, "pandas.Styler"):
        return "dataframe"
    if is_type(data, "pandas.Series"):
        return "series"
    if is_type(data, "numpy.ndarray"):
        return "numpy_list" if data.ndim == 1 else "numpy_matrix"
    if is_type(data, "pyarrow.Table"):
        return "pyarrow_table"
    if is_type(data, "polars.DataFrame"):
        return "polars_dataframe"
    if isinstance(data, (list, tuple, set, frozenset)):
        if not data or _all_scalars(data):
            return {tuple: "tuple", set: "set", frozenset: "set"}.get(type(data), "list")
        first = next(iter(data))
        return "records" if isinstance(first, Mapping) else "rows"
    if isinstance(data, Mapping):
        first = next(iter(data.values()), None)
        if isinstance(first, Mapping):
            return "column_index_mapping"
        if isinstance(first, (list, tuple)):
            return "column_value_mapping"
        if is_type(first, "pandas.Series"):
            return "column_series_mapping"
        return "key_value_dict"
    raise StreamlitAPIException(
        f"The data type ({type(data).__name__}) is not supported by the data editor."
    )


def _as_format(df: Any, data_format: str) -> Any:
    if data_format == "dataframe":
        return df
    if data_format == "series":
        return df.iloc[:, 0] if len(df.columns) else df
    if data_format == "numpy_list":
        import numpy as np

        return np.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if data_format == "numpy_matrix":
        import numpy as np

        return np.ndarray(0) if df.empty else df.to_numpy()
    if data_format == "pyarrow_table":
        import pyarrow as pa

        return pa.Table.from_pandas(df)
    if data_format == "polars_dataframe":
        import polars as pl

        return pl.from_pandas(df)
    plain = df.astype(object).where(df.notna(), None)
    if data_format == "records":
        return plain.to_dict(orient="records")
    if data_format == "rows":
        return plain.to_numpy().tolist()
    if data_format == "column_index_mapping":
        return plain.to_dict(orient="dict")
    if data_format == "column_value_mapping":
        return plain.to_dict(orient="list")
    if data_format == "column_series_mapping":
        return df.to_dict(orient="series")
    if data_format == "key_value_dict":
        return {} if df.empty else plain.iloc[:, 0].to_dict()
    values = plain.iloc[:, 0].tolist() if len(plain.columns) else []
    if data_format == "tuple":
        return tuple(values)
    if data_format == "set":
        return set(values)
    return values
