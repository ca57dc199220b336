"""st.iframe, components (html, iframe, a custom component from a shipped folder),
st.skeleton, st.pagination, st.menu_button, st.grid, st.set_option and st.typing in
a real browser: driven by role and label, checked by what the script sees."""

from __future__ import annotations

import textwrap

from playwright.sync_api import Page, expect

from conftest import interact, load_script, run_count, wait_until_idle


def load_files(page: Page, files: dict[str, str]) -> None:
    """Replace the shared page's files (app.py and the rest) and rerun."""
    before = run_count(page)
    page.evaluate(
        """async (files) => {
            const app = document.querySelector('headwater-app').app;
            await app.setFiles(files);
            app.rerun();
        }""",
        {name: textwrap.dedent(text).lstrip() for name, text in files.items()},
    )
    wait_until_idle(page, before)


def frame_height_above(page: Page, title: str, pixels: int) -> None:
    """Wait until the frame titled `title` is taller than `pixels` (it reports its content's height)."""
    page.wait_for_function(
        """([title, pixels]) => {
            const root = document.querySelector('headwater-app').shadowRoot;
            const frame = root.querySelector(`iframe[title="${title}"]`);
            return frame && frame.getBoundingClientRect().height > pixels;
        }""",
        arg=[title, pixels],
    )


def test_html_in_a_frame_runs_sandboxed_and_cannot_reach_the_app(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        import streamlit.components.v1 as components
        st.write("app text")
        st.iframe('''
            <div id="out">waiting</div>
            <div style="height: 320px"></div>
            <script>
              let reached;
              try { reached = parent.document.body.innerHTML.length >= 0; } catch (error) { reached = false; }
              let storage;
              try { storage = Boolean(localStorage); } catch (error) { storage = false; }
              document.getElementById("out").textContent =
                `parent reached: ${reached}, storage: ${storage}, origin: ${self.origin}`;
            </script>''', alt="Probe")
        components.html("<p>Legacy <b>html</b></p>", height=60)
        components.iframe("javascript:alert(document.domain)", height=60)
    """)
    frame = page.frame_locator('iframe[title="Probe"]')
    expect(frame.get_by_text("parent reached: false, storage: false, origin: null")).to_be_visible()
    probe = page.locator('iframe[title="Probe"]')
    sandbox = probe.get_attribute("sandbox")
    assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox
    # height="content": the frame grows to what its HTML draws.
    frame_height_above(page, "Probe", 300)
    legacy = page.locator("iframe.hw-iframe").nth(1)
    expect(page.frame_locator("iframe.hw-iframe >> nth=1").get_by_text("html")).to_be_visible()
    assert legacy.bounding_box()["height"] == 60
    # A javascript: URL is never loaded.
    expect(page.get_by_text("This frame was not loaded")).to_be_visible()
    assert page.locator("iframe.hw-iframe").count() == 3
    assert page.locator("iframe.hw-iframe").nth(2).get_attribute("src") is None


COMPONENT_HTML = """
    <html>
      <head><link rel="stylesheet" href="./style.css"><script src="main.js"></script></head>
      <body><button id="add">Add one</button> <span id="out">not rendered</span></body>
    </html>
"""
COMPONENT_JS = """
    let count = 0;
    const send = (type, extra) => parent.postMessage({ isStreamlitMessage: true, type, ...extra }, '*');
    window.addEventListener('message', (event) => {
      if (event.data.type !== 'streamlit:render') return;
      count = event.data.args.start;
      document.getElementById('out').textContent = `${event.data.args.label} from ${count}`;
      send('streamlit:setFrameHeight', { height: 90 });
    });
    window.addEventListener('DOMContentLoaded', () => {
      document.getElementById('add').addEventListener('click', () => {
        count += 1;
        send('streamlit:setComponentValue', { value: count, dataType: 'json' });
      });
      send('streamlit:componentReady', { apiVersion: 1 });
    });
"""


def test_a_custom_component_shipped_with_the_app_talks_to_the_script(shared_page: Page):
    page = shared_page
    load_files(page, {
        "app.py": """
            import streamlit as st
            import streamlit.components.v1 as components
            counter = components.declare_component("counter", path="frontend")
            start = st.number_input("Start", value=3)
            clicks = counter(label="Counting", start=int(start), default=None, key="counter")
            st.write(f"component value: {clicks}")
        """,
        "frontend/index.html": COMPONENT_HTML,
        "frontend/style.css": "#out { color: rgb(0, 128, 128); }",
        "frontend/main.js": COMPONENT_JS,
    })  # fmt: skip
    frame = page.frame_locator('iframe[title="app.counter"]')
    # main.js and style.css were inlined: the script ran, and the style applies.
    expect(frame.get_by_text("Counting from 3")).to_be_visible()
    expect(frame.locator("#out")).to_have_css("color", "rgb(0, 128, 128)")
    expect(page.get_by_text("component value: None")).to_be_visible()
    assert page.locator('iframe[title="app.counter"]').bounding_box()["height"] == 90
    interact(page, lambda: frame.get_by_role("button", name="Add one").click())
    expect(page.get_by_text("component value: 4")).to_be_visible()
    # New arguments reach the frontend without reloading it.
    interact(page, lambda: (page.get_by_label("Start").fill("10"), page.get_by_label("Start").press("Enter")))
    expect(frame.get_by_text("Counting from 10")).to_be_visible()
    interact(page, lambda: frame.get_by_role("button", name="Add one").click())
    expect(page.get_by_text("component value: 11")).to_be_visible()


def test_pagination_pages_through_and_the_script_sees_the_page(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        page = st.pagination(20, key="page")
        st.write(f"showing page {page}")
        narrow, _ = st.columns([1, 4])
        with narrow:
            st.pagination(20, key="narrow")
    """)
    nav = page.get_by_role("navigation", name="Pagination").first
    # In a narrow column fewer page buttons fit: the row never wraps.
    narrow = page.get_by_role("navigation", name="Pagination").nth(1)
    expect(narrow.get_by_role("button", name="Page 1", exact=True)).to_be_visible()
    expect(narrow.get_by_role("button", name="Page 6", exact=True)).to_have_count(0)
    expect(nav.get_by_role("button", name="Page 6", exact=True)).to_be_visible()
    expect(page.get_by_text("showing page 1")).to_be_visible()
    expect(nav.get_by_role("button", name="Previous page")).to_be_disabled()
    expect(nav.get_by_role("button", name="Page 1", exact=True)).to_have_attribute("aria-current", "page")
    interact(page, lambda: nav.get_by_role("button", name="Page 2", exact=True).click())
    expect(page.get_by_text("showing page 2")).to_be_visible()
    interact(page, lambda: nav.get_by_role("button", name="Next page").click())
    expect(page.get_by_text("showing page 3")).to_be_visible()
    expect(nav.get_by_role("button", name="Page 3", exact=True)).to_have_attribute("aria-current", "page")
    # Twenty pages: the first, the last, a window around the current one.
    expect(nav.get_by_role("button", name="Page 10", exact=True)).to_have_count(0)
    interact(page, lambda: nav.get_by_role("button", name="Page 20", exact=True).click())
    expect(page.get_by_text("showing page 20")).to_be_visible()
    expect(nav.get_by_role("button", name="Next page")).to_be_disabled()


