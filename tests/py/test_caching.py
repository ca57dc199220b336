import pytest
from streamlit import _cache_storage, _caching


def test_same_args_are_not_recomputed_across_reruns(run_app):
    app = run_app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def square(x):
            calls.append(x)
            return [x * x]
        a = square(3)
        a.append("mutated")  # cache_data hands out copies
        st.write(square(3), square(4), len(calls))
    """)
    assert app.bodies("json")[0] == "[9]"
    assert app.bodies()[-1] == "`2`"
    app.run()
    assert app.bodies()[-1] == "`2`"


def test_underscore_args_are_not_hashed(run_app):
    app = run_app("""
        import threading
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def load(_lock, n):
            calls.append(n)
            return n
        load(threading.Lock(), 1)
        load(threading.Lock(), 1)
        st.write(len(calls))
    """)
    assert app.bodies() == ["`1`"]


def test_unhashable_argument_error(run_app):
    app = run_app("""
        import threading
        import streamlit as st
        @st.cache_data
        def load(lock):
            return 1
        load(threading.Lock())
    """)
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.UnhashableParamError"
    assert props["message"] == (
        "Cannot hash argument 'lock' (of type `_thread.lock`) in 'load'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_data\ndef load(_lock, ...):\n    ...\n```"
    )


def test_editing_the_function_source_changes_its_key(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_data
        def value():
            return "old"
        st.write(value())
    """)
    app.edit("""
        import streamlit as st
        @st.cache_data
        def value():
            return "new"
        st.write(value())
    """)
    app.run()
    assert app.bodies() == ["new"]


def test_clear(run_app):
    app = run_app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def f(x):
            calls.append(x)
            return x
        f(1); f(2)
        if st.button("clear one"):
            f.clear(1)
        if st.button("clear fn"):
            f.clear()
        if st.button("clear all"):
            st.cache_data.clear()
        f(1); f(2)
        st.write(len(calls))
    """)
    assert app.bodies() == ["`2`"]
    assert app.click("clear one").bodies() == ["`3`"]
    assert app.click("clear fn").bodies() == ["`5`"]
    assert app.click("clear all").bodies() == ["`7`"]


def test_cache_resource_shares_the_object(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_resource
        def connection():
            return {"opened": 0}
        conn = connection()
        conn["opened"] += 1
        st.write(connection()["opened"])
    """)
    assert app.bodies() == ["`1`"]
    assert app.run().bodies() == ["`2`"]


def test_validate_recomputes(run_app):
    app = run_app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_resource(validate=lambda v: v > 1)
        def f():
            calls.append(1)
            return len(calls)
        f(); f(); f()
        st.write(len(calls))
    """)
    assert app.bodies() == ["`2`"]


def test_max_entries_and_ttl(monkeypatch):
    storage = _caching.MemoryStorage(ttl_seconds=10, max_entries=2)
    now = [100.0]
    monkeypatch.setattr(_cache_storage.time, "monotonic", lambda: now[0])
    storage.set("a", 1)
    storage.set("b", 2)
    storage.get("a")  # a is now the most recently used
    storage.set("c", 3)
    with pytest.raises(KeyError):
        storage.get("b")
    assert storage.get("a") == 1
    now[0] += 11
    with pytest.raises(KeyError):
        storage.get("c")


@pytest.mark.parametrize(
    ("ttl", "seconds"),
    [(None, None), (5, 5), ("1d2h34m", 95640.0), ("2 days", 172800.0), ("1.5h", 5400.0)],
)
def test_ttl_strings(ttl, seconds):
    assert _caching._seconds(ttl) == seconds


def test_bad_ttl_string():
    with pytest.raises(Exception, match="Time string doesn't look right"):
        _caching._seconds("soon")


def test_spinner_shows_on_a_miss_without_shifting_elements(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_data
        def slow(x):
            return x
        slow(1)
        st.write("after")
    """)
    spinners = [
        d
        for m in app.of_type("run:delta")
        for d in m["deltas"]
        if d["element"]["kind"] == "spinner"
    ]
    assert [(d["path"], d["element"]["props"]["text"]) for d in spinners] == [
        ("main.0", "Running `slow(...)`.")
    ]
    assert [(p, e["kind"]) for p, e in app.all()] == [("main.0", "markdown")]
    app.run()
    assert not [
        d
        for m in app.last_run()
        if m["type"] == "run:delta"
        for d in m["deltas"]
        if d["element"]["kind"] == "spinner"
    ]


