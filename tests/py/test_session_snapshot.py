"""Session state across a worker restart, and a sleep that Stop can interrupt."""

from __future__ import annotations

import pickle
import time

import pytest

from streamlit import _bridge

COUNTER = """
import streamlit as st
st.session_state.setdefault("count", 0)
if st.button("Add"):
    st.session_state.count += 1
level = st.slider("level", 0, 10, key="level")
st.session_state.lock = __import__("threading").Lock()  # cannot be pickled
st.write(f"count {st.session_state.count} level {level}")
"""


def test_a_new_session_starts_from_the_snapshot(run_app):
    app = run_app(COUNTER)
    app.click("Add").click("Add").set("level", 7)
    assert app.bodies()[-1] == "count 2 level 7"
    saved = _bridge.snapshot_state()

    restarted = run_app(COUNTER, run=False)  # a fresh session, as a new worker has
    assert _bridge.restore_state(saved) == []
    restarted.run()
    assert restarted.bodies()[-1] == "count 2 level 7"
    assert restarted.value("level") == 7
    restarted.click("Add")
    assert restarted.bodies()[-1] == "count 3 level 7"


def test_values_that_do_not_survive_pickling_are_left_out(run_app):
    run_app("""
        import threading
        import streamlit as st
        class Point:
            pass
        st.session_state.point = Point()  # its class lives in the script's __main__, gone after the run
        st.session_state.lock = threading.Lock()
        st.session_state.plain = 5
    """)
    saved = pickle.loads(_bridge.snapshot_state())
    assert set(saved["values"]) == {"plain"}
    saved["values"]["broken"] = b"not a pickle"
    app = run_app("import streamlit as st\nst.write(', '.join(sorted(st.session_state.to_dict())))\n", run=False)
    assert _bridge.restore_state(pickle.dumps(saved)) == ["broken"]
    app.run()
    assert app.bodies() == ["plain"]


def test_sleep_waits_on_the_interrupt_and_stops_when_it_fires(run_app):
    waits = []

    def wait(seconds):
        waits.append(seconds)
        return seconds > 1  # the page pressed Stop during the long sleep

    app = run_app("""
        import time
        import streamlit as st
        st.write("before")
        time.sleep(0.5)
        st.write("between")
        time.sleep(5)
        st.write("after")
    """, run=False)
    _bridge.set_interrupt_wait(wait)
    try:
        app.run()
    finally:
        _bridge.set_interrupt_wait(None)
    assert waits == [0.5, 5.0]
    assert app.status == "stopped"
    assert app.bodies() == ["before", "between"]


def test_sleep_without_an_interrupt_really_sleeps(run_app):
    app = run_app("import time\nimport streamlit as st\nstart = time.monotonic()\ntime.sleep(0.05)\n"
                  "st.write(str(time.monotonic() - start >= 0.05))\n")
    assert app.bodies() == ["True"]


def test_a_negative_sleep_fails_as_in_python(run_app):
    _bridge.set_interrupt_wait(lambda seconds: pytest.fail("not waited on"))
    try:
        app = run_app("import time\ntime.sleep(-1)\n")
    finally:
        _bridge.set_interrupt_wait(None)
    assert app.get("exception")[0]["props"]["type"] == "ValueError"
