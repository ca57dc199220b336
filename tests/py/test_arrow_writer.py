"""The pure-Python Arrow IPC writer against pyarrow's own tables of the same frames."""

from __future__ import annotations

import datetime
import json
import zoneinfo

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from streamlit import _arrow_writer
from streamlit._arrow_writer import field_names, write_frame
from streamlit.elements import data

FRAMES = {
    "floats": pd.DataFrame({"x": [1.5, np.nan, -2.25], "y": np.array([1, 2, 3], dtype=np.float32)}),
    "float16": pd.DataFrame({"h": np.array([0.5, 1.5], dtype=np.float16)}),
    "ints": pd.DataFrame(
        {f"{k}{b}": np.array([0, 1, 2**(b - 1) - 1 if k == "int" else 2**b - 1], dtype=f"{k}{b}")
         for k in ("int", "uint") for b in (8, 16, 32, 64)}  # fmt: skip
    ),
    "negative_and_large_ints": pd.DataFrame({"i": [-(2**63), -1, 2**63 - 1], "u": np.array([0, 2**63, 2**64 - 1], dtype=np.uint64)}),
    "bools": pd.DataFrame({"b": [True, False, True, True, False, False, True, False, True]}),
    "strings": pd.DataFrame({"s": ["a", None, "ünïcødé ✓ 日本", np.nan, ""]}),
    "all_none": pd.DataFrame({"n": [None, None]}),
    "timestamps": pd.DataFrame(
        {
            "ns": pd.to_datetime(["2020-01-01 12:00", None, "1969-07-20 20:17"], format="ISO8601"),
            "s": np.array(["2020-01-01", "NaT", "2038-01-19"], dtype="datetime64[s]"),
            "ms": np.array(["2020-01-01", "2021-01-01", "NaT"], dtype="datetime64[ms]"),
            "us": np.array(["2020-01-01", "2021-01-01", "2022-01-01"], dtype="datetime64[us]"),
        }
    ),
    "tz_timestamps": pd.DataFrame(
        {
            "utc": pd.to_datetime(["2020-01-01", None]).tz_localize("UTC"),
            "paris": pd.to_datetime(["2020-06-01 10:00", "2020-12-01 00:00"]).tz_localize("Europe/Paris"),
            "zoneinfo": pd.to_datetime(["2020-06-01", "2020-12-01"]).tz_localize(zoneinfo.ZoneInfo("America/New_York")),
            "offset": pd.to_datetime(["2020-06-01", "2020-12-01"]).tz_localize(datetime.timezone(datetime.timedelta(hours=-3, minutes=-30))),
        }
    ),
    "durations": pd.DataFrame({"d": pd.to_timedelta([1, None, -3], unit="s"), "us": np.array([1, 2, 3], dtype="timedelta64[us]")}),
    "dates": pd.DataFrame({"d": [datetime.date(2020, 1, 2), None, datetime.date(1900, 12, 31)]}),
    "nullable": pd.DataFrame(
        {
            "Int8": pd.array([1, None, -3], dtype="Int8"),
            "Int64": pd.array([2**62, None, 0], dtype="Int64"),
            "UInt32": pd.array([None, 7, 2**32 - 1], dtype="UInt32"),
            "Float32": pd.array([1.5, None, 3.0], dtype="Float32"),
            "Float64": pd.array([None, 2.5, 3.0], dtype="Float64"),
            "boolean": pd.array([True, None, False], dtype="boolean"),
            "string": pd.array(["a", None, "ü"], dtype="string"),
        }
    ),
    "object_bools": pd.DataFrame({"b": [True, None, False]}),
    "empty": pd.DataFrame(),
    "no_rows": pd.DataFrame({"x": pd.Series([], dtype=float), "s": pd.Series([], dtype=str)}),
    "no_columns": pd.DataFrame(index=[1, 2, 3]),
    "named_index": pd.DataFrame({"x": [1, 2]}, index=pd.Index(["a", "b"], name="key")),
    "unnamed_index": pd.DataFrame({"x": [1, 2]}, index=[10.5, 20.5]),
    "index_named_like_column": pd.DataFrame({"x": [1, 2]}, index=pd.Index([5, 6], name="x")),
    "datetime_index": pd.DataFrame({"x": [1, 2]}, index=pd.date_range("2020-01-01", periods=2, name="day")),
    "range_index_offset": pd.DataFrame({"x": [1, 2, 3]}, index=pd.RangeIndex(10, 16, 2)),
    "multi_index": pd.DataFrame({"x": [1, 2]}, index=pd.MultiIndex.from_tuples([("a", 1), ("b", 2)], names=["k", None])),
    "non_string_columns": pd.DataFrame({0: [1.0], 1.5: ["x"], None: [True]}),
    "named_columns": pd.DataFrame({"x": [1]}).rename_axis("fields", axis=1),
    "many_rows": pd.DataFrame(np.random.default_rng(0).normal(size=(10_000, 5)), columns=list("abcde")),
}


