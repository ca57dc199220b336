"""Status: progress bars, status containers, toasts, balloons and snow."""

from __future__ import annotations

import pytest


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


def test_progress_flushes_every_update_at_once(run_app):
    app = run_app("""
        import streamlit as st
        bar = st.progress(0, text="Starting")
        for percent in (0.25, 50, 1.0):
            bar.progress(percent, text=f"**{percent}**")
        st.write("done")
    """)
    batches = [
        [(d["path"], d["element"]["props"].get("value")) for d in m["deltas"]]
        for m in app.of_type("run:delta")
    ]
    # Each update is its own message: the page shows them while the script works.
    assert batches[:4] == [[("main.0", 0)], [("main.0", 25)], [("main.0", 50)], [("main.0", 100)]]
    assert app.tree["main.0"]["props"] == {"value": 100, "text": "**1.0**", "width": "stretch"}


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("101", ("StreamlitValueOutOfRangeError", "The `value` parameter, set to 101, is outside the required range [0, 100].")),
        ("1.5", ("StreamlitValueOutOfRangeError", "The `value` parameter, set to 1.5, is outside the required range [0.0, 1.0].")),
        ("'half'", ("StreamlitInvalidParameterTypeError", "Invalid `value` type. Expected one of: int, float. Provided type: str.")),
    ],
)
def test_progress_errors(run_app, value, error):
    app = run_app(f"import streamlit as st\nst.progress({value})\n")
    assert error_of(app) == error


def test_status_completes_or_fails_with_its_block(run_app):
    app = run_app("""
        import streamlit as st
        with st.status("Working", expanded=True) as status:
            st.write("step 1")
        try:
            with st.status("Risky"):
                raise ValueError("boom")
        except ValueError:
            pass
        manual = st.status("Manual")
        manual.write("a")
        manual.update(label="Manual done", state="complete", expanded=False)
        manual.write("b")
    """)
    working, risky, manual = (app.tree[f"main.{i}"]["props"] for i in range(3))
    assert (working["label"], working["state"], working["expanded"]) == ("Working", "complete", None)
    assert risky["state"] == "error"
    assert (manual["label"], manual["state"], manual["expanded"]) == ("Manual done", "complete", False)
    # update() resends the block without dropping what it holds.
    assert [app.tree[f"main.2.{i}"]["props"]["body"] for i in range(2)] == ["a", "b"]
    assert app.blocks["main.2"] == 2
    first = app.of_type("run:delta")[0]["deltas"][0]["element"]
    assert first["props"]["layout"] == "expander" and first["props"]["state"] == "running"


def test_status_state_is_validated(run_app):
    app = run_app("""
        import streamlit as st
        st.status("x", state="done")
    """)
    assert error_of(app) == (
        "StreamlitValueError",
        "Invalid `state` value. Supported values: 'running', 'complete', 'error'.",
    )


def test_toasts_go_to_the_event_root_and_update_through_their_slot(run_app):
    app = run_app("""
        import streamlit as st
        with st.sidebar:
            msg = st.toast("Gathering", icon="🧑‍🍳")
        msg.toast("Ready!", icon="🥞", duration="long")
        st.toast("Forever", duration="infinite")
        st.toast("Ten", duration=10)
        st.write("main")
    """)
    assert [e["props"] for e in app.elements("event")] == [
        {"body": "Ready!", "icon": "🥞", "duration": 10},
        {"body": "Forever", "icon": None, "duration": 0},
        {"body": "Ten", "icon": None, "duration": 10},
    ]
    assert app.elements("sidebar") == []
    assert app.bodies() == ["main"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.toast("")', "The `body` parameter is required. Please provide a message."),
        ('st.toast("x", duration="forever")', "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."),
    ],
)
def test_toast_errors(run_app, call, message):
    app = run_app(f"import streamlit as st\n{call}\n")
    assert error_of(app)[1] == message


def test_balloons_and_snow_are_sent_at_once(run_app):
    app = run_app("""
        import streamlit as st
        st.balloons()
        st.snow()
    """)
    assert [[d["element"]["kind"] for d in m["deltas"]] for m in app.of_type("run:delta")] == [
        ["balloons"],
        ["snow"],
    ]
