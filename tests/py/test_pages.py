"""Multipage apps: the pages/ folder, st.navigation, st.Page, st.switch_page, st.page_link."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import App

from streamlit import _bridge

HOME = """
    import streamlit as st
    st.title("Home")
"""


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(textwrap.dedent(text))


class Browser(App):
    """An App booted the way the page boots it: with an address (page and query string)."""

    def __init__(self, script: Path, page: str = "", query: str = "") -> None:
        super().__init__(script, [])
        self.messages.clear()
        browser = {"page": page, "query": query, "context": {"url": f"https://example.org/app/?{query}"}}
        _bridge.start(str(script), [], self._emit, json.dumps(browser))

    def navigate(self, page: str, query: str = "") -> Browser:
        """What the page sends when the visitor follows a link or presses Back."""
        location = json.dumps({"page": page, "query": query})
        self.status = _bridge.rerun("{}", "{}", location)
        return self

    def navigation(self) -> dict[str, Any]:
        return [m for m in self.messages if m["type"] == "page:navigation"][-1]

    def urls(self) -> list[dict[str, Any]]:
        return [m for m in self.last_run() if m["type"] == "page:url"]

    def titles(self) -> list[str]:
        return [e["props"]["body"] for e in self.get("heading")]


@pytest.fixture
def browse(tmp_path: Path):
    def boot(files: dict[str, str], page: str = "", query: str = "") -> Browser:
        write(tmp_path, files)
        app = Browser(tmp_path / "app.py", page, query)
        return app.run()

    return boot


PAGES_FOLDER = {
    "app.py": HOME,
    "pages/10_Last.py": "import streamlit as st\nst.title('Last')\n",
    "pages/2_📈_Plotting.py": "import streamlit as st\nst.title('Plotting')\n",
    "pages/unnumbered page.py": "import streamlit as st\nst.title('Unnumbered')\n",
    "pages/__init__.py": "",
}


def test_pages_folder_lists_pages_in_number_order_with_names_and_icons(browse):
    app = browse(PAGES_FOLDER)
    nav = app.navigation()
    assert [(p["urlPath"], p["title"], p["icon"]) for p in nav["pages"]] == [
        ("", "app", ""),
        ("Plotting", "Plotting", "📈"),
        ("Last", "Last", ""),
        ("unnumbered_page", "unnumbered page", ""),
    ]
    assert nav["position"] == "sidebar" and nav["current"] == ""
    assert app.titles() == ["Home"]
    assert app.urls() == []  # the address already shows the main page


def test_following_a_link_runs_that_page_without_rewriting_the_address(browse):
    app = browse(PAGES_FOLDER).navigate("Plotting")
    assert app.titles() == ["Plotting"]
    assert app.navigation()["current"] == "Plotting"
    assert app.urls() == []
    app.run()  # a widget rerun stays on the page
    assert app.titles() == ["Plotting"]


def test_booting_on_a_page_address_lands_on_that_page(browse):
    app = browse(PAGES_FOLDER, page="Plotting", query="x=1")
    assert app.titles() == ["Plotting"]
    assert app.urls() == []


def test_an_unknown_page_runs_the_main_page_and_replaces_the_address(browse):
    app = browse(PAGES_FOLDER, page="nope", query="x=1")
    assert app.titles() == ["Home"]
    assert app.urls() == [{"type": "page:url", "page": "", "query": "x=1", "history": "replace"}]


def test_page_names_match_case_insensitively(browse):
    assert browse(PAGES_FOLDER, page="plotting").titles() == ["Plotting"]


def test_switch_page_pushes_the_new_address_and_clears_query_params(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                st.title("Home")
                if st.button("Go"):
                    st.switch_page("pages/2_📈_Plotting.py")
            """,
            "pages/2_📈_Plotting.py": "import streamlit as st\nst.title('Plotting')\nst.write(st.query_params.to_dict())\n",
        },
        query="keep=no",
    )
    app.click("Go")
    assert app.titles() == ["Plotting"]
    assert app.urls() == [{"type": "page:url", "page": "Plotting", "query": "", "history": "push"}]
    assert app.get("json")[0]["props"]["body"] == "{}"


