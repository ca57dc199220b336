"""Dataframes and static tables, sent as Arrow IPC streams.

pandas and pyarrow are imported only when data arrives, never at shim import,
so scripts that show no data do not pay for loading them in the browser.
"""

from __future__ import annotations

from typing import Any

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException
from streamlit._types import is_type

__all__ = ["arrow_ipc", "dataframe", "table", "to_pandas"]


def dataframe(
    data: Any = None,
    width: int | str = "stretch",
    height: int | str = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
) -> Container:
    """Display an interactive table: a DataFrame, Series, array, list or dict.

    `width` is ``"stretch"`` (the container's width), ``"content"`` or pixels.

    Example:
        >>> st.dataframe(pd.DataFrame({"x": [1, 2, 3]}))
    """
    stream, index_columns = arrow_ipc(data)
    if use_container_width is None:
        use_container_width = width == "stretch"
    return active()._enqueue(
        "dataframe",
        {
            "arrow": stream,
            "height": height if isinstance(height, int) else None,
            "width": width if isinstance(width, int) else None,
            "use_container_width": use_container_width,
            "hide_index": hide_index,
            "index_columns": index_columns,
        },
    )


def table(data: Any = None) -> Container:
    """Display a static table."""
    stream, index_columns = arrow_ipc(data)
    return active()._enqueue("table", {"arrow": stream, "index_columns": index_columns})


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
    import pyarrow as pa

    index_columns: list[str] = []
    if isinstance(data, pa.Table):
        table_ = data
    else:
        table_, index_columns = _table_from_pandas(to_pandas(data))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table_.schema) as writer:
        writer.write_table(table_)
    return sink.getvalue().to_pybytes(), index_columns


def _table_from_pandas(df: Any) -> tuple[Any, list[str]]:
    import pyarrow as pa

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
