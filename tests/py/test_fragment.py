"""Fragments, dialogs and st.rerun's scope: reruns that redraw only part of the page."""

from __future__ import annotations

import json

import pytest

from streamlit import _bridge


def rerun_fragment(app, fragment, widgets=None, triggers=None):
    """What the page sends for a widget inside a fragment (run:rerun with `fragment`)."""
    app.status = _bridge.rerun(json.dumps(widgets or {}), json.dumps(triggers or {}), fragment=fragment)
    return app


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


COUNTER = """
    import streamlit as st
    st.session_state.setdefault("app_runs", 0)
    st.session_state.app_runs += 1
    st.write("app runs", st.session_state.app_runs)

    @st.fragment
    def counter():
        st.session_state.setdefault("clicks", 0)
        if st.button("Add"):
            st.session_state.clicks += 1
        st.write("clicks", st.session_state.clicks)

    counter()
    st.write("after")
"""


def test_a_widget_in_a_fragment_reruns_only_the_fragment(run_app):
    app = run_app(COUNTER)
    fragment = app.tree["main.1"]["props"]["fragment"]
    assert fragment and app.tree["main.1"]["props"]["layout"] == "vertical"
    assert app.bodies() == ["app runs `1`", "clicks `0`", "after"]
    rerun_fragment(app, fragment, triggers={app.widget("Add")["id"]: True})
    start, *deltas, finish = app.last_run()
    assert start["fragment"] == fragment
    # Only the fragment's blocks are redrawn and pruned; the rest of the page stays.
    assert {d["path"] for m in deltas for d in m["deltas"]} == {"main.1.0", "main.1.1"}
    assert finish["blocks"] == {"main.1": 2, "event": 0}
    assert app.bodies() == ["app runs `1`", "clicks `1`", "after"]
    app.run()
    assert app.bodies() == ["app runs `2`", "clicks `1`", "after"]
    assert app.tree["main.1"]["props"]["fragment"] == fragment


def test_an_unknown_fragment_reruns_the_app_if_it_carries_changes(run_app):
    app = run_app(COUNTER)
    button = app.widget("Add")["id"]
    rerun_fragment(app, "not-a-fragment")  # a late tick of a timer: nothing to do
    assert len(app.of_type("run:start")) == 1
    rerun_fragment(app, "not-a-fragment", triggers={button: True})
    assert app.last_run()[0] == {"type": "run:start", "runId": 2}
    assert app.bodies() == ["app runs `2`", "clicks `1`", "after"]


def test_run_every_and_fragment_ids(run_app):
    app = run_app("""
        import datetime
        import streamlit as st

        @st.fragment(run_every="1m30s")
        def slow():
            st.write("slow")

        @st.fragment(run_every=datetime.timedelta(milliseconds=500))
        def fast():
            st.write("fast")

        slow()
        fast()
        fast()
    """)
    blocks = [app.tree[f"main.{i}"]["props"] for i in range(3)]
    assert [b["run_every"] for b in blocks] == [90.0, 0.5, 0.5]
    assert len({b["fragment"] for b in blocks}) == 3
    app = run_app("""
        import streamlit as st
        @st.fragment(run_every="often")
        def f():
            pass
    """)
    assert error_of(app)[1].startswith("Unable to convert 'often' to a time interval")


def test_outside_writes_go_to_wrappers_the_fragment_redraws(run_app):
    app = run_app("""
        import streamlit as st
        box = st.container()
        st.sidebar.write("sidebar first")

        @st.fragment
        def f():
            n = st.number_input("n", value=1)
            st.sidebar.write(f"sidebar {n}")
            box.write(f"box {n}")

        f()
        st.sidebar.write("sidebar last")
    """)
    fragment = app.tree["main.1"]["props"]["fragment"]
    assert [e["props"].get("body") or e["props"]["fragment"] for e in app.elements("sidebar")] == [
        "sidebar first", fragment, "sidebar last",
    ]  # fmt: skip
    assert app.bodies() == ["box 1", "sidebar first", "sidebar 1", "sidebar last"]
    rerun_fragment(app, fragment, widgets={app.widget("n")["id"]: 5})
    assert app.bodies() == ["box 5", "sidebar first", "sidebar 5", "sidebar last"]
    assert app.last_run()[-1]["blocks"] == {"main.1": 1, "sidebar.1": 1, "main.0.0": 1, "event": 0}


def test_a_fragment_rerun_cannot_start_writing_outside(run_app):
    app = run_app("""
        import streamlit as st
        @st.fragment
        def f():
            if st.checkbox("more"):
                st.sidebar.write("new")
        f()
    """)
    fragment = app.tree["main.0"]["props"]["fragment"]
    rerun_fragment(app, fragment, widgets={app.widget("more")["id"]: True})
    kind, message = error_of(app)
    assert kind == "StreamlitInvalidLayoutContextError"
    assert message.startswith("A fragment tried to write to a container created outside it")
    # The error shows inside the fragment, where the failing call was.
    assert [p for p, e in app.all() if e["kind"] == "exception"] == ["main.0.1"]


