"""Arrow IPC streams from pandas frames without pyarrow.

pyarrow costs about 4.5 s and 10 MB of a cold boot in the browser, and most
frames are plain numbers, text and times. This writes those as the same IPC
stream ``pa.Table.from_pandas(df, preserve_index=True)`` would (a Schema
message, one RecordBatch, the end-of-stream marker), with the flatbuffers
encoded by hand after the Arrow columnar format (Schema.fbs, Message.fbs).
Anything else (categoricals, lists, decimals, mixed objects...) gives None, and
the caller falls back to pyarrow.
"""

from __future__ import annotations

import datetime
import json
import struct
from typing import Any

__all__ = ["field_names", "write_frame"]

_CONTINUATION = b"\xff\xff\xff\xff"
_METADATA_V5 = 4
_HEADER_SCHEMA, _HEADER_RECORD_BATCH = 1, 3
# Arrow's Type union, the members written here.
_NULL, _INT, _FLOAT, _UTF8, _BOOL, _DATE, _TIMESTAMP, _DURATION = 1, 2, 3, 5, 6, 8, 10, 18
_TIME_UNITS = {"s": 0, "ms": 1, "us": 2, "ns": 3}
_FLOAT_PRECISION = {4: 1, 8: 2}


class _Table:
    """A flatbuffers table: (slot, struct format, value) scalars, or (slot, None, object) references."""

    def __init__(self, *fields: tuple[int, str | None, Any]) -> None:
        self.fields = [f for f in fields if f[2] is not None]


