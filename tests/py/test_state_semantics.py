"""Session state across runs, as Streamlit 1.67 behaves.

Each expected sequence was recorded by running the same script and steps through
Streamlit 1.67's own AppTest (the step sets ``st.session_state.mode`` between runs,
as ``at.session_state["mode"] = ...`` does).
"""

from __future__ import annotations

from collections.abc import Callable

from streamlit._session_state import get_session_state

MODES = """
    import streamlit as st
    mode = st.session_state.get("mode", "a")
    if mode == "set": st.session_state.k = 5
    if mode == "draw": st.slider("k", 0, 10, key="k")
    if mode == "del": del st.session_state.k
    if mode == "clear": st.session_state.clear()
    st.markdown(f"k={st.session_state.get('k')} keys={sorted(st.session_state.keys())}")
"""


def steps(app, *actions: str | Callable[[], None]) -> list[str]:
    seen = [app.bodies()[-1]]
    for action in actions:
        if isinstance(action, str):
            get_session_state()["mode"] = action
            app.run()
        else:
            action()
        seen.append(app.bodies()[-1])
    return seen


def test_a_value_set_before_its_widget_exists_outlives_the_widget(run_app):
    app = run_app(MODES)
    assert steps(app, "set", "a", "a", "draw", "a", "a", "draw") == [
        "k=None keys=[]",
        *["k=5 keys=['k', 'mode']"] * 7,
    ]


def test_deleting_a_widget_key_resets_the_widget(run_app):
    app = run_app(MODES)
    assert steps(app, "draw", lambda: app.set("k", 7), "del", "draw") == [
        "k=None keys=[]",
        "k=0 keys=['k', 'mode']",
        "k=7 keys=['k', 'mode']",
        "k=None keys=['mode']",
        "k=0 keys=['k', 'mode']",
    ]


def test_clear_forgets_everything(run_app):
    app = run_app(MODES)
    assert steps(app, "draw", lambda: app.set("k", 7), "clear", "draw") == [
        "k=None keys=[]",
        "k=0 keys=['k', 'mode']",
        "k=7 keys=['k', 'mode']",
        "k=None keys=[]",
        "k=0 keys=['k', 'mode']",
    ]


def test_reassigning_the_key_keeps_a_widget_value_while_it_is_not_drawn(run_app):
    app = run_app("""
        import streamlit as st
        mode = st.session_state.get("mode", "draw")
        if "k" in st.session_state: st.session_state.k = st.session_state.k
        if mode == "draw": st.slider("k", 0, 10, key="k")
        st.markdown(f"k={st.session_state.get('k')}")
    """)
    assert steps(app, lambda: app.set("k", 7), "a", "a", "a", "draw") == ["k=0"] + ["k=7"] * 5
    assert app.value("k") == 7


def test_setting_a_drawn_widget_through_state_before_it_is_drawn_again(run_app):
    app = run_app("""
        import streamlit as st
        if st.session_state.get("go"): st.session_state.k = 9
        st.slider("k", 0, 10, key="k")
        st.markdown(f"k={st.session_state.k}")
    """)

    def go() -> None:
        get_session_state()["go"] = True
        app.run()

    assert steps(app, lambda: app.set("k", 3), go) == ["k=0", "k=3", "k=9"]
    assert app.value("k") == 9


def test_a_widget_value_is_not_dropped_when_the_run_stops_early(run_app):
    app = run_app("""
        import streamlit as st
        if st.session_state.get("mode") == "stop":
            st.stop()
        st.slider("k", 0, 10, key="k")
        st.markdown(f"k={st.session_state.k}")
    """)
    app.set("k", 4)
    get_session_state()["mode"] = "stop"
    app.run()
    get_session_state()["mode"] = "a"
    app.run()
    assert app.value("k") == 4
