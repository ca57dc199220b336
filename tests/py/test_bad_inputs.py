"""The bad-input corpus (tests/bad_inputs/cases.py) under CPython, through the bridge.

Every case must end in a run:finish with its status, show its error (type, message,
notes) as an exception element, keep what it drew before, and leave the app working:
the script is replaced by a clean one whose button press reruns it.
"""

from __future__ import annotations

import importlib.util
import re
import signal
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from streamlit import _explain, _nesting

_spec = importlib.util.spec_from_file_location("bad_input_cases", Path(__file__).parents[1] / "bad_inputs" / "cases.py")
cases = importlib.util.module_from_spec(_spec)
sys.modules["bad_input_cases"] = cases  # dataclasses looks the module up by name
_spec.loader.exec_module(cases)

CPYTHON_CASES = [case for case in cases.CASES if "cpython" in case.where]
# How long a runaway script runs before it gets the SIGINT that Stop stands for.
RUNAWAY_GRACE_S = 0.3


@pytest.mark.parametrize("case", CPYTHON_CASES, ids=[case.id for case in CPYTHON_CASES])
def test_bad_input(case, run_app):
    app = run_app(case.source, files=dict(case.files), run=False)
    if case.runaway:
        run_until_interrupted(app)
    else:
        app.run()
    if case.click:
        app.click(case.click)

    assert app.status == case.status
    finishes = app.of_type("run:finish")
    assert len(finishes) == len(app.of_type("run:start")), "every run ends with run:finish"
    errors = app.get("exception")
    if case.error:
        assert len(errors) == 1, f"one exception element, not {errors}"
        check_error(case, errors[0]["props"])
    else:
        assert errors == []
    shown = page_text(app)
    for text in case.kept:
        assert text in shown, f"{text!r} is not on the page"
    if case.rows_note:
        assert re.search(case.rows_note, rows_note(app)), rows_note(app)

    app.edit(cases.RECOVERY)
    app.run()
    assert (app.status, app.get("exception")) == ("ok", [])
    app.click("Again")
    assert "the button works" in page_text(app)


def check_error(case, props: dict[str, Any]) -> None:
    if case.error:
        assert re.fullmatch(rf"(?:.*\.)?(?:{case.error})", props["type"]), props["type"]
    if case.message:
        said = "\n".join([props["message"], *props["notes"]])
        assert re.search(case.message, said, re.S), said
    if props["syntax"] is not None:
        assert props["syntax"]["lineno"] >= 1 and props["syntax"]["filename"].endswith(".py")


def run_until_interrupted(app) -> None:
    """Run a script that never ends, and interrupt it as the page's Stop does (SIGINT)."""
    main = threading.main_thread().ident
    timer = threading.Timer(RUNAWAY_GRACE_S, signal.pthread_kill, (main, signal.SIGINT))
    timer.start()
    try:
        app.run()
    finally:
        timer.cancel()


def page_text(app) -> str:
    """Every text the elements on the page hold (bodies, labels, values), one per line."""
    texts = []
    for _, element in app.all():
        props = element["props"]
        texts.extend(str(props[k]) for k in ("body", "label", "value", "message") if isinstance(props.get(k), str))
    return "\n".join(texts)


def rows_note(app) -> str:
    """What the page writes under a frame sent in part (web/elements/data.js rowsNote)."""
    import pyarrow as pa

    for _, element in app.all():
        total = element["props"].get("total_rows")
        if total is not None:
            shown = pa.ipc.open_stream(element["props"]["arrow"]).read_all().num_rows
            return f"Showing the first {shown:,} of {total:,} rows."
    return ""


# ── Checks that need more than a script ──────────────────────────────────────────


def test_the_corpus_is_large_and_covers_every_category():
    assert len(cases.CASES) >= 40
    assert len({case.id for case in cases.CASES}) == len(cases.CASES)
    assert {"syntax", "exception", "argument", "runaway", "resources", "import", "exit", "xss"} <= set(cases.CATEGORIES)


def test_payloads_reach_the_page_unchanged(run_app):
    """The shim leaves text as it is; the page decides what is safe (so nothing is lost)."""
    (case,) = [case for case in cases.CASES if case.id == "xss-markdown"]
    app = run_app(case.source)
    bodies = app.bodies()
    assert "\n\n".join(cases.PAYLOADS) in bodies


