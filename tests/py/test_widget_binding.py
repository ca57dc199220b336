"""bind="query-params" (a widget's value in the address) and persist_state (a value kept while not drawn)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any
from urllib import parse

import pytest
from test_pages import Browser, write

from streamlit import _bridge
from streamlit._errors import StreamlitAPIException


@pytest.fixture
def browse(tmp_path: Path):
    def boot(source: str, query: str = "", files: dict[str, str] | None = None) -> Browser:
        write(tmp_path, {"app.py": source, **(files or {})})
        return Browser(tmp_path / "app.py", "", query).run()

    return boot


def address(app: Browser, boot_query: str = "") -> str:
    """The query string the page shows: the last `page:url`, or the one it booted with."""
    sent = [m["query"] for m in app.messages if m["type"] == "page:url"]
    return sent[-1] if sent else boot_query


def by_key(app: Browser, key: str) -> dict[str, Any]:
    found = [e for _, e in app.all() if e["id"] and e["id"].endswith(f"-{key}")]
    assert len(found) == 1, f"expected one widget with key {key!r}, found {len(found)}"
    return found[0]


def set_key(app: Browser, key: str, page_value: Any) -> Browser:
    """What the page sends when the visitor changes the widget with this key."""
    app.run(widgets={by_key(app, key)["id"]: page_value})
    return app


def shown(app: Browser) -> str:
    return app.bodies("text")[-1]


def app_with(call: str) -> str:
    return textwrap.dedent(
        f"""
        import datetime
        import streamlit as st
        value = {call}
        st.text(repr(value))
        """
    )


# (the widget call, the value the page sends, the address it makes, what the script then sees)
ROUND_TRIPS = [
    ('st.slider("Size", 0, 100, 10, key="k", bind="query-params")', 42, "k=42", "42"),
    ('st.slider("Size", 0.0, 1.0, 0.5, key="k", bind="query-params")', 0.25, "k=0.25", "0.25"),
    ('st.slider("Range", 0, 100, (10, 90), key="k", bind="query-params")', [20, 30], "k=20&k=30", "(20, 30)"),
    (
        'st.slider("Day", value=datetime.date(2024, 1, 10), key="k", bind="query-params")',
        1704931200000000,  # 2024-01-11 at midnight, in microseconds
        "k=2024-01-11",
        "datetime.date(2024, 1, 11)",
    ),
    (
        'st.slider("At", value=datetime.time(9, 0), key="k", bind="query-params")',
        946719000000000,  # 2000-01-01 09:30
        "k=09%3A30",
        "datetime.time(9, 30)",
    ),
    ('st.number_input("Rate", value=1.5, key="k", bind="query-params")', 2.5, "k=2.5", "2.5"),
    ('st.number_input("Count", value=3, key="k", bind="query-params")', 7, "k=7", "7"),
    ('st.text_input("Name", key="k", bind="query-params")', "Ada L", "k=Ada+L", "'Ada L'"),
    ('st.text_area("Notes", "x", key="k", bind="query-params")', "a&b=c", "k=a%26b%3Dc", "'a&b=c'"),
    ('st.checkbox("Dark", key="k", bind="query-params")', True, "k=true", "True"),
    ('st.toggle("Live", value=True, key="k", bind="query-params")', False, "k=false", "False"),
    ('st.color_picker("Colour", "#000000", key="k", bind="query-params")', "#ff8800", "k=%23ff8800", "'#ff8800'"),
    ('st.selectbox("Fruit", ["apple", "kiwi"], key="k", bind="query-params")', 1, "k=kiwi", "'kiwi'"),
    ('st.radio("Size", [1, 2, 3], key="k", bind="query-params")', 2, "k=3", "3"),
    ('st.multiselect("Tags", ["a", "b", "c"], key="k", bind="query-params")', [0, 2], "k=a&k=c", "['a', 'c']"),
    ('st.pills("Mode", ["x", "y"], key="k", bind="query-params")', [1], "k=y", "'y'"),
    (
        'st.segmented_control("View", ["map", "list"], selection_mode="multi", key="k", bind="query-params")',
        [0, 1],
        "k=map&k=list",
        "['map', 'list']",
    ),
    ('st.select_slider("Level", ["low", "mid", "high"], key="k", bind="query-params")', 2, "k=high", "'high'"),
    (
        'st.select_slider("Band", ["low", "mid", "high"], value=("low", "mid"), key="k", bind="query-params")',
        [1, 2],
        "k=mid&k=high",
        "('mid', 'high')",
    ),
    (
        'st.date_input("Day", datetime.date(2024, 1, 1), key="k", bind="query-params")',
        ["2024-02-03"],
        "k=2024-02-03",
        "datetime.date(2024, 2, 3)",
    ),
    (
        'st.date_input("Trip", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)), key="k", bind="query-params")',
        ["2024-03-01", "2024-03-09"],
        "k=2024-03-01&k=2024-03-09",
        "(datetime.date(2024, 3, 1), datetime.date(2024, 3, 9))",
    ),
    ('st.time_input("At", datetime.time(9, 0), key="k", bind="query-params")', "10:45", "k=10%3A45", "datetime.time(10, 45)"),
    (
        'st.datetime_input("When", datetime.datetime(2024, 1, 1, 9, 0), key="k", bind="query-params")',
        ["2024-05-06T07:08"],
        "k=2024-05-06T07%3A08",
        "datetime.datetime(2024, 5, 6, 7, 8)",
    ),
    ('st.feedback("stars", key="k", bind="query-params")', 3, "k=3", "3"),
    ('[t.open for t in st.tabs(["Cat", "Dog"], key="k", bind="query-params")]', "Dog", "k=Dog", "[False, True]"),
    ('st.expander("More", key="k", bind="query-params").open', True, "k=true", "True"),
]


@pytest.mark.parametrize(("call", "page_value", "query", "seen"), ROUND_TRIPS, ids=[c[0].split("(")[0] + f"-{i}" for i, c in enumerate(ROUND_TRIPS)])
def test_a_bound_value_goes_to_the_address_and_comes_back_from_it(browse, call, page_value, query, seen):
    source = app_with(call)
    app = browse(source)
    assert address(app) == ""  # the default is not written
    set_key(app, "k", page_value)
    assert shown(app) == seen
    assert address(app) == query

    visit = browse(source, query=query)  # the address opened in a new tab
    assert shown(visit) == seen
    props = by_key(visit, "k")["props"]
    assert props.get("value", props.get("expanded")) == page_value  # what the page draws
    assert not visit.urls()  # already as the widget writes it


def test_going_back_to_the_default_removes_the_parameter(browse):
    app = browse(app_with('st.slider("Size", 0, 100, 10, key="size", bind="query-params")'), query="size=40&other=1")
    assert shown(app) == "40"
    set_key(app, "size", 10)
    assert shown(app) == "10"
    assert address(app) == "other=1"


@pytest.mark.parametrize(
    ("call", "query", "default"),
    [
        ('st.number_input("Rate", value=1.5, key="k", bind="query-params")', "k=abc", "1.5"),
        ('st.slider("Size", 0, 100, 10, key="k", bind="query-params")', "k=500", "10"),
        ('st.slider("Range", 0, 100, (10, 90), key="k", bind="query-params")', "k=50", "(10, 90)"),
        ('st.checkbox("Dark", key="k", bind="query-params")', "k=maybe", "False"),
        ('st.color_picker("Colour", "#000000", key="k", bind="query-params")', "k=%23zz0000", "'#000000'"),
        ('st.color_picker("Colour", "#000000", key="k", bind="query-params")', "k=", "'#000000'"),
        ('st.selectbox("Fruit", ["apple", "kiwi"], key="k", bind="query-params")', "k=mango", "'apple'"),
        ('st.multiselect("Tags", ["a", "b"], ["a"], key="k", bind="query-params")', "k=x&k=y", "['a']"),
        ('st.date_input("Day", datetime.date(2024, 1, 1), key="k", bind="query-params")', "k=2024-13-45", "datetime.date(2024, 1, 1)"),
        ('st.feedback("thumbs", key="k", bind="query-params")', "k=4", "None"),
        ('[t.open for t in st.tabs(["Cat", "Dog"], key="k", bind="query-params")]', "k=Cow", "[True, False]"),
    ],
)
def test_an_invalid_address_value_leaves_the_default_and_is_dropped(browse, call, query, default):
    app = browse(app_with(call), query=f"{query}&keep=1")
    assert shown(app) == default
    assert address(app) == "keep=1"


def test_the_address_is_corrected_to_what_the_widget_took(browse):
    app = browse(
        app_with('(st.color_picker("C", "#000000", key="c", bind="query-params"), '
                 'st.multiselect("T", ["a", "b", "c"], key="t", max_selections=2, bind="query-params"))'),
        query="c=ff0000&t=a&t=zz&t=a&t=b&t=c",
    )  # fmt: skip
    assert shown(app) == "('#ff0000', ['a', 'b'])"
    assert parse.parse_qs(address(app)) == {"c": ["#ff0000"], "t": ["a", "b"]}


def test_a_cleared_widget_is_an_empty_parameter(browse):
    source = app_with('st.multiselect("Tags", ["a", "b"], ["a"], key="k", bind="query-params")')
    app = browse(source)
    set_key(app, "k", [])
    assert (shown(app), address(app)) == ("[]", "k=")
    assert shown(browse(source, query="k=")) == "[]"


def test_the_address_wins_on_first_load_even_over_session_state(browse):
    app = browse(
        """
        import streamlit as st
        st.session_state.setdefault("size", 20)
        st.text(repr(st.slider("Size", 0, 100, 10, key="size", bind="query-params")))
        """,
        query="size=70",
    )
    assert shown(app) == "70"
    app.run()
    assert shown(app) == "70"


def test_script_writes_to_session_state_go_to_the_address(browse):
    app = browse(
        """
        import streamlit as st
        if st.button("Max"):
            st.session_state.size = 100
        st.text(repr(st.slider("Size", 0, 100, 10, key="size", bind="query-params")))
        """
    )
    app.click("Max")
    assert (shown(app), address(app)) == ("100", "size=100")


def test_back_and_forward_restore_the_address_value(browse):
    app = browse(app_with('st.slider("Size", 0, 100, 10, key="size", bind="query-params")'))
    set_key(app, "size", 30)
    app.navigate("", "size=60")  # Forward to an address with another value
    assert shown(app) == "60"
    app.navigate("", "")  # Back to the address without one: the default
    assert shown(app) == "10"


def test_the_script_may_not_set_a_bound_parameter(browse):
    app = browse(
        """
        import streamlit as st
        st.slider("Size", 0, 100, 10, key="size", bind="query-params")
        for attempt in (
            lambda: st.query_params.__setitem__("size", "5"),
            lambda: st.query_params.update(size="5"),
            lambda: st.query_params.__delitem__("size"),
            lambda: st.query_params.clear(),
        ):
            try:
                attempt()
            except Exception as e:
                st.text(str(e))
        st.query_params["free"] = "1"
        """,
        query="size=50",
    )
    assert app.bodies("text") == [
        "Cannot directly set query parameter 'size' - it is bound to a widget. Modify the widget value instead.",
        "Cannot directly set query parameter 'size' - it is bound to a widget. Modify the widget value instead.",
        "Cannot directly delete query parameter 'size' - it is bound to a widget. Modify the widget value instead.",
        "Cannot clear query parameters - the following are bound to widgets: 'size'. "
        "Modify the widget values instead, or remove the bind parameter.",
    ]
    assert parse.parse_qs(address(app)) == {"size": ["50"], "free": ["1"]}


def test_binding_needs_a_key_and_not_a_reserved_name(browse):
    app = browse(
        """
        import streamlit as st
        for make in (
            lambda: st.checkbox("A", bind="query-params"),
            lambda: st.expander("B", bind="query-params"),
            lambda: st.checkbox("C", key="embed", bind="query-params"),
        ):
            try:
                make()
            except Exception as e:
                st.text(type(e).__name__)
        """
    )
    assert app.bodies("text") == [
        "StreamlitMissingRequiredParameterError",
        "StreamlitMissingRequiredParameterError",
        StreamlitAPIException.__name__,
    ]


HIDEABLE = """
import streamlit as st
if st.checkbox("Show"):
    st.text_input("Name", key="name"{options})