def test_switch_page_with_query_params(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                if st.button("Go"):
                    st.switch_page("pages/b.py", query_params={"user": "ada", "tag": ["x", "y"]})
            """,
            "pages/b.py": "import streamlit as st\nst.write(','.join(st.query_params.get_all('tag')), st.query_params.user)\n",
        }
    )
    app.click("Go")
    assert app.urls() == [{"type": "page:url", "page": "b", "query": "user=ada&tag=x&tag=y", "history": "push"}]
    assert app.bodies() == ["x,y ada"]


def test_switch_page_to_an_unknown_file_is_an_error(browse):
    app = browse({"app.py": "import streamlit as st\nst.switch_page('pages/missing.py')\n", "pages/a.py": ""})
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.StreamlitPageNotFoundError"
    assert props["message"].startswith("Could not find page: `pages/missing.py`.")
    assert "Only the entrypoint file and files in the `pages/` directory are supported." in props["message"]


def test_session_state_is_shared_and_a_page_widget_is_cleaned_up_when_not_drawn(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                st.session_state.setdefault("visits", 0)
                st.session_state.visits += 1
                st.write("visits", st.session_state.visits, "x" in st.session_state)
            """,
            "pages/slider.py": """
                import streamlit as st
                st.slider("x", key="x")
                st.write("visits", st.session_state.visits, "x" in st.session_state)
            """,
        }
    )
    assert app.bodies() == ["visits `1` `False`"]
    app.navigate("slider").set("x", 7)
    assert app.value("x") == 7
    assert app.bodies() == ["visits `1` `True`"]
    app.navigate("")
    # The slider's page ran no more: Streamlit drops its value at the end of that run.
    assert app.bodies() == ["visits `2` `True`"]
    app.run()
    assert app.bodies() == ["visits `3` `False`"]
    app.navigate("slider")
    assert app.value("x") == 0


def test_keeping_a_widget_value_across_pages_by_setting_its_key(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                if "x" in st.session_state:
                    st.session_state.x = st.session_state.x  # Streamlit's idiom to keep it
                st.write("home")
            """,
            "pages/slider.py": "import streamlit as st\nst.slider('x', key='x')\n",
        }
    )
    app.navigate("slider").set("x", 7)
    app.navigate("").run().run()
    app.navigate("slider")
    assert app.value("x") == 7


def test_navigation_with_sections_callables_and_options(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st

                def settings():
                    st.title("Settings")

                pg = st.navigation(
                    {
                        "Reports": [
                            st.Page("reports/sales.py", title="Sales", icon="💰", default=True),
                            st.Page("reports/costs.py"),
                        ],
                        "Admin": [
                            st.Page(settings, icon=":material/settings:", url_path="prefs"),
                            st.Page("https://example.org/docs", title="Docs"),
                            st.Page("reports/hidden.py", visibility="hidden"),
                        ],
                    },
                    position="top",
                )
                st.sidebar.write("frame")
                pg.run()
            """,
            "reports/sales.py": "import streamlit as st\nst.title('Sales')\n",
            "reports/costs.py": "import streamlit as st\nst.title('Costs')\n",
            "reports/hidden.py": "import streamlit as st\nst.title('Hidden')\n",
        }
    )
    nav = app.navigation()
    assert nav["position"] == "top"
    assert nav["sections"] == ["Reports", "Admin"]
    assert [(p["section"], p["urlPath"], p["title"], p["icon"], p["hidden"], p["externalUrl"]) for p in nav["pages"]] == [
        ("Reports", "", "Sales", "💰", False, None),
        ("Reports", "costs", "costs", "", False, None),
        ("Admin", "prefs", "settings", ":material/settings:", False, None),
        ("Admin", "docs", "Docs", "", False, "https://example.org/docs"),
        ("Admin", "hidden", "hidden", "", True, None),
    ]
    assert app.titles() == ["Sales"]
    assert app.navigate("prefs").titles() == ["Settings"]
    assert app.navigate("hidden").titles() == ["Hidden"]  # hidden from the menu, not from the URL
    assert app.navigate("docs").titles() == ["Sales"]  # an external page never runs


