"""Cache limits and release hooks, background refresh, keyed and parallel fragments (issue #3)."""

from __future__ import annotations

import json
import pickle

import pytest
import streamlit as st

from streamlit import _bridge, _cache_storage

# -- st.cache_data(max_size=...) --------------------------------------------------


@pytest.mark.parametrize(
    ("max_size", "size"),
    [(100, 100), ("1KB", 1024), ("1.1KB", 1126), ("2 MiB", 2 * 1024**2), ("1gb", 1024**3), (".5kb", 512)],
)
def test_max_size_reads_as_streamlit_does(max_size, size):
    assert _cache_storage.max_size_bytes(max_size) == size


@pytest.mark.parametrize("max_size", [0, -5, "10", "5 MB ", "1e3KB", "0KB", True, 1.5])
def test_max_size_refuses_what_streamlit_refuses(run_app, max_size):
    app = run_app(f"""
        import streamlit as st
        @st.cache_data(max_size={max_size!r})
        def f():
            return 1
    """)
    [error] = app.get("exception")
    assert "max_size" in error["props"]["message"]


def test_max_size_drops_least_recently_used_values_until_a_new_one_fits():
    inner = _cache_storage.MemoryStorage()
    storage = _cache_storage.SizeLimit(inner, 100, "f")
    storage.set("a", b"a" * 40)
    storage.set("b", b"b" * 40)
    storage.get("a")  # a is now the most recently used
    storage.set("c", b"c" * 40)
    assert storage.get("a") == b"a" * 40
    assert storage.get("c") == b"c" * 40
    with pytest.raises(KeyError):
        inner.get("b")


def test_a_value_larger_than_max_size_is_kept_alone_with_a_warning(capsys):
    inner = _cache_storage.MemoryStorage()
    storage = _cache_storage.SizeLimit(inner, 100, "f")
    storage.set("small", b"s" * 10)
    storage.set("big", b"b" * 300)
    assert storage.get("big") == b"b" * 300
    with pytest.raises(KeyError):
        inner.get("small")
    storage.set("big2", b"b" * 300)  # the next value replaces the oversized one
    with pytest.raises(KeyError):
        inner.get("big")
    assert capsys.readouterr().out.count("larger than the st.cache_data size limit") == 1


def test_max_size_limits_a_cached_function(run_app):
    app = run_app("""
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])
        @st.cache_data(max_size=2500)
        def block(n):
            calls.append(n)
            return bytes(1000)
        for n in st.session_state.get("order", [1, 2, 1, 3, 1, 2]):
            block(n)
        st.write(calls)
    """)
    # 1 and 2 fit; 3 pushes out 2 (1 was used more recently), so 2 is computed again.
    assert json.loads(app.get("json")[0]["props"]["body"]) == [1, 2, 3, 2]


# -- st.cache_resource(on_release=...) ------------------------------------------

RELEASED = """
    import streamlit as st
    released = st.session_state.setdefault("released", [])

    @st.cache_resource(max_entries=2, on_release=released.append)
    def resource(name):
        return f"<{name}>"

    for name in st.session_state.get("names", []):
        resource(name)
    if st.session_state.get("clear_one"):
        resource.clear("a")
    if st.session_state.get("clear_all"):
        st.cache_resource.clear()
    st.write(released)
"""


def released(app):
    return json.loads(app.get("json")[0]["props"]["body"])


def test_on_release_gets_what_max_entries_evicts(run_app):
    app = run_app(RELEASED.replace('st.session_state.get("names", [])', '["a", "b", "a", "c"]'))
    assert released(app) == ["<b>"]


def test_on_release_gets_what_clear_removes(run_app):
    app = run_app(RELEASED.replace('st.session_state.get("names", [])', '["a", "b"]').replace(
        'st.session_state.get("clear_one")', "True"))
    assert released(app) == ["<a>"]
    app = run_app(RELEASED.replace('st.session_state.get("names", [])', '["a", "b"]').replace(
        'st.session_state.get("clear_all")', "True"))
    assert released(app) == ["<a>", "<b>"]