st.text(repr(st.session_state.get("name")))
"""


def shown_and_hidden(browse, options: str, query: str = "") -> tuple[Browser, list[str]]:
    """Show the text input, type in it, hide it, rerun, show it again: what the script saw each time."""
    app = browse(HIDEABLE.format(options=options), query=query)
    seen = []
    for step in (
        lambda: app.set("Show", True),
        lambda: app.set("Name", "Ada"),
        lambda: app.set("Show", False),  # this run still sees the value: it is dropped when the run ends
        app.run,
    ):
        step()
        seen.append(shown(app))
    app.set("Show", True)
    seen.append(shown(app))
    seen.append(repr(app.value("Name")))
    return app, seen


def test_without_persist_state_a_hidden_widget_loses_its_value(browse):
    _, seen = shown_and_hidden(browse, "")
    assert seen == ["''", "'Ada'", "'Ada'", "None", "''", "''"]


@pytest.mark.parametrize("scope", ["session", "page"])
def test_persist_state_keeps_the_value_while_the_widget_is_not_drawn(browse, scope):
    _, seen = shown_and_hidden(browse, f', persist_state="{scope}"')
    assert seen == ["''", "'Ada'", "'Ada'", "'Ada'", "'Ada'", "'Ada'"]


def test_a_hidden_bound_widget_leaves_the_address_and_comes_back_with_its_value(browse):
    app, seen = shown_and_hidden(browse, ', bind="query-params"')
    assert seen == ["''", "'Ada'", "'Ada'", "'Ada'", "'Ada'", "'Ada'"]
    assert address(app) == "name=Ada"
    app.set("Show", False)
    assert address(app) == ""


PAGES = {
    "app.py": """
        import streamlit as st
        pg = st.navigation([st.Page("one.py", default=True), st.Page("two.py")])
        pg.run()
        st.text(repr(st.session_state.get("name")))
    """,
    "one.py": """
        import streamlit as st
        if st.checkbox("Show"):
            st.text_input("Name", key="name", persist_state=SCOPE)
        if st.button("Two"):
            st.switch_page("two.py")
    """,
    "two.py": """
        import streamlit as st
        if st.button("One"):
            st.switch_page("one.py")
    """,
}


@pytest.mark.parametrize(("scope", "after_a_visit_elsewhere"), [("session", "'Ada'"), ("page", "None")])
def test_persist_state_page_forgets_the_value_on_another_page(tmp_path, scope, after_a_visit_elsewhere):
    files = {name: text.replace("SCOPE", repr(scope)) for name, text in PAGES.items()}
    write(tmp_path, files)
    app = Browser(tmp_path / "app.py").run()
    app.set("Show", True)
    app.set("Name", "Ada")
    app.set("Show", False)
    assert shown(app) == "'Ada'"
    app.click("Two")
    app.run()
    assert shown(app) == after_a_visit_elsewhere
    app.click("One")
    app.set("Show", True)
    assert app.value("Name") == ("Ada" if scope == "session" else "")


def test_a_page_link_keeps_the_shared_widgets_parameters_and_drops_the_left_pages(tmp_path):
    write(
        tmp_path,
        {
            "app.py": """
                import streamlit as st
                size = st.sidebar.slider("Size", 0, 10, 2, key="size", bind="query-params")
                st.navigation([st.Page("one.py", default=True), st.Page("two.py")]).run()
                st.text(f"size={size}")
            """,
            "one.py": """
                import streamlit as st
                st.checkbox("Dark", key="dark", bind="query-params")
            """,
            "two.py": "import streamlit as st\nst.write('two')\n",
        },
    )
    app = Browser(tmp_path / "app.py").run()
    app.set("Size", 7)
    app.set("Dark", True)
    assert parse.parse_qs(address(app)) == {"size": ["7"], "dark": ["true"]}
    app.navigate("two", "")  # the link's address has no parameters
    assert shown(app) == "size=7"
    assert [(m["page"], m["query"]) for m in app.urls()] == [("two", "size=7")]
    app.navigate("", "size=7&dark=true")  # Back
    assert (shown(app), app.value("Dark")) == ("size=7", True)
    assert not app.urls()


def test_a_fragment_run_leaves_the_parameters_of_widgets_outside_it(browse):
    app = browse(
        """
        import streamlit as st
        st.slider("Size", 0, 10, 2, key="size", bind="query-params")

        @st.fragment
        def live():
            st.text(repr(st.toggle("Live", key="live", bind="query-params")))

        live()
        """,
        query="size=7",
    )
    fragment = [e for _, e in app.all() if e["kind"] == "block" and e["props"].get("fragment")][0]["props"]["fragment"]
    app.status = _bridge.rerun(json.dumps({by_key(app, "live")["id"]: True}), "{}", fragment=fragment)
    assert shown(app) == "True"
    assert parse.parse_qs(address(app, "size=7")) == {"size": ["7"], "live": ["true"]}


def test_a_bound_widget_tells_the_page_how_to_write_a_change_it_holds(browse):
    app = browse(
        """
        import streamlit as st
        st.slider("Size", 0, 100, 10, key="size", bind="query-params", on_change="ignore")
        st.multiselect("Tags", ["a", "b"], ["a"], key="tags", bind="query-params")
        st.slider("Free", 0, 100, 10, key="free")
        """
    )
    assert app.widget("Size")["props"]["bind"] == {"key": "size", "kind": "slider", "default": 10}
    assert app.widget("Tags")["props"]["bind"] == {"key": "tags", "kind": "labels", "default": [0]}
    assert "bind" not in app.widget("Free")["props"]


def test_back_to_an_address_with_an_invalid_value_gives_the_default(browse):
    app = browse(app_with('st.slider("Size", 0, 100, 10, key="size", bind="query-params")'), query="size=40")
    app.navigate("", "size=oops")
    assert shown(app) == "10"
    assert address(app) == ""
