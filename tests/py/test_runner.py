import os
import sys


def test_messages_of_a_run(run_app):
    app = run_app("""
        import streamlit as st
        st.write("hi")
    """)
    types = [m["type"] for m in app.messages]
    assert types == ["run:start", "run:delta", "run:finish"]
    assert app.messages[0]["runId"] == 1
    assert app.messages[-1] == {
        "type": "run:finish",
        "runId": 1,
        "status": "ok",
        "blocks": {"main": 1, "sidebar": 0, "bottom": 0, "event": 0},
    }
    app.run()
    assert [m["runId"] for m in app.last_run()] == [2, 2, 2]


def test_fresh_main_module_file_argv_and_cwd(run_app, tmp_path):
    app = run_app(
        """
        import os, sys
        import streamlit as st
        import helper
        st.write(__name__, os.path.basename(__file__), tuple(sys.argv[1:]), os.getcwd() == os.path.dirname(__file__))
        st.write(open("data.txt").read(), helper.VALUE)
        st.write("leaked" if "counter" in globals() else "fresh")
        counter = 1
        """,
        files={"helper.py": "VALUE = 7\n", "data.txt": "from a file"},
        argv=["--flag", "x"],
    )
    assert app.bodies()[:2] == [
        "__main__ app.py `('--flag', 'x')` `True`",
        "from a file `7`",
    ]
    app.run()
    assert app.bodies()[2] == "fresh"
    assert sys.modules["__main__"].__name__ == "__main__" and os.getcwd() != str(tmp_path)


def test_files_changed_reloads_script_and_helper_modules(run_app):
    app = run_app(
        """
        import streamlit as st
        import helper
        st.write("v1", helper.VALUE)
        """,
        files={"helper.py": "VALUE = 1\n"},
    )
    assert app.bodies() == ["v1 `1`"]
    app.edit("VALUE = 2\n", "helper.py")
    app.edit("""
        import streamlit as st
        import helper
        st.write("v2", helper.VALUE)
    """)
    app.run()
    assert app.bodies() == ["v2 `2`"]


def test_uncaught_exception_keeps_earlier_elements_and_shows_user_frames(run_app):
    app = run_app("""
        import streamlit as st
        st.write("before the error")
        def inner(v):
            return 1 / v
        with st.container():
            inner(0)
        st.write("never")
    """)
    assert app.status == "error"
    before, box, error = app.elements()
    assert before["props"]["body"] == "before the error"
    assert box["kind"] == "block"
    props = error["props"]
    assert (error["kind"], props["type"], props["message"]) == (
        "exception",
        "ZeroDivisionError",
        "division by zero",
    )
    assert [(f["name"], f["lineno"], f["line"]) for f in props["traceback"]] == [
        ("<module>", 7, "inner(0)"),
        ("inner", 5, "return 1 / v"),
    ]
    assert all(f["filename"].endswith("app.py") for f in props["traceback"])
    assert props["syntax"] is None and props["message_is_markdown"] is False


def test_streamlit_errors_are_named_with_their_module(run_app):
    app = run_app("""
        import streamlit as st
        st.columns(0)
    """)
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.StreamlitInvalidColumnSpecError"
    assert props["message_is_markdown"] is True
    assert [f["line"] for f in props["traceback"]] == ["st.columns(0)"]


def test_syntax_error_runs_nothing(run_app):
    app = run_app("""
        import streamlit as st
        st.write("not shown")

        def broken(:
            pass
    """)
    assert app.status == "error"
    (error,) = app.elements()
    props = error["props"]
    assert props["type"] == "SyntaxError"
    assert props["traceback"] == []
    syntax = props["syntax"]
    assert syntax["filename"].endswith("app.py")
    assert (syntax["lineno"], syntax["line"]) == (5, "def broken(:")
    assert syntax["offset"] == 12


def test_recovers_after_the_error_is_fixed(run_app):
    app = run_app("""
        import streamlit as st
        st.write(1 +
    """)
    assert app.status == "error"
    app.edit("""
        import streamlit as st
        st.write("fixed")
    """)
    app.run()
    assert (app.status, app.bodies()) == ("ok", ["fixed"])


def test_stop_keeps_what_was_drawn(run_app):
    app = run_app("""
        import streamlit as st
        st.write("one")
        st.stop()
        st.write("two")
    """)
    assert app.status == "stopped"
    assert app.bodies() == ["one"]


def test_rerun_loops_within_one_run(run_app):
    app = run_app("""
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.write("run", st.session_state.n)
        if st.session_state.n < 3:
            st.session_state.n += 1
            st.write("extra")
            st.rerun()
    """)
    assert app.status == "ok"
    assert app.bodies() == ["run `3`"]
    assert [m["type"] for m in app.messages].count("run:start") == 1


def test_st_exception(run_app):
    app = run_app("""
        import streamlit as st
        try:
            {}["missing"]
        except KeyError as e:
            st.exception(e)
        st.exception(RuntimeError("never raised"))
    """)
    caught, fresh = app.get("exception")
    assert caught["props"]["type"] == "KeyError"
    assert caught["props"]["message"] == "'missing'"
    assert [f["line"] for f in caught["props"]["traceback"]] == ['{}["missing"]']
    assert fresh["props"]["traceback"] == [] and app.status == "ok"


def test_exception_in_imported_module_keeps_its_frames(run_app):
    app = run_app(
        """
        import streamlit as st
        import helper
        helper.fail()
        """,
        files={"helper.py": "def fail():\n    raise ValueError('from helper')\n"},
    )
    frames = app.get("exception")[0]["props"]["traceback"]
    assert [os.path.basename(f["filename"]) for f in frames] == ["app.py", "helper.py"]