def test_spinner_options(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_data(show_spinner="Loading data")
        def a():
            return 1
        @st.cache_data(show_spinner=False)
        def b():
            return 2
        a(); b()
    """)
    texts = [
        d["element"]["props"]["text"]
        for m in app.of_type("run:delta")
        for d in m["deltas"]
        if d["element"]["kind"] == "spinner"
    ]
    assert texts == ["Loading data"]


def test_spinner_can_show_the_elapsed_time(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_resource(show_time=True)
        def model():
            return 1
        model()
    """)
    spinners = [
        d["element"]["props"]
        for m in app.of_type("run:delta")
        for d in m["deltas"]
        if d["element"]["kind"] == "spinner"
    ]
    assert [s["show_time"] for s in spinners] == [True]


def test_session_scope_stays_out_of_the_persistent_store(run_app):
    persisted = []

    def factory(function_key, ttl, max_entries, persist):
        persisted.append(function_key)
        return _caching.MemoryStorage(ttl, max_entries)

    _caching.set_data_storage_factory(factory)
    try:
        app = run_app("""
            import streamlit as st
            @st.cache_data(scope="session")
            def mine():
                return "session"
            @st.cache_data
            def shared():
                return "global"
            st.write(mine(), shared())
        """)
    finally:
        _caching.set_data_storage_factory(_caching._memory_factory)
    assert app.bodies() == ["session global"]
    assert len(persisted) == 1  # only `shared`


def test_scope_and_refresh_mode_are_checked(run_app):
    app = run_app("""
        import streamlit as st
        st.cache_data(scope="tab")
    """)
    assert "Invalid `scope` value. Supported values: global, session." in app.get("exception")[0]["props"]["message"]


def test_unserializable_return_value(run_app):
    app = run_app("""
        import threading
        import streamlit as st
        @st.cache_data
        def lock():
            return threading.Lock()
        lock()
    """)
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.UnserializableReturnValueError"
    assert props["message"].startswith(
        "Cannot serialize the return value (of type `_thread.lock`) in `lock()`."
    )


def test_dataframe_args_hash_by_content(run_app):
    app = run_app("""
        import pandas as pd
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data
        def total(df):
            calls.append(1)
            return int(df["x"].sum())
        total(pd.DataFrame({"x": [1, 2]}))
        total(pd.DataFrame({"x": [1, 2]}))
        total(pd.DataFrame({"x": [1, 3]}))
        st.write(len(calls))
    """)
    assert app.bodies() == ["`2`"]


def test_hash_funcs(run_app):
    app = run_app("""
        import streamlit as st
        class Conn:
            def __init__(self, name):
                self.name = name
                self.socket = object()
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data(hash_funcs={Conn: lambda c: c.name})
        def query(conn):
            calls.append(1)
            return 1
        query(Conn("db")); query(Conn("db")); query(Conn("other"))
        st.write(len(calls))
    """)
    assert app.bodies() == ["`2`"]


def test_legacy_cache(run_app):
    app = run_app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache(allow_output_mutation=True)
        def shared():
            calls.append(1)
            return []
        @st.cache
        def copied(x):
            calls.append(x)
            return [x]
        shared().append(1)
        copied(5).append(6)
        st.write(len(shared()), copied(5), len(calls))
    """)
    assert app.bodies("json") == ["[5]"]
    assert app.bodies()[0] == "`1`"


def test_storage_factory_seam(run_app):
    stores = []

    def factory(function_key, ttl, max_entries, persist):
        store = _caching.MemoryStorage(ttl, max_entries)
        stores.append((persist, store))
        return store

    _caching.set_data_storage_factory(factory)
    try:
        app = run_app("""
            import streamlit as st
            @st.cache_data(persist="disk")
            def f():
                return "stored"
            st.write(f())
        """)
    finally:
        _caching.set_data_storage_factory(_caching._memory_factory)
    assert app.bodies() == ["stored"]
    assert [p for p, _ in stores] == ["disk"]


def test_cached_method(run_app):
    app = run_app('''
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        class Repo:
            @st.cache_data
            def load(_self, n):
                calls.append(n)
                return n * 2
        st.write(Repo().load(2), Repo().load(2), len(calls))
    ''')
    assert app.bodies() == ["`4` `4` `1`"]