def test_on_release_gets_what_the_ttl_expires(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(_cache_storage.time, "monotonic", lambda: now[0])
    released = []
    storage = _cache_storage.MemoryStorage(10, None, released.append)
    storage.set("a", "A")
    now[0] += 11
    with pytest.raises(KeyError):
        storage.get("a")
    assert released == []  # as in Streamlit, the next write drops (and releases) it
    storage.set("b", "B")
    assert released == ["A"]
    storage.set("b", "B2")  # overwritten under its own key: not released
    assert released == ["A"]


def test_clear_releases_every_value_even_when_one_hook_fails(capsys):
    released = []

    def release(value):
        released.append(value)
        if value == "A":
            raise RuntimeError("cannot close A")

    storage = _cache_storage.MemoryStorage(None, None, release)
    storage.set("a", "A")
    storage.set("b", "B")
    storage.clear()
    assert released == ["A", "B"]
    assert "cannot close A" in capsys.readouterr().out


# -- refresh_mode="background" ---------------------------------------------------

BACKGROUND = """
    import time
    import streamlit as st
    calls = st.session_state.setdefault("calls", [])

    @st.{decorator}(ttl=10, refresh_mode="background", show_spinner="Loading")
    def version():
        calls.append(time.monotonic())
        if st.session_state.get("fail"):
            raise RuntimeError("upstream down")
        return len(calls)

    st.write("version", version())
"""


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr("time.monotonic", lambda: now[0])
    return now


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_a_stale_value_is_served_then_refreshed_after_the_run(run_app, clock, decorator):
    app = run_app(BACKGROUND.format(decorator=decorator))
    assert app.bodies() == ["version `1`"]
    clock[0] += 11  # stale, within twice the ttl
    app.run()
    assert app.bodies() == ["version `1`"]  # served stale, no spinner
    spinners = [d for m in app.last_run() if m["type"] == "run:delta" for d in m["deltas"]
                if d["element"].get("kind") == "spinner"]
    assert not spinners  # none drawn, even for a moment
    messages = len(app.messages)
    assert _bridge.refresh_caches() is True
    assert len(app.messages) == messages  # no rerun, nothing drawn
    assert _bridge.refresh_caches() is False
    app.run()
    assert app.bodies() == ["version `2`"]


def test_a_value_past_twice_the_ttl_is_computed_in_the_run(run_app, clock):
    app = run_app(BACKGROUND.format(decorator="cache_data"))
    clock[0] += 21
    app.run()
    assert app.bodies() == ["version `2`"]
    assert _bridge.refresh_caches() is False


def test_a_failed_refresh_keeps_the_stale_value_and_waits_a_minute(run_app, clock, capsys):
    app = run_app(BACKGROUND.format(decorator="cache_data"))
    clock[0] += 11
    app.run()
    st.session_state["fail"] = True
    assert _bridge.refresh_caches() is True
    assert "background cache refresh failed for version: upstream down" in capsys.readouterr().out
    app.run()
    assert app.bodies() == ["version `1`"]
    assert _bridge.refresh_caches() is False  # cooling down
    clock[0] += 5  # still within 2 × ttl of the value, past nothing else
    app.run()
    assert _bridge.refresh_caches() is False


def test_a_refresh_replacing_a_resource_releases_the_old_one(run_app, clock):
    app = run_app("""
        import streamlit as st
        released = st.session_state.setdefault("released", [])
        n = st.session_state.setdefault("n", [0])

        @st.cache_resource(ttl=10, refresh_mode="background", on_release=released.append)
        def resource():
            n[0] += 1
            return f"r{n[0]}"

        st.write(resource(), released)
    """)
    clock[0] += 11
    app.run()
    _bridge.refresh_caches()
    app.run()
    assert app.bodies()[0].startswith("r2")
    assert json.loads(app.get("json")[0]["props"]["body"]) == ["r1"]


def test_a_refresh_of_a_cleared_entry_is_dropped(run_app, clock):
    clearing = "    if st.session_state.get('clear'):\n        version.clear()\n"
    app = run_app(BACKGROUND.format(decorator="cache_data") + clearing)
    clock[0] += 11
    st.session_state["clear"] = True
    app.run()  # serves the stale value, then clears the cache
    assert app.bodies() == ["version `1`"]
    calls = len(st.session_state["calls"])
    _bridge.refresh_caches()
    assert len(st.session_state["calls"]) == calls


@pytest.mark.parametrize("decorator", ["cache_data", "cache_resource"])
def test_a_background_function_that_draws_gets_streamlits_warning(run_app, decorator):
    app = run_app(f"""
        import streamlit as st
        @st.{decorator}(ttl=10, refresh_mode="background")
        def load():
            st.write("loading")
            return 1
        load()
        load()
    """)
    assert app.bodies() == ["loading"]
    [warning] = app.get("exception")
    assert warning["props"]["type"] == "CachedStFunctionInBackgroundModeWarning"
    assert "display output is **not** replayed on cache hits" in warning["props"]["message"]
    app.run()
    assert app.bodies() == [] and app.get("exception") == []


def test_a_foreground_function_that_draws_gets_no_warning(run_app):
    app = run_app("""
        import streamlit as st
        @st.cache_data(ttl=10)
        def load():
            st.write("loading")
            return 1
        load()
    """)
    assert app.get("exception") == []


@pytest.mark.parametrize(
    ("ttl", "message"),
    [(None, "The `ttl` parameter is required."), (0, "Invalid `ttl` value"), ("-1s", "Time string")],
)
def test_background_refresh_needs_a_positive_ttl(run_app, ttl, message):
    app = run_app(f"""
        import streamlit as st
        @st.cache_data(ttl={ttl!r}, refresh_mode="background")
        def f():
            return 1
    """)
    [error] = app.get("exception")
    assert message in error["props"]["message"]


# -- st.rerun(scope=<fragment key>) from a widget callback ------------------------

KEYED = """
    import streamlit as st
    st.session_state.setdefault("app_runs", 0)
    st.session_state.app_runs += 1
    st.write("app runs", st.session_state.app_runs)
    runs = st.session_state.setdefault("runs", {"charts": 0, "table": 0})

    @st.fragment(key="charts")
    def charts():
        runs["charts"] += 1
        st.write("charts", runs["charts"])

    @st.fragment(key="table")
    def table():
        runs["table"] += 1
        st.write("table", runs["table"])

    charts()
    table()
    st.button("Refresh", on_click=lambda: st.rerun(SCOPE))
    st.button("Plain", on_click=lambda: None)
"""


def test_a_callback_reruns_the_fragment_it_names(run_app):
    app = run_app(KEYED.replace("SCOPE", '"charts"'))
    assert app.bodies() == ["app runs `1`", "charts `1`", "table `1`"]
    app.click("Refresh")
    finish = app.last_run()[-1]
    assert app.bodies() == ["app runs `1`", "charts `2`", "table `1`"]
    # Only the named fragment's block is redrawn; the rest of the page stays.
    assert set(finish["blocks"]) == {"main.1", "event"}
    assert app.status == "ok"


def test_a_callback_reruns_a_list_of_fragments_in_one_run(run_app):
    app = run_app(KEYED.replace("SCOPE", '["table", "charts"]'))
    app.click("Refresh")
    assert app.bodies() == ["app runs `1`", "charts `2`", "table `2`"]
    [finish] = app.last_run()[-1:]
    assert set(finish["blocks"]) == {"main.1", "main.2", "event"}


def test_int_keys_name_fragments_as_text(run_app):
    app = run_app(KEYED.replace('key="charts"', "key=7").replace("SCOPE", "7"))
    app.click("Refresh")
    assert app.bodies() == ["app runs `1`", "charts `2`", "table `1`"]


def test_a_callback_that_returns_normally_makes_it_a_full_run(run_app):
    app = run_app(KEYED.replace("SCOPE", '"charts"'))
    app.run(triggers={app.widget("Refresh")["id"]: True, app.widget("Plain")["id"]: True})
    assert app.bodies() == ["app runs `2`", "charts `2`", "table `2`"]


def test_an_unknown_key_is_an_error(run_app):
    app = run_app(KEYED.replace("SCOPE", '"nope"'))
    app.click("Refresh")
    [error] = app.get("exception")
    assert "No fragment found for target 'nope'" in error["props"]["message"]


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ('"charts"', "only allowed from a widget callback"),
        ('["charts", "app"]', "'app' is a reserved scope name"),
        ('["charts", ""]', "Found an empty string in the list."),
        ('["charts", 1.5]', "Invalid `scope list items` type"),
    ],
)
def test_keyed_scopes_checked_as_in_streamlit(run_app, scope, message):
    app = run_app(f"""
        import streamlit as st
        @st.fragment(key="charts")
        def charts():
            st.write("charts")
        charts()
        st.rerun({scope})
    """)
    [error] = app.get("exception")
    assert message in error["props"]["message"]