def _expected(df: pd.DataFrame) -> pa.Table:
    """pyarrow's table, but for half floats, which the writer widens to single."""
    halves = [c for c in df.columns if df[c].dtype == np.float16]
    return pa.Table.from_pandas(df.astype({c: np.float32 for c in halves}), preserve_index=True)


@pytest.mark.parametrize("name", FRAMES)
def test_decodes_as_pyarrow_table_of_same_frame(name: str) -> None:
    df = FRAMES[name]
    written = write_frame(df)
    assert written is not None
    stream, index_columns = written
    ours = pa.ipc.open_stream(stream).read_all()
    theirs = _expected(df)
    assert ours.schema.names == theirs.schema.names
    assert ours.schema.types == theirs.schema.types
    assert ours.to_pylist() == theirs.to_pylist()
    assert ours.equals(theirs)
    assert index_columns == theirs.schema.pandas_metadata["index_columns"]
    assert field_names(stream) == theirs.schema.names


@pytest.mark.parametrize("name", FRAMES)
def test_pandas_metadata_matches_pyarrow(name: str) -> None:
    df = FRAMES[name]
    ours = pa.ipc.open_stream(write_frame(df)[0]).schema.pandas_metadata
    theirs = pa.Table.from_pandas(df, preserve_index=True).schema.pandas_metadata
    for key in ("index_columns", "columns"):
        assert ours[key] == theirs[key]


@pytest.mark.parametrize("name", ["floats", "strings", "nullable", "named_index", "tz_timestamps", "dates"])
def test_round_trips_to_pandas(name: str) -> None:
    df = FRAMES[name]
    back = pa.ipc.open_stream(write_frame(df)[0]).read_pandas()
    pd.testing.assert_frame_equal(back, _expected(df).to_pandas())


def test_validity_bitmap_spans_bytes() -> None:
    values = [None if i % 3 == 0 else i * 0.5 for i in range(21)]
    df = pd.DataFrame({"x": values, "s": [None if v is None else str(v) for v in values]})
    ours = pa.ipc.open_stream(write_frame(df)[0]).read_all()
    assert ours.column("x").null_count == 7
    assert ours.equals(_expected(df))


def test_body_buffers_are_eight_byte_aligned() -> None:
    stream, _ = write_frame(pd.DataFrame({"b": [True, False, True], "s": ["a", "bc", None], "i": np.int8([1, 2, 3])}))
    message = pa.ipc.read_message(pa.BufferReader(stream))  # the schema
    batch = pa.ipc.read_message(pa.BufferReader(stream[8 + message.metadata.size :]))
    assert batch.body.size % 8 == 0
    assert len(stream) % 8 == 0
    assert stream[-8:] == b"\xff\xff\xff\xff\0\0\0\0"


UNSUPPORTED = {
    "categorical": pd.DataFrame({"c": pd.Categorical(["a", "b", "a"])}),
    "lists": pd.DataFrame({"l": [[1, 2], [3]]}),
    "mixed_objects": pd.DataFrame({"m": [1, "a"]}),
    "python_ints": pd.DataFrame({"m": [1, 2]}, dtype=object),
    "decimals": pd.DataFrame({"d": [__import__("decimal").Decimal("1.5")]}),
    "dicts": pd.DataFrame({"d": [{"a": 1}]}),
    "bytes": pd.DataFrame({"b": [b"x"]}),
    "complex": pd.DataFrame({"z": [1 + 2j]}),
    "periods": pd.DataFrame({"p": pd.period_range("2020-01", periods=2, freq="M")}),
    "intervals": pd.DataFrame({"i": pd.interval_range(0, 2)}),
    "multi_columns": pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")])),
    "duplicate_columns": pd.DataFrame([[1, 2]], columns=["a", "a"]),
    "categorical_index": pd.DataFrame({"x": [1, 2]}, index=pd.CategoricalIndex(["a", "b"])),
}


@pytest.mark.parametrize("name", UNSUPPORTED)
def test_unsupported_types_return_none(name: str) -> None:
    assert write_frame(UNSUPPORTED[name]) is None


def test_dataframe_falls_back_to_pyarrow_for_unsupported_types() -> None:
    df = UNSUPPORTED["categorical"]
    stream, index_columns = data.arrow_ipc(df)
    table = pa.ipc.open_stream(stream).read_all()
    assert pa.types.is_dictionary(table.schema.field("c").type)
    assert index_columns == ["__index_level_0__"]