class _Vector:
    """A vector of tables or strings."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items


class _Structs:
    """A vector of 16-byte structs of two longs (Arrow's FieldNode and Buffer)."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = pairs


def _flatbuffer(root: _Table) -> bytes:
    buf = bytearray(4)
    struct.pack_into("<I", buf, 0, _write(buf, root))
    return bytes(buf)


def _align(buf: bytearray, size: int, extra: int = 0) -> None:
    """Pads `buf` so that ``len(buf) + extra`` is a multiple of `size`."""
    buf.extend(b"\0" * (-(len(buf) + extra) % size))


def _write(buf: bytearray, obj: Any) -> int:
    """Appends `obj` and what it references; returns its position."""
    if isinstance(obj, str):
        _align(buf, 4)
        position = len(buf)
        data = obj.encode()
        buf.extend(struct.pack("<I", len(data)) + data + b"\0")
        return position
    if isinstance(obj, _Structs):
        _align(buf, 8, 4)
        position = len(buf)
        buf.extend(struct.pack("<I", len(obj.pairs)))
        for pair in obj.pairs:
            buf.extend(struct.pack("<qq", *pair))
        return position
    if isinstance(obj, _Vector):
        _align(buf, 4)
        position = len(buf)
        buf.extend(struct.pack("<I", len(obj.items)) + b"\0" * 4 * len(obj.items))
        for i, item in enumerate(obj.items):
            slot = position + 4 + 4 * i
            struct.pack_into("<I", buf, slot, _write(buf, item) - slot)
        return position
    return _write_table(buf, obj)


def _write_table(buf: bytearray, table: _Table) -> int:
    # Fields are laid out after the table's vtable offset, each aligned to its size
    # from an 8-aligned table start.
    offsets: dict[int, int] = {}
    end = 4
    for slot, fmt, _ in table.fields:
        size = struct.calcsize("<" + (fmt or "I"))
        end += -end % size
        offsets[slot] = end
        end += size
    slots = max(offsets, default=-1) + 1
    _align(buf, 2)
    vtable = len(buf)
    buf.extend(struct.pack(f"<HH{slots}H", 4 + 2 * slots, end, *(offsets.get(s, 0) for s in range(slots))))
    _align(buf, 8)
    position = len(buf)
    buf.extend(struct.pack("<i", position - vtable) + b"\0" * (end - 4))
    for slot, fmt, value in table.fields:
        if fmt is not None:
            struct.pack_into("<" + fmt, buf, position + offsets[slot], value)
    for slot, fmt, value in table.fields:
        if fmt is None:
            at = position + offsets[slot]
            struct.pack_into("<I", buf, at, _write(buf, value) - at)
    return position


def _message(header_type: int, header: _Table, body_length: int) -> bytes:
    metadata = _flatbuffer(
        _Table((0, "h", _METADATA_V5), (1, "B", header_type), (2, None, header), (3, "q", body_length))
    )
    metadata += b"\0" * (-len(metadata) % 8)
    return _CONTINUATION + struct.pack("<i", len(metadata)) + metadata


class _Column:
    """One Arrow field: its type table, pandas metadata, length, nulls and buffers."""

    def __init__(self, type_id: int, type_table: _Table, pandas_type: str, numpy_type: str,
                 length: int, null_count: int, buffers: list[bytes], metadata: Any = None) -> None:  # fmt: skip
        self.type_id, self.type_table = type_id, type_table
        self.pandas_type, self.numpy_type, self.metadata = pandas_type, numpy_type, metadata
        self.length, self.null_count, self.buffers = length, null_count, buffers


def write_frame(df: Any) -> tuple[bytes, list[str]] | None:
    """`df` with its index as columns, as an Arrow IPC stream, and the index column names.

    None when a column has a type this writer does not know (pyarrow does).

    Example:
        >>> stream, index_columns = write_frame(pd.DataFrame({"x": [1.5, 2.5]}))
        >>> index_columns
        ['__index_level_0__']
    """
    import pandas as pd

    if isinstance(df.columns, pd.MultiIndex):
        return None
    # pyarrow's names: labels as text; an index level keeps its name unless it is
    # unnamed or clashes with a column's.
    names = [_label(c) for c in df.columns]
    if None in names or len(set(names)) != len(names):
        return None
    index_names = [
        level if isinstance(level, str) and level not in names else f"__index_level_{i}__"
        for i, level in enumerate(df.index.names)
    ]
    # Data columns, then index levels; the first one not written here sends the
    # whole frame to pyarrow, so the rest are not encoded.
    columns: list[_Column] = []
    for i in range(df.shape[1] + df.index.nlevels):
        series = df.iloc[:, i] if i < df.shape[1] else df.index.get_level_values(i - df.shape[1])
        column = _column(series)
        if column is None:
            return None
        columns.append(column)
    field_names_ = names + index_names
    pandas_names: list[Any] = names + [n if isinstance(n, str) else None for n in df.index.names]
    metadata = {
        "index_columns": index_names,
        "column_indexes": [_column_index(df.columns)],
        "columns": [
            {"name": n, "field_name": f, "pandas_type": c.pandas_type, "numpy_type": c.numpy_type, "metadata": c.metadata}
            for n, f, c in zip(pandas_names, field_names_, columns)
        ],  # fmt: skip
        "creator": {"library": "headwater"},
        "pandas_version": pd.__version__,
    }
    return _stream(field_names_, columns, len(df), json.dumps(metadata)), index_names


def _label(label: Any) -> str | None:
    if isinstance(label, str):
        return label
    if isinstance(label, bytes):
        return label.decode()
    if isinstance(label, (tuple, list)):
        return None
    return str(label)


def _column_index(labels: Any) -> dict[str, Any]:
    import pandas as pd

    inferred = pd.api.types.infer_dtype(labels, skipna=False)
    text = inferred == "string"
    return {
        "name": labels.name if isinstance(labels.name, str) else None,
        "field_name": labels.name if isinstance(labels.name, str) else None,
        "pandas_type": "unicode" if text else str(labels.dtype) if inferred == "integer" else inferred,
        "numpy_type": str(labels.dtype),
        "metadata": {"encoding": "UTF-8"} if text else None,
    }


def _stream(names: list[str], columns: list[_Column], rows: int, pandas_metadata: str) -> bytes:
    fields = [
        _Table((0, None, name), (1, "B", 1), (2, "B", c.type_id), (3, None, c.type_table), (5, None, _Vector([])))
        for name, c in zip(names, columns)
    ]
    schema = _Table(
        (0, "h", 0),
        (1, None, _Vector(fields)),
        (2, None, _Vector([_Table((0, None, "pandas"), (1, None, pandas_metadata))])),
    )
    body = bytearray()
    spans: list[tuple[int, int]] = []
    for column in columns:
        for data in column.buffers:
            spans.append((len(body), len(data)))
            body.extend(data)
            _align(body, 8)
    batch = _Table(
        (0, "q", rows),
        (1, None, _Structs([(c.length, c.null_count) for c in columns])),
        (2, None, _Structs(spans)),
    )
    return (
        _message(_HEADER_SCHEMA, schema, 0)
        + _message(_HEADER_RECORD_BATCH, batch, len(body))
        + bytes(body)
        + _CONTINUATION
        + b"\0" * 4
    )


def _validity(missing: Any) -> tuple[int, bytes]:
    """Null count and validity bitmap (empty when nothing is missing, as pyarrow writes it)."""
    import numpy as np

    null_count = int(missing.sum())
    if not null_count:
        return 0, b""
    return null_count, np.packbits(~missing, bitorder="little").tobytes()


def _fixed(values: Any, missing: Any, type_id: int, type_table: _Table, pandas_type: str,
           numpy_type: str, metadata: Any = None) -> _Column:  # fmt: skip
    import numpy as np

    null_count, validity = _validity(missing)
    data = np.ascontiguousarray(values).astype(values.dtype.newbyteorder("<"), copy=False).tobytes()
    return _Column(type_id, type_table, pandas_type, numpy_type, len(values), null_count, [validity, data], metadata)


def _bools(values: Any, missing: Any, numpy_type: str) -> _Column:
    import numpy as np

    null_count, validity = _validity(missing)
    data = np.packbits(values.astype(bool), bitorder="little").tobytes()
    return _Column(_BOOL, _Table(), "bool", numpy_type, len(values), null_count, [validity, data])


def _numbers(values: Any, missing: Any, numpy_type: str) -> _Column | None:
    import numpy as np

    kind, size = values.dtype.kind, values.dtype.itemsize
    if kind == "b":
        return _bools(values, missing, numpy_type)
    if kind in "iu":
        type_table = _Table((0, "i", size * 8), (1, "B", kind == "i"))
        return _fixed(values, missing, _INT, type_table, values.dtype.name, numpy_type)
    if kind == "f" and size <= 8:
        # Half floats go as single: the page's Arrow reader shows them as raw bits.
        wide = values.astype(np.float32) if size == 2 else values
        precision = _FLOAT_PRECISION[wide.dtype.itemsize]
        return _fixed(wide, missing, _FLOAT, _Table((0, "h", precision)), values.dtype.name, numpy_type)
    return None


def _timezone(tz: Any) -> str | None:
    """The zone's name as pyarrow writes it; None for zones it names in ways not copied here."""
    if tz is datetime.timezone.utc or str(tz) == "UTC":
        return "UTC"
    name = getattr(tz, "key", None) or getattr(tz, "zone", None)
    if isinstance(name, str):
        return name
    if isinstance(tz, datetime.timezone):
        offset = tz.utcoffset(None)
        sign, minutes = ("-" if offset < datetime.timedelta(0) else "+"), abs(offset) // datetime.timedelta(minutes=1)
        return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return None


def _times(values: Any, unit: str, type_id: int, type_table: _Table, pandas_type: str,
           numpy_type: str, metadata: Any = None) -> _Column | None:  # fmt: skip
    import numpy as np

    if unit not in _TIME_UNITS:
        return None
    missing = np.isnat(values)
    return _fixed(values.view(np.int64), missing, type_id, type_table, pandas_type, numpy_type, metadata)


def _column(series: Any) -> _Column | None:
    """A Series or Index as an Arrow column, or None for a type not written here."""
    import numpy as np
    import pandas as pd

    dtype = series.dtype
    if isinstance(dtype, pd.DatetimeTZDtype):
        tz = _timezone(dtype.tz)
        if tz is None:
            return None
        values = np.asarray(series.array.tz_convert("UTC").tz_localize(None), dtype=f"datetime64[{dtype.unit}]")
        type_table = _Table((0, "h", _TIME_UNITS.get(dtype.unit, 0)), (1, None, tz))
        return _times(values, dtype.unit, _TIMESTAMP, type_table, "datetimetz", f"datetime64[{dtype.unit}]", {"timezone": tz})
    if isinstance(dtype, pd.BooleanDtype):
        return _bools(series.array.to_numpy(dtype=bool, na_value=False), np.asarray(series.isna()), "boolean")
    if isinstance(dtype, pd.api.extensions.ExtensionDtype) and getattr(dtype, "_is_numeric", False) and hasattr(series.array, "_mask"):
        values = series.array.to_numpy(dtype=dtype.numpy_dtype, na_value=0)
        return _numbers(values, np.asarray(series.array.isna()), dtype.name)
    if isinstance(dtype, pd.StringDtype):
        return _strings(series.array.to_numpy(dtype=object, na_value=None), np.asarray(series.isna()), "string")
    if not isinstance(dtype, np.dtype):
        return None
    values = np.asarray(series)
    if dtype.kind == "M":
        unit = np.datetime_data(dtype)[0]
        type_table = _Table((0, "h", _TIME_UNITS.get(unit, 0)))
        return _times(values, unit, _TIMESTAMP, type_table, "datetime", dtype.name)
    if dtype.kind == "m":
        unit = np.datetime_data(dtype)[0]
        return _times(values, unit, _DURATION, _Table((0, "h", _TIME_UNITS.get(unit, 0))), "object", dtype.name)
    if dtype.kind == "f":
        return _numbers(values, np.isnan(values), dtype.name)
    if dtype.kind in "biu":
        return _numbers(values, np.zeros(len(values), dtype=bool), dtype.name)
    if dtype.kind == "O":
        return _objects(values)
    return None


def _objects(values: Any) -> _Column | None:
    """Object columns of text, booleans or dates (with None or NaN for missing)."""
    import numpy as np
    import pandas as pd

    na, nat = pd.NA, pd.NaT
    # Not pd.isna: a NaN that is not a Python float (np.float32, Decimal) stays a value.
    missing = np.array(
        [v is None or v is na or v is nat or (isinstance(v, float) and v != v) for v in values], dtype=bool
    )
    present = values[~missing]
    if not len(present):
        return _Column(_NULL, _Table(), "empty", "object", len(values), len(values), [])
    kinds = {type(v) for v in present}
    if kinds == {str}:
        return _strings(values, missing, "object")
    if kinds <= {bool, np.bool_}:
        return _bools(np.array([bool(v) if not m else False for v, m in zip(values, missing)]), missing, "object")
    if kinds == {datetime.date}:
        epoch = datetime.date(1970, 1, 1)
        days = np.array([0 if m else (v - epoch).days for v, m in zip(values, missing)], dtype=np.int32)
        return _fixed(days, missing, _DATE, _Table((0, "h", 0)), "date", "object")
    return None


def _strings(values: Any, missing: Any, numpy_type: str) -> _Column | None:
    """Text, where every value not `missing` is a str."""
    import numpy as np

    encoded = [b"" if m else v.encode("utf-8", "surrogatepass") for v, m in zip(values, missing)]
    offsets = np.zeros(len(encoded) + 1, dtype="<i4")
    np.cumsum([len(e) for e in encoded], out=offsets[1:])
    if len(encoded) and offsets[-1] >= 2**31 - 1:
        return None
    null_count, validity = _validity(missing)
    data = [validity, offsets.tobytes(), b"".join(encoded)]
    return _Column(_UTF8, _Table(), "unicode", numpy_type, len(values), null_count, data)


def field_names(stream: bytes) -> list[str]:
    """The field names of an Arrow IPC stream's schema (ours or pyarrow's)."""
    start = 8 if stream[:4] == _CONTINUATION else 4
    fb = memoryview(stream)[start:]

    def table_field(table: int, slot: int) -> int | None:
        vtable = table - struct.unpack_from("<i", fb, table)[0]
        vtable_size = struct.unpack_from("<H", fb, vtable)[0]
        if 4 + 2 * slot >= vtable_size:
            return None
        offset = struct.unpack_from("<H", fb, vtable + 4 + 2 * slot)[0]
        return table + offset if offset else None

    def follow(at: int) -> int:
        return at + struct.unpack_from("<I", fb, at)[0]

    message = follow(0)
    schema = follow(table_field(message, 2))
    fields_at = table_field(schema, 1)
    if fields_at is None:
        return []
    vector = follow(fields_at)
    names = []
    for i in range(struct.unpack_from("<I", fb, vector)[0]):
        field = follow(vector + 4 + 4 * i)
        name_at = table_field(field, 0)
        if name_at is None:
            names.append("")
            continue
        text = follow(name_at)
        length = struct.unpack_from("<I", fb, text)[0]
        names.append(bytes(fb[text + 4 : text + 4 + length]).decode())
    return names