# -- st.fragment(parallel=True) ----------------------------------------------------


def test_a_parallel_fragment_draws_in_place_and_returns_none_in_a_full_run(run_app):
    app = run_app("""
        import streamlit as st

        @st.fragment(parallel=True)
        def slow():
            st.write("inside")
            return "value"

        st.write("before")
        st.write("returned", repr(slow()))
        st.write("after")
    """)
    assert app.bodies() == ["before", "inside", "returned None", "after"]
    assert app.tree["main.1"]["props"]["fragment"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("st.sidebar.write('out')", "Writing to a container created outside a parallel fragment"),
        ("outside.write('out')", "Writing to a container created outside a parallel fragment"),
        ("st.switch_page('app.py')", "`st.switch_page` cannot be called from a parallel fragment"),
        ("opened()", "`@st.dialog` cannot be called from a parallel fragment"),
    ],
)
def test_a_parallel_fragment_refuses_what_streamlit_refuses(run_app, body, message):
    app = run_app(f"""
        import streamlit as st
        outside = st.container()
        outside.write("first")

        @st.dialog("Hi")
        def opened():
            st.write("in dialog")

        @st.fragment(parallel=True)
        def slow():
            {body}

        slow()
    """)
    [error] = app.get("exception")
    assert message in error["props"]["message"]


def test_a_parallel_fragment_reruns_in_order_after_an_interaction(run_app):
    app = run_app("""
        import streamlit as st
        @st.fragment(parallel=True)
        def slow():
            st.session_state.setdefault("n", 0)
            if st.button("More"):
                st.session_state.n += 1
            st.write("n", st.session_state.n)
            return "value"
        slow()
    """)
    fragment = app.tree["main.0"]["props"]["fragment"]
    app.status = _bridge.rerun("{}", json.dumps({app.widget("More")["id"]: True}), fragment=fragment)
    assert app.bodies() == ["n `1`"]


# -- st.markdown emoji shortcodes ----------------------------------------------------


def test_the_emoji_table_has_every_name_streamlits_page_knows():
    import build

    module = build.emoji_table_module()
    assert module.startswith("export const EMOJI = {") and module.endswith("};\n")
    table = json.loads(module.removeprefix("export const EMOJI = ").removesuffix(";\n"))
    # remark-emoji's names are emojilib 2.4.0's: 1570 of them.
    assert len(table) == 1570
    assert (table["+1"], table["-1"], table["hatching_chick"], table["smile"]) == ("👍", "👎", "🐣", "😄")
    assert "thinking_face" not in table  # a GitHub name Streamlit's page leaves as text
