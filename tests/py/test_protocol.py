import json
import math

import pytest
from streamlit import _protocol


def test_bytes_move_to_buffers():
    message = {"type": "run:delta", "deltas": [{"a": b"\x00\x01", "b": [bytearray(b"x")]}]}
    text, buffers = _protocol.encode(message)
    assert json.loads(text) == {
        "type": "run:delta",
        "deltas": [{"a": {"__bytes__": 0}, "b": [{"__bytes__": 1}]}],
    }
    assert buffers == [b"\x00\x01", b"x"]


def test_non_finite_floats_become_null():
    text, _ = _protocol.encode({"v": [math.nan, math.inf, 1.5]})
    assert json.loads(text) == {"v": [None, None, 1.5]}


def test_unknown_element_kind_is_refused():
    with pytest.raises(ValueError):
        _protocol.element("not_a_kind", {})


def test_widget_values_are_validated():
    assert _protocol.parse_widget_values('{"$$ID-1-None": 3}', "widgets") == {"$$ID-1-None": 3}
    assert _protocol.parse_widget_values("", "widgets") == {}
    with pytest.raises(ValueError):
        _protocol.parse_widget_values("[1]", "widgets")


def test_run_messages():
    assert _protocol.run_start(3) == {"type": "run:start", "runId": 3}
    assert _protocol.run_finish(3, "ok", {"main": 1}) == {
        "type": "run:finish",
        "runId": 3,
        "status": "ok",
        "blocks": {"main": 1},
    }