def test_navigation_errors(browse):
    cases = {
        "st.navigation([st.Page(a, default=True), st.Page(b, default=True)])": "Multiple Pages specified with `default=True`.",
        "st.navigation([st.Page(a), st.Page(a, title='again')])": "Two pages resolve to the URL pathname `/a`.",
        "st.navigation([])": "The `pages` parameter is required. Provide at least one `st.Page`.",
        "st.navigation([a], position='left')": "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'.",
        "st.Page('nope.py')": "Unable to create Page. The file `nope.py` could not be found.",
        "st.Page('https://x.org')": "The `title` parameter is required.",
        "st.Page(a, url_path='a/b')": "The `url_path` `a/b` cannot include `/`.",
        "st.Page(a, icon='x')": 'The value "x" is not a valid emoji.',
        "pg = st.navigation([a, b]); pg.run(); pg.run()": "This page cannot be called directly.",
    }
    for call, message in cases.items():
        app = browse({"app.py": f"import streamlit as st\ndef a(): pass\ndef b(): pass\n{call}\n"})
        errors = app.get("exception")
        assert errors and errors[0]["props"]["message"].startswith(message), (call, errors)


def test_a_menu_goes_away_when_the_app_stops_declaring_pages(browse, tmp_path):
    app = browse({"app.py": "import streamlit as st\nst.navigation([st.Page(lambda: None, title='A'), st.Page(lambda: None, title='B', url_path='b')]).run()\n"})
    assert len(app.navigation()["pages"]) == 2
    app.edit("import streamlit as st\nst.write('single')\n")
    app.run()
    assert app.navigation()["pages"] == []
    app.run()
    assert not [m for m in app.last_run() if m["type"] == "page:navigation"]


def test_page_link_to_pages_and_urls(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                st.page_link("app.py", label="Home", icon="🏠")
                st.page_link("pages/2_📈_Plotting.py", query_params={"a": "1"})
                st.page_link("https://example.org", label="Example")
                st.sidebar.page_link("pages/2_📈_Plotting.py", help="Charts", disabled=True)
            """,
            "pages/2_📈_Plotting.py": "",
        }
    )
    links = [e["props"] for e in app.get("page_link")]
    assert [(p["label"], p["page"], p["external"], p["query"], p["icon"], p["active"], p["width"]) for p in links] == [
        ("Home", "", False, "", "🏠", True, "content"),
        ("Plotting", "Plotting", False, "a=1", "📈", False, "content"),
        ("Example", "https://example.org", True, "", "", False, "content"),
        ("Plotting", "Plotting", False, "", "📈", False, "stretch"),
    ]
    assert links[3]["help"] == "Charts" and links[3]["disabled"] is True


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.page_link("javascript:alert(1)", label="x")', "Could not find page: `javascript:alert(1)`."),
        ('st.page_link("https://example.org")', "The `label` parameter is required."),
        ('st.page_link("other.py")', "Could not find page: `other.py`."),
    ],
)
def test_page_link_errors(browse, call, message):
    app = browse({"app.py": f"import streamlit as st\n{call}\n", "other.py": ""})
    assert app.get("exception")[0]["props"]["message"].startswith(message)


def test_a_syntax_error_in_a_page_names_the_page_file(browse):
    app = browse({"app.py": HOME, "pages/broken.py": "x = (\n"}).navigate("broken")
    props = app.get("exception")[0]["props"]
    assert props["type"] == "SyntaxError"
    assert props["syntax"]["filename"].endswith("broken.py")
