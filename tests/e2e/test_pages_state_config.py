"""Multipage apps, the address bar, theme and page config in a real browser.

The multipage site is served under a sub-path (``/repo/``), as a GitHub Pages
project site is, so page addresses must work without any server rewrite.
"""

from __future__ import annotations

import re
import sqlite3
import textwrap
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script, run_count, wait_until_idle

import build

PAGES_APP = {
    "app.py": """
        import streamlit as st
        st.set_page_config(page_title="Pages demo", page_icon="🧭")
        st.title("Home page")
        st.session_state.home_seen = True
        if st.text_input("Your name", key="name_box"):
            st.query_params.name = st.session_state.name_box
        st.write(f"hello {st.query_params.get('name', 'nobody')}")
        st.page_link("pages/2_🎈_Balloons.py", label="To balloons")
        if st.button("Switch to plotting"):
            st.switch_page("pages/1_📈_Plotting.py")
        st.write(f"secret: {st.secrets['greeting']}")
        st.sidebar.write("sidebar text")
    """,
    "pages/1_📈_Plotting.py": """
        import streamlit as st
        st.title("Plotting page")
        st.write(f"home seen: {st.session_state.get('home_seen', False)}")
        x = st.slider("x", 0, 10, 3)
        st.write(f"x is {x}")
    """,
    "pages/2_🎈_Balloons.py": """
        import streamlit as st
        st.title("Balloons page")
    """,
    ".streamlit/config.toml": """
        [theme]
        primaryColor = "#00aa88"
    """,
    ".streamlit/secrets.toml": 'greeting = "hi there"\n',
}