def test_dataframe_uses_the_writer_for_supported_types(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pyarrow(*args: object) -> None:
        raise AssertionError("pyarrow was used")

    monkeypatch.setattr(data, "_table_from_pandas", no_pyarrow)
    monkeypatch.setattr(data, "_ipc", no_pyarrow)
    stream, index_columns, total = data._first_rows_ipc(FRAMES["many_rows"], 100)
    assert total == 10_000
    assert pa.ipc.open_stream(stream).read_all().num_rows == 100
    assert index_columns == ["__index_level_0__"]


def test_large_frames_are_cut_to_the_byte_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "MAX_DATA_BYTES", 8_000)
    stream, _, total = data._first_rows_ipc(FRAMES["many_rows"], 10_000)
    rows = pa.ipc.open_stream(stream).read_all().num_rows
    assert total == 10_000
    assert 0 < rows < 10_000
    assert len(stream) <= 8_000 + 2_000  # the schema and framing on top of the cut body


def test_field_names_reads_pyarrow_streams() -> None:
    table = pa.table({"ä": [1], "b": ["x"]})
    assert field_names(data._ipc(table)) == ["ä", "b"]


def test_metadata_is_json() -> None:
    stream, _ = write_frame(FRAMES["non_string_columns"])
    metadata = json.loads(pa.ipc.open_stream(stream).schema.metadata[b"pandas"])
    assert [c["field_name"] for c in metadata["columns"]] == ["0.0", "1.5", "nan", "__index_level_0__"]


def test_public_names() -> None:
    assert _arrow_writer.__all__ == ["field_names", "write_frame"]


CATEGORICAL_APP = """
import pandas as pd
import streamlit as st
st.write("before")
st.dataframe(pd.DataFrame({"c": pd.Categorical(["a", "b"])}))
st.write("after")
"""


@pytest.fixture
def no_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyarrow as the browser has it before the worker loads it: not importable."""
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)


def test_a_frame_the_writer_cannot_write_stops_the_run_for_pyarrow(run_app, no_pyarrow) -> None:
    from streamlit import _bridge

    app = run_app(CATEGORICAL_APP)
    assert app.status == "needs_package"
    assert _bridge.needed_package() == "pyarrow"
    assert not app.of_type("run:finish")
    assert app.bodies() == ["before"]


def test_after_pyarrow_loads_the_run_starts_over(run_app, no_pyarrow, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from streamlit import _bridge

    app = run_app(CATEGORICAL_APP)
    monkeypatch.setitem(sys.modules, "pyarrow", pa)
    app.run()
    assert app.status == "ok"
    assert _bridge.needed_package() is None
    assert app.bodies() == ["before", "after"]
    assert pa.types.is_dictionary(pa.ipc.open_stream(app.get("dataframe")[0]["props"]["arrow"]).schema.field("c").type)


def test_a_package_that_fails_to_load_is_an_error_not_a_loop(run_app, no_pyarrow) -> None:
    app = run_app(CATEGORICAL_APP)
    app.run()
    assert app.status == "error"
    assert "pyarrow" in app.get("exception")[0]["props"]["message"]


def test_frames_the_writer_writes_need_no_pyarrow(run_app, no_pyarrow) -> None:
    app = run_app(
        """
        import numpy as np, pandas as pd
        import streamlit as st
        df = pd.DataFrame(np.arange(20.0).reshape(10, 2), columns=["a", "b"])
        st.dataframe(df, column_config={"a": "Alpha"})
        st.table(df.head(3))
        st.data_editor(df)
        """
    )
    assert app.status == "ok"
    assert app.get("dataframe")[0]["props"]["columns"] == {"a": {"label": "Alpha"}}


def test_the_run_again_keeps_the_press_and_runs_its_callback_once(run_app, no_pyarrow, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from streamlit import _bridge

    app = run_app(
        """
        import pandas as pd
        import streamlit as st
        st.session_state.setdefault("clicks", 0)
        def count():
            st.session_state.clicks += 1
        if st.button("Show", on_click=count):
            st.dataframe(pd.DataFrame({"c": pd.Categorical(["a"])}))
            st.write("shown")
        st.write(f"clicks {st.session_state.clicks}")
        """
    )
    button = app.widget("Show")["id"]
    app.run(triggers={button: True})
    assert app.status == "needs_package"
    monkeypatch.setitem(sys.modules, "pyarrow", pa)
    app.status = _bridge.rerun("{}", json.dumps({button: True}), again=True)
    assert app.status == "ok"
    assert app.bodies() == ["shown", "clicks 1"]