def test_errors_in_a_fragment_stay_in_it(run_app):
    app = run_app("""
        import streamlit as st
        @st.fragment
        def broken():
            st.write("before")
            1 / 0
        broken()
        st.write("the app goes on")
    """)
    assert [(p, e["kind"]) for p, e in app.all()] == [
        ("main.0", "block"),
        ("main.0.0", "markdown"),
        ("main.0.1", "exception"),
        ("main.1", "markdown"),
    ]
    assert app.status == "ok"


def test_rerun_scopes(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("app_runs", 0)
        st.session_state.app_runs += 1
        st.write("app", st.session_state.app_runs)

        @st.fragment
        def f():
            st.session_state.setdefault("frag_runs", 0)
            st.session_state.frag_runs += 1
            st.write("fragment", st.session_state.frag_runs)
            if st.button("again") and st.session_state.frag_runs < 4:
                st.rerun(scope="fragment")
            if st.button("whole app"):
                st.rerun()
        f()
    """)
    fragment = app.tree["main.1"]["props"]["fragment"]
    rerun_fragment(app, fragment, triggers={app.widget("again")["id"]: True})
    # The fragment ran twice in one run (the second time without the click); the app not at all.
    assert app.bodies() == ["app `1`", "fragment `3`"]
    assert [m["type"] for m in app.last_run()].count("run:start") == 1
    rerun_fragment(app, fragment, triggers={app.widget("whole app")["id"]: True})
    assert app.bodies() == ["app `2`", "fragment `5`"]
    assert set(app.last_run()[-1]["blocks"]) >= {"main", "sidebar", "bottom", "event"}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ('st.rerun(scope="fragment")', ("StreamlitInvalidLayoutContextError", 'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')),
        ("st.rerun(scope=[])", ("StreamlitValueError", "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list of keys. Got an empty list.")),
        ("st.rerun(scope=1.5)", ("StreamlitInvalidParameterTypeError", "Invalid `scope` type. Expected one of: str, int, list[str | int]. Provided type: float.")),
        ('st.rerun(scope="charts")', ("StreamlitAPIException", "Passing a fragment key to `st.rerun()` is only allowed from a widget callback")),
    ],
)
def test_rerun_scope_errors(run_app, call, error):
    app = run_app(f"import streamlit as st\n{call}\n")
    kind, message = error_of(app)
    assert kind == error[0] and message.startswith(error[1])


def test_fragment_keys_are_unique_and_not_reserved(run_app):
    app = run_app("""
        import streamlit as st
        @st.fragment(key="k")
        def f():
            pass
        f()
        f()
    """)
    assert error_of(app)[0] == "StreamlitDuplicateElementKey"
    app = run_app("""
        import streamlit as st
        st.fragment(lambda: None, key="app")
    """)
    assert error_of(app)[1].startswith("`app` is a reserved name and cannot be used as a fragment key")


DIALOG = """
    import streamlit as st

    @st.dialog("Cast your vote", width="large")
    def vote(item):
        st.write(f"Why {item}?")
        reason = st.text_input("Because...")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()

    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def test_a_dialog_opens_in_the_event_root_reruns_alone_and_closes_on_rerun(run_app):
    app = run_app(DIALOG)
    assert app.elements("event") == []
    app.click("A")
    [dialog] = app.elements("event")
    assert dialog["props"] == {
        "layout": "dialog", "title": "Cast your vote", "width": "large", "position": "center",
        "dismissible": True, "icon": None, "on_dismiss": False,
    }  # fmt: skip
    content = app.tree["event.0.0"]["props"]
    assert content["fragment"] and app.tree["event.0.0.0"]["props"]["body"] == "Why A?"
    # Typing in the dialog reruns only its function: the dialog stays open.
    rerun_fragment(app, content["fragment"], widgets={app.widget("Because...")["id"]: "it is first"})
    assert app.last_run()[-1]["blocks"] == {"event.0.0": 3, "event": 1}
    assert app.elements("event") == [dialog]
    # Submit saves and reruns the app, which does not open the dialog again.
    rerun_fragment(app, content["fragment"], triggers={app.widget("Submit")["id"]: True})
    assert app.elements("event") == []
    assert app.bodies() == ["You voted for A because it is first"]


def test_dialog_rules(run_app):
    app = run_app("""
        import streamlit as st
        @st.dialog("Inner")
        def inner():
            pass
        @st.dialog("Outer")
        def outer():
            inner()
        outer()
    """)
    assert error_of(app) == ("StreamlitInvalidLayoutContextError", "Dialogs may not be nested inside other dialogs.")
    app = run_app("""
        import streamlit as st
        @st.dialog("Once")
        def once():
            pass
        once()
        once()
    """)
    assert error_of(app)[1].startswith("Only one dialog is allowed to be opened at the same time.")
    app = run_app("""
        import streamlit as st
        st.dialog("")(lambda: None)
    """)
    assert error_of(app)[1] == 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'


def test_dismissing_a_dialog_can_rerun_the_app(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("dismissed", 0)
        def dismissed():
            st.session_state.dismissed += 1
        @st.dialog("Note", on_dismiss=dismissed, dismissible=True)
        def note():
            st.write("hi")
        note()
        st.write(f"dismissed {st.session_state.dismissed}")
    """)
    [dialog] = app.elements("event")
    assert dialog["id"] and dialog["props"]["on_dismiss"] is True
    app.run(triggers={dialog["id"]: True})
    assert app.elements()[-1]["props"]["body"] == "dismissed 1"
