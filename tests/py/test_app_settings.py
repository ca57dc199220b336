"""config.toml's theme, st.set_page_config, st.secrets and st.context."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_pages import Browser, write


@pytest.fixture
def browse(tmp_path: Path):
    def boot(files: dict[str, str], context: dict | None = None) -> Browser:
        write(tmp_path, files)
        app = Browser(tmp_path / "app.py")
        if context is not None:
            from streamlit import _bridge

            app.messages.clear()
            query = context.get("url", "").partition("?")[2]
            _bridge.start(str(app.script), [], app._emit, json.dumps({"query": query, "context": context}))
        return app.run()

    return boot


def of_type(app: Browser, kind: str) -> list[dict]:
    return [m for m in app.messages if m["type"] == kind]


# -- config.toml -------------------------------------------------------------------


def test_theme_is_sent_before_the_first_run(browse):
    app = browse(
        {
            "app.py": "import streamlit as st\nst.write(st.get_option('theme.primaryColor'))\n",
            ".streamlit/config.toml": """
                [theme]
                base = "dark"
                primaryColor = "#00aa88"
                font = "serif"
                unknownOption = 1

                [theme.sidebar]
                backgroundColor = "#111111"
            """,
        }
    )
    assert app.messages[0] == {
        "type": "page:theme",
        "theme": {"base": "dark", "primaryColor": "#00aa88", "font": "serif", "sidebar": {"backgroundColor": "#111111"}},
    }
    assert app.bodies() == ["#00aa88"]


def test_no_config_sends_no_theme_and_an_edit_sends_the_new_one(browse):
    app = browse({"app.py": "import streamlit as st\n"})
    assert of_type(app, "page:theme") == []
    write(app.script.parent, {".streamlit/config.toml": "[theme]\nprimaryColor = 'red'\n"})
    app.edit("import streamlit as st\n")
    assert of_type(app, "page:theme") == [{"type": "page:theme", "theme": {"primaryColor": "red"}}]
    (app.script.parent / ".streamlit/config.toml").unlink()
    app.edit("import streamlit as st\n")
    assert of_type(app, "page:theme")[-1] == {"type": "page:theme", "theme": {}}


def test_a_broken_config_is_ignored_with_a_message(browse, capsys):
    app = browse({"app.py": "import streamlit as st\nst.write('ran')\n", ".streamlit/config.toml": "[theme\n"})
    assert app.bodies() == ["ran"]
    assert ".streamlit/config.toml is not valid TOML" in capsys.readouterr().out


def test_show_sidebar_navigation_false_hides_the_menu(browse):
    app = browse(
        {
            "app.py": "import streamlit as st\n",
            "pages/a.py": "",
            ".streamlit/config.toml": "[client]\nshowSidebarNavigation = false\n",
        }
    )
    assert of_type(app, "page:navigation")[-1]["position"] == "hidden"


# -- st.set_page_config -----------------------------------------------------------------


def test_set_page_config_message(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                st.set_page_config(page_title="Sales", page_icon="📈", layout="wide", initial_sidebar_state="collapsed",
                                   menu_items={"About": "Hi", "Get help": None})
                st.set_page_config(page_icon="icon.svg", initial_sidebar_state=300)
            """,
            "icon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
        }
    )
    first, second = of_type(app, "page:config")
    assert first == {
        "type": "page:config",
        "title": "Sales",
        "icon": "📈",
        "layout": "wide",
        "initialSidebarState": "collapsed",
        "sidebarWidth": None,
        "menuItems": {"about": "Hi", "getHelp": None},
    }
    assert second["title"] is None and second["layout"] is None
    assert second["icon"].startswith("data:image/svg+xml;base64,")
    assert (second["initialSidebarState"], second["sidebarWidth"]) == ("auto", 300)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("layout='full'", "Invalid `layout` value. Supported values: 'centered', 'wide'."),
        ("initial_sidebar_state='open'", "Invalid `initial_sidebar_state` value."),
        ("initial_sidebar_state=0", "Invalid `initial_sidebar_state` value."),
        ("menu_items={'Share': 'https://x.org'}", "Invalid `menu_items` value."),
        ("menu_items={'Get help': 'x.org'}", '"x.org" is not a valid URL.'),
    ],
)
def test_set_page_config_errors(browse, call, message):
    app = browse({"app.py": f"import streamlit as st\nst.set_page_config({call})\n"})
    assert app.get("exception")[0]["props"]["message"].startswith(message)