def test_a_large_frame_is_sent_in_part_with_its_row_count(run_app):
    app = run_app("""
        import numpy as np
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"id": np.arange(1_000_000)}), on_select="rerun", key="rows")
        st.dataframe(pd.DataFrame({"id": np.arange(10)}))
    """)
    big, small = app.get("dataframe")
    assert big["props"]["total_rows"] == 1_000_000
    assert rows_note(app) == "Showing the first 150,000 of 1,000,000 rows."
    assert small["props"]["total_rows"] is None
    # A selection names rows of what the page shows.
    app.run(widgets={big["id"]: {"selection": {"rows": [149_999], "columns": [], "cells": []}}})
    assert app.status == "ok"


def test_a_frame_over_the_byte_limit_is_cut_to_the_limit(run_app, monkeypatch):
    from streamlit.elements import data

    monkeypatch.setattr(data, "MAX_DATA_BYTES", 100_000)
    app = run_app("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"text": ["x" * 100] * 10_000}))
    """)
    (frame,) = app.get("dataframe")
    assert frame["props"]["total_rows"] == 10_000
    assert len(frame["props"]["arrow"]) < 110_000


def test_a_failing_callback_keeps_the_app_usable(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("ok", 0)
        def explode():
            raise RuntimeError("callback failed")
        def count():
            st.session_state.ok += 1
        st.button("Explode", on_click=explode)
        st.button("Count", on_click=count)
        st.write("count", st.session_state.ok)
    """)
    app.click("Explode")
    assert app.status == "error"
    # As in Streamlit, the script does not run after its callback failed; a rerun does.
    app.run()
    app.click("Count")
    assert (app.status, app.bodies()[-1]) == ("ok", "count `1`")


def test_a_missing_module_is_explained_with_pyodides_packages(monkeypatch):
    """In Pyodide the note says whether the module is a Pyodide package, stdlib, or neither."""
    known = ({"scipy": "scipy", "sqlite3": "sqlite3"}, frozenset({"tkinter", "json"}))
    monkeypatch.setattr(_explain, "_pyodide_packages", lambda: known)

    def note(module: str) -> str:
        exc = ModuleNotFoundError(f"No module named '{module}'", name=module)
        _explain.add_notes(exc)
        return "\n".join(getattr(exc, "__notes__", []))

    assert "'tensorflow' is not one of them" in note("tensorflow")
    assert _explain.PYODIDE_PACKAGES_URL in note("tensorflow")
    assert "list it in requirements.txt" in note("tensorflow")
    assert "Add `import scipy`" in note("scipy")
    assert "standard library" in note("tkinter")
    assert note("json") == ""  # present: a submodule of it is what is missing
    exc = ModuleNotFoundError("No module named 'tensorflow.keras'", name="tensorflow.keras")
    _explain.add_notes(exc)
    assert "'tensorflow' is not one of them" in exc.__notes__[0]


def test_under_cpython_a_missing_module_gets_no_note():
    exc = ModuleNotFoundError("No module named 'tensorflow'", name="tensorflow")
    _explain.add_notes(exc)
    assert getattr(exc, "__notes__", []) == []


def test_a_runaway_recursion_lists_the_repeated_frame_once(run_app):
    app = run_app("""
        import streamlit as st
        def down(n):
            return down(n + 1)
        down(0)
    """)
    frames = app.get("exception")[0]["props"]["traceback"]
    assert [f["name"] for f in frames] == ["<module>", "down", "down", "down"]
    assert frames[-1]["repeated"] > 900
    assert "repeated" not in frames[0]


def test_check_depth_measures_without_recursing():
    deep: list[Any] = []
    for _ in range(200_000):
        deep = [deep]
    with pytest.raises(RecursionError, match="while encoding"):
        _nesting.check_depth(deep, "encoding a JSON object")
    shallow = {"a": [1, {"b": (2, 3)}], "c": {4, 5}}
    _nesting.check_depth(shallow, "encoding a JSON object")
    loop: list[Any] = []
    loop.append(loop)
    _nesting.check_depth(loop, "encoding a JSON object")  # a cycle is the caller's to report
    _nesting.check_depth(5, "pickling an object")


def test_os_exit_in_a_forked_child_still_exits(monkeypatch):
    class ProcessExit(Exception):
        pass

    def process_exit(status: int):
        raise ProcessExit(status)

    ended = _explain.ending_the_run(process_exit)
    with pytest.raises(SystemExit) as raised:
        ended(4)
    assert raised.value.code == 4
    monkeypatch.setattr("os.getpid", lambda: -1)
    with pytest.raises(ProcessExit):
        ended(5)


def test_the_script_environment_is_restored_after_a_run(run_app):
    import builtins
    import os

    real_input, real_exit = builtins.input, os._exit
    run_app("import streamlit as st\nimport os\nos._exit(0)\n")
    assert (builtins.input, os._exit) == (real_input, real_exit)