def export_files(folder: Path, files: dict[str, str | bytes], out: Path) -> list[str]:
    """Write an app's files and export it to `out`; returns what the export logged."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip())
    logged: list[str] = []
    real_log = build.log
    build.log = lambda message: (logged.append(message), real_log(message))
    try:
        build.export(folder / "app.py", out)
    finally:
        build.log = real_log
    return logged


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages-site")
    logged = export_files(tmp_path_factory.mktemp("pages-src"), PAGES_APP, root / "repo")
    (root / "repo" / "two.html").write_text(
        (root / "repo" / "index.html").read_text().replace(
            '<headwater-app src="app.json"></headwater-app>',
            '<headwater-app id="first" src="app.json"></headwater-app>'
            '<headwater-app id="second" src="app.json"></headwater-app>',
        )
    )
    server = build.AppServer(root, 0).start()
    yield server.url + "repo/", logged
    server.stop()


def open_app(page: Page, url: str) -> Page:
    page.goto(url)
    wait_until_idle(page)
    return page


def nav_link(page: Page, name: str):
    return page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)


def test_sidebar_menu_reload_and_back(pages_site, page: Page):
    url, _ = pages_site
    open_app(page, url)
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    menu = page.get_by_test_id("stSidebarNav")
    expect(menu.get_by_role("link")).to_have_text(["app", "📈Plotting", "🎈Balloons"])
    expect(nav_link(page, "app")).to_have_attribute("aria-current", "page")
    expect(page.get_by_text("sidebar text")).to_be_visible()

    interact(page, lambda: nav_link(page, "Plotting").click())
    expect(page.get_by_role("heading", name="Plotting page")).to_be_visible()
    expect(page.get_by_text("home seen: True")).to_be_visible()  # session state is shared
    assert page.url == url + "#/Plotting"
    expect(nav_link(page, "Plotting")).to_have_attribute("aria-current", "page")
    assert page.title() == "Pages demo"

    slider = page.get_by_role("slider", name="x")
    interact(page, lambda: slider.press("ArrowRight"))
    expect(page.get_by_text("x is 4")).to_be_visible()

    page.reload()
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="Plotting page")).to_be_visible()
    expect(page.get_by_text("home seen: False")).to_be_visible()  # a reload is a new session

    interact(page, lambda: nav_link(page, "app").click())
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    assert page.url == url
    interact(page, page.go_back)
    expect(page.get_by_role("heading", name="Plotting page")).to_be_visible()
    assert page.url == url + "#/Plotting"
    interact(page, page.go_forward)
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()


def test_switch_page_page_link_and_back(pages_site, page: Page):
    url, _ = pages_site
    open_app(page, url)
    interact(page, lambda: page.get_by_role("button", name="Switch to plotting").click())
    expect(page.get_by_role("heading", name="Plotting page")).to_be_visible()
    assert page.url == url + "#/Plotting"
    interact(page, page.go_back)
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    assert page.url == url

    link = page.get_by_test_id("stPageLink").get_by_role("link", name="To balloons")
    expect(link).to_have_attribute("href", re.compile(r"/repo/#/Balloons$"))
    interact(page, link.click)
    expect(page.get_by_role("heading", name="Balloons page")).to_be_visible()
    assert page.url == url + "#/Balloons"


def test_a_shared_link_to_a_page_and_an_unknown_page(pages_site, page: Page):
    url, _ = pages_site
    open_app(page, url + "?name=ada#/Balloons")
    expect(page.get_by_role("heading", name="Balloons page")).to_be_visible()
    open_app(page, url + "?name=ada#/nowhere")
    expect(page.get_by_role("heading", name="Home page")).to_be_visible()
    assert page.url == url + "?name=ada"  # replaced: Back does not return to the bad address


def test_query_params_both_ways(pages_site, page: Page):
    url, _ = pages_site
    open_app(page, url + "?name=ada")
    expect(page.get_by_text("hello ada")).to_be_visible()
    entries = page.evaluate("history.length")
    box = page.get_by_label("Your name")
    box.fill("bob")
    interact(page, lambda: box.press("Enter"))
    expect(page.get_by_text("hello bob")).to_be_visible()
    assert page.url == url + "?name=bob"
    assert page.evaluate("history.length") == entries  # replaced in place, as Streamlit does


def test_theme_title_favicon_and_secrets_warning(pages_site, page: Page):
    url, logged = pages_site
    open_app(page, url)
    host = page.locator("headwater-app")
    expect(host).to_have_attribute("theme", "light")
    primary = page.evaluate("getComputedStyle(document.querySelector('headwater-app')).getPropertyValue('--hw-primary')")
    assert primary.strip() == "#00aa88"
    assert page.title() == "Pages demo"
    icon = page.evaluate("document.querySelector('link[rel~=icon]').href")
    assert icon.startswith("data:image/svg+xml,") and "%F0%9F%A7%AD" in icon  # 🧭
    expect(page.get_by_text("secret: hi there")).to_be_visible()
    assert any("secrets.toml is published" in message for message in logged)


def test_two_apps_on_one_page_leave_the_address_and_title_alone(pages_site, page: Page):
    url, _ = pages_site
    page.goto(url + "two.html")
    page.wait_for_function(
        "[...document.querySelectorAll('headwater-app')].every((h) => h.getAttribute('state') === 'idle')",
        timeout=240_000,
    )
    title = page.title()
    first = page.locator("#first")
    before = int(first.get_attribute("runs"))
    first.get_by_test_id("stSidebarNav").get_by_role("link", name="Plotting").click()
    page.wait_for_function(f"Number(document.querySelector('#first').getAttribute('runs')) > {before}")
    expect(first.get_by_role("heading", name="Plotting page")).to_be_visible()
    expect(page.locator("#second").get_by_role("heading", name="Home page")).to_be_visible()
    assert page.url == url + "two.html"
    assert page.title() == title


def test_dark_base_wide_layout_and_collapsed_sidebar(shared_page: Page):
    widths = {}
    for layout in ("centered", "wide"):
        before = run_count(shared_page)
        shared_page.evaluate(
            """async ([source, config]) => {
                const app = document.querySelector('headwater-app').app;
                await app.setFiles({'app.py': source, '.streamlit/config.toml': config});
                app.rerun();
            }""",
            [
                "import streamlit as st\n"
                f"st.set_page_config(layout={layout!r}, initial_sidebar_state='collapsed')\n"
                "st.sidebar.write('in the sidebar')\nst.write('body')\n",
                '[theme]\nbase = "dark"\ntextColor = "#ffeedd"\n',
            ],
        )
        wait_until_idle(shared_page, before)
        widths[layout] = shared_page.get_by_test_id("stMainBlockContainer").bounding_box()["width"]
    host = shared_page.locator("headwater-app")
    expect(host).to_have_attribute("theme", "dark")
    background = shared_page.get_by_test_id("stApp").evaluate("(el) => getComputedStyle(el).backgroundColor")
    assert background == "rgb(14, 17, 23)"  # Streamlit's dark background
    color = shared_page.get_by_test_id("stApp").evaluate("(el) => getComputedStyle(el).color")
    assert color == "rgb(255, 238, 221)"
    assert widths["wide"] > widths["centered"] + 100
    expect(shared_page.get_by_text("in the sidebar")).to_be_hidden()  # collapsed
    shared_page.get_by_test_id("stExpandSidebarButton").click()
    expect(shared_page.get_by_text("in the sidebar")).to_be_visible()
    load_script(shared_page, "import streamlit as st\nst.write('ready')\n")


def test_sqlite_connection_in_the_browser(tmp_path_factory, page: Page):
    source = tmp_path_factory.mktemp("sql-src")
    db = sqlite3.connect(source / "pets.db")
    db.executescript("create table pets (name text, age int); insert into pets values ('Rex', 3), ('Kit', 1);")
    db.commit()
    db.close()
    out = tmp_path_factory.mktemp("sql-site")
    export_files(source, {
        "app.py": """
            import streamlit as st
            conn = st.connection("pets", type="sql", url="sqlite:///pets.db")
            df = conn.query("select name, age from pets order by age", ttl=60)
            st.write(f"{len(df)} pets, youngest {df.name[0]}")
        """,
    }, out)
    server = build.AppServer(out, 0).start()
    try:
        open_app(page, server.url)
        expect(page.get_by_text("2 pets, youngest Kit")).to_be_visible()
    finally:
        server.stop()