# -- st.secrets ----------------------------------------------------------------------


SECRETS = """
    api_key = "abc123"
    retries = 3

    [database]
    user = "ada"
    port = 5432
"""


def test_secrets_by_key_and_attribute(browse):
    app = browse(
        {
            "app.py": """
                import os
                import streamlit as st
                st.text(st.secrets["api_key"])
                st.text(st.secrets.database.user)
                st.text(st.secrets["database"]["port"])
                st.text(sorted(st.secrets.keys()))
                st.text(st.secrets.to_dict()["database"])
                st.text(os.environ.get("api_key"))
                st.text("nope" in st.secrets)
            """,
            ".streamlit/secrets.toml": SECRETS,
        }
    )
    assert app.bodies("text") == [
        "abc123",
        "ada",
        "5432",
        "['api_key', 'database', 'retries']",
        "{'user': 'ada', 'port': 5432}",
        "abc123",
        "False",
    ]
    os.environ.pop("api_key", None)
    os.environ.pop("retries", None)


@pytest.mark.parametrize(
    ("expression", "error", "message"),
    [
        ('st.secrets["nope"]', "KeyError", 'st.secrets has no key "nope". Did you forget to add it to secrets.toml'),
        ("st.secrets.nope", "AttributeError", 'st.secrets has no attribute "nope".'),
        ("st.secrets.database.nope", "AttributeError", 'st.secrets has no attribute "nope".'),
        ('st.secrets["database"]["nope"]', "KeyError", 'st.secrets has no key "nope".'),
        ('st.secrets["x"] = 1', "TypeError", "Secrets does not support item assignment."),
        ("st.secrets.database.user = 'x'", "TypeError", "Secrets does not support attribute assignment."),
    ],
)
def test_secret_errors(browse, expression, error, message):
    app = browse({"app.py": f"import streamlit as st\n{expression}\n", ".streamlit/secrets.toml": SECRETS})
    props = app.get("exception")[0]["props"]
    assert props["type"] == error
    assert props["message"].strip("'\"").startswith(message)


def test_no_secrets_file(browse):
    app = browse({"app.py": "import streamlit as st\nst.secrets['x']\n"})
    props = app.get("exception")[0]["props"]
    assert props["type"] == "streamlit.errors.StreamlitSecretNotFoundError"
    assert props["message"].startswith("No secrets found. Valid paths for a secrets.toml file")
    assert props["message"].endswith(".streamlit/secrets.toml")


# -- st.context ------------------------------------------------------------------------


def test_context_from_the_page(browse):
    app = browse(
        {
            "app.py": """
                import streamlit as st
                c = st.context
                st.text(dict(c.cookies))
                st.text(c.cookies.get("visited"))
                st.text([c.locale, c.timezone, c.timezone_offset, c.theme.type, c.theme["type"], c.is_embedded])
                st.text([c.url, c.ip_address, dict(c.headers), c["locale"], "url" in c])
            """
        },
        context={
            "url": "https://example.org/app/?a=1",
            "cookies": "visited=yes; theme=dark",
            "locale": "fr-FR",
            "timezone": "Europe/Paris",
            "timezoneOffset": -60,
            "theme": "dark",
            "isEmbedded": False,
        },
    )
    assert app.bodies("text") == [
        "{'visited': 'yes', 'theme': 'dark'}",
        "yes",
        "['fr-FR', 'Europe/Paris', -60, 'dark', 'dark', False]",
        "['https://example.org/app/?a=1', None, {}, 'fr-FR', True]",
    ]


def test_context_url_follows_navigation_and_query_params(browse):
    app = browse(
        {
            "app.py": "import streamlit as st\nst.query_params.q = 'x'\nst.text(st.context.url)\n",
            "pages/b.py": "import streamlit as st\nst.text(st.context.url)\n",
        },
        context={"url": "https://example.org/app/"},
    )
    assert app.bodies("text") == ["https://example.org/app/?q=x"]
    app.navigate("b", "z=1")
    assert app.bodies("text") == ["https://example.org/app/?z=1#/b"]


def test_unknown_context_key(browse):
    app = browse({"app.py": "import streamlit as st\nst.context['nope']\n"}, context={})
    assert app.get("exception")[0]["props"]["message"].strip("'\"").startswith('st.context has no key "nope". Valid keys are:')