def test_menu_button_returns_the_chosen_option_for_one_run(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        action = st.menu_button("Export", ["CSV", "JSON", "PDF"], help="Download the table", icon=":material/download:")
        st.write(f"action: {action}")
        st.button("Refresh")
    """)
    expect(page.get_by_text("action: None")).to_be_visible()
    button = page.get_by_role("button", name="Export")
    expect(button.locator(".hw-material-icon")).to_have_text("download")
    button.click()
    menu = page.get_by_role("menu", name="Export")
    expect(menu).to_be_visible()
    interact(page, lambda: menu.get_by_role("menuitem", name="JSON").click())
    expect(page.get_by_text("action: JSON")).to_be_visible()
    expect(menu).to_be_hidden()
    interact(page, lambda: page.get_by_role("button", name="Refresh").click())
    expect(page.get_by_text("action: None")).to_be_visible()
    # By keyboard: the menu opens on its first option; arrows move, Enter chooses.
    button.focus()
    page.keyboard.press("Enter")
    expect(menu.get_by_role("menuitem", name="CSV")).to_be_focused()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    interact(page, lambda: page.keyboard.press("Enter"))
    expect(page.get_by_text("action: PDF")).to_be_visible()
    # Closing the menu without choosing does not rerun.
    runs = run_count(page)
    button.click()
    expect(menu).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    assert run_count(page) == runs


def test_skeleton_holds_a_place_until_it_is_replaced(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        slot = st.skeleton(height=120)
        with st.skeleton():
            st.write("computed inside the block")
        if st.button("Load"):
            slot.write("loaded data")
    """)
    expect(page.get_by_text("computed inside the block")).to_be_visible()
    loading = page.get_by_role("status", name="Loading")
    # The block's skeleton is gone; the standalone one stays, 120 pixels high.
    expect(loading).to_have_count(1)
    assert loading.bounding_box()["height"] == 120
    interact(page, lambda: page.get_by_role("button", name="Load").click())
    expect(page.get_by_text("loaded data")).to_be_visible()
    expect(loading).to_have_count(0)


def test_grid_lays_out_cells_and_spans(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        grid = st.grid(3, border=True, min_column_width=100)
        for n in range(1, 5):
            grid.write(f"cell {n}")
        with grid.cell(column_span="all"):
            st.write("wide cell")
        st.set_option("client.showErrorDetails", "none")
        st.write(f"error details: {st.get_option('client.showErrorDetails')}")
        from streamlit.typing import UploadedFile
        st.write(f"typing: {UploadedFile.__name__}")
    """)
    boxes = [page.get_by_text(f"cell {n}").bounding_box() for n in range(1, 5)]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[3]["y"] > boxes[0]["y"] and abs(boxes[3]["x"] - boxes[0]["x"]) < 1
    grid = page.get_by_test_id("stGrid").bounding_box()
    wide = page.get_by_test_id("stGridCell").bounding_box()
    # One column is under a third of the grid; the cell spans all three.
    assert wide["width"] > 0.95 * grid["width"] and wide["y"] > boxes[3]["y"]
    expect(page.get_by_text("error details: none")).to_be_visible()
    expect(page.get_by_text("typing: UploadedFile")).to_be_visible()


def test_show_error_details_set_by_the_script_redacts_an_uncaught_error(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.set_option("client.showErrorDetails", "type")
        raise ValueError("secret token 1234")
    """)
    error = page.get_by_test_id("stException")
    expect(error).to_contain_text("ValueError")
    expect(error).to_contain_text("This app has encountered an error.")
    expect(error).not_to_contain_text("secret")
    expect(error).not_to_contain_text("Traceback")
