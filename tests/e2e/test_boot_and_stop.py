"""Boot and recovery in a real browser: the page painted before Python is ready,
scripts that block, bursts of input, Stop, and several apps on one page."""

from __future__ import annotations

import json
import textwrap

import pytest
from playwright.sync_api import Page, expect

from conftest import BOOT_TIMEOUT_MS, choose, interact, load_script, run_count, wait_until_idle, wait_until_true

import build

HELLO = (build.ROOT / "examples" / "hello.py").read_text()


def host_state(page: Page) -> str:
    return page.get_attribute("headwater-app", "state") or ""


def hold_python(page: Page) -> list:
    """Hold back Pyodide's wasm, so Python cannot be ready until the test says so."""
    held: list = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    return held


def release_python(page: Page, held: list) -> None:
    page.wait_for_function("() => true")  # lets the route handler run
    assert held, "the worker never asked for the wasm"
    for route in held:
        route.continue_()
    page.unroute("**/pyodide.asm.wasm")


# Entries in one of the app's IndexedDB stores, opened as worker/store.js opens it
# (version 1, the store made on upgrade), so a poll that comes before the app is harmless.
IDB_COUNT = """([database, store]) => new Promise((resolve, reject) => {
    const open = indexedDB.open(database, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(store);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
        const count = open.result.transaction(store).objectStore(store).count();
        count.onsuccess = () => { open.result.close(); resolve(count.result); };
    };
})"""


def stored_entries(page: Page, database: str, store: str) -> int:
    return page.evaluate(IDB_COUNT, [database, store])


def wait_until_stored(page: Page, database: str, store: str, entries: int | None = None) -> None:
    """Wait until the store has entries (exactly `entries`, when given)."""
    test = "n > 0" if entries is None else f"n === {entries}"
    wait_until_true(page, f"(args) => ({IDB_COUNT})(args).then((n) => {test})", [database, store])


@pytest.fixture(scope="module")
def hello(export_site):
    return export_site(HELLO, name="hello-boot")


def test_the_export_prerenders_the_first_run(hello):
    manifest = json.loads((hello.folder / "app.json").read_text())
    kinds = [delta["element"]["kind"] for delta in manifest["prerender"]["deltas"]]
    assert kinds == ["heading", "slider", "markdown"]
    assert manifest["prerender"]["blocks"]["main"] == 3
    assert "pyodide/pyodide.asm.wasm" in manifest["downloads"]


def test_the_prerendered_page_shows_greyed_and_inert_until_python_is_ready(hello, page: Page):
    held = hold_python(page)
    page.goto(hello.url)
    heading = page.get_by_role("heading", name="Hello, Headwater")
    expect(heading).to_be_visible()
    expect(page.get_by_text("0 squared is 0")).to_be_visible()
    expect(page.locator("headwater-app")).to_have_attribute("preview", "")
    assert host_state(page) == "booting"
    # Keys go nowhere while the page is a preview: the slider cannot take focus.
    page.get_by_role("slider", name="x").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.querySelector('headwater-app').shadowRoot.activeElement") is None
    expect(page.get_by_role("slider", name="x")).to_have_attribute("aria-valuenow", "0")
    heading.evaluate("(el) => { el.dataset.mark = 'preview'; }")

    release_python(page, held)
    wait_until_idle(page)
    expect(page.locator("headwater-app")).not_to_have_attribute("preview", "")
    # The worker's first run patched the preview in place rather than drawing anew.
    expect(heading).to_have_attribute("data-mark", "preview")
    slider = page.get_by_role("slider", name="x")
    slider.focus()
    interact(page, lambda: slider.press("ArrowRight"))
    expect(page.get_by_text("1 squared is 1")).to_be_visible()


def test_an_app_cpython_cannot_run_is_exported_without_prerender(export_site, browser):
    # `js` exists only in Pyodide, so the export's CPython run fails and is skipped.
    site = export_site("import js\nimport streamlit as st\nst.title('Only in the browser')\n", name="no-prerender")
    assert "prerender" not in json.loads((site.folder / "app.json").read_text())

    context = browser.new_context(service_workers="block")  # the Python download must reach the route
    first = site.open(context.new_page())
    expect(first.get_by_role("heading", name="Only in the browser")).to_be_visible()
    wait_until_stored(first, "headwater-pages", "pages")
    first.close()

    # A return visit paints the page kept from the first, before Python is ready.
    again = context.new_page()
    held = hold_python(again)
    again.goto(site.url)
    expect(again.get_by_role("heading", name="Only in the browser")).to_be_visible()
    expect(again.locator("headwater-app")).to_have_attribute("preview", "")
    assert host_state(again) == "booting"
    release_python(again, held)
    wait_until_idle(again)
    context.close()


def test_boot_progress_counts_bytes(hello, page: Page):
    held = hold_python(page)
    page.goto(hello.url)
    progress = page.get_by_role("progressbar", name="Loading the app")
    expect(page.get_by_test_id("stBootProgress")).to_contain_text(" MB")
    release_python(page, held)
    wait_until_idle(page)
    expect(progress).to_have_count(0)


def test_each_runtime_file_is_downloaded_once(hello, page: Page):
    hello.requests.clear()
    hello.open(page)
    runtime = [url for url in hello.requests if "/headwater/pyodide/" in url or url.endswith("streamlit.json")]
    assert sorted(runtime) == sorted(set(runtime)), runtime


def test_the_service_worker_isolates_the_page_and_keeps_the_app_offline(hello, browser):
    # A static host sends neither COOP/COEP nor long-lived caching.
    server = build.AppServer(hello.folder, 0, isolated=False).start()
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(server.url)
        wait_until_idle(page)
        assert not page.evaluate("crossOriginIsolated")
        # Registered after the first run, it takes the page over once active.
        page.evaluate("""async () => {
            await navigator.serviceWorker.ready;
            while (!navigator.serviceWorker.controller) await new Promise((resolve) => setTimeout(resolve, 50));
        }""")

        page.reload()
        wait_until_idle(page)
        assert page.evaluate("crossOriginIsolated")

        server.stop()
        page.reload()
        wait_until_idle(page)
        expect(page.get_by_role("heading", name="Hello, Headwater")).to_be_visible()
        slider = page.get_by_role("slider", name="x")
        slider.focus()
        interact(page, lambda: slider.press("ArrowRight"))
        expect(page.get_by_text("1 squared is 1")).to_be_visible()
    finally:
        context.close()
        server.stop()


def test_a_dev_page_drops_a_service_worker_left_on_its_address(export_site, browser, tmp_path):
    site = export_site("import streamlit as st\nst.write('exported')\n", name="left-behind")
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(site.url)
        wait_until_idle(page)
        page.evaluate("navigator.serviceWorker.ready")
        # `run` now serves a dev page at the same address.
        (site.folder / "index.html").write_text(build.page_html("dev", dev=True))
        page.goto(site.url + "?dev")
        wait_until_idle(page)
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then((all) => all.length)") == 0
    finally:
        context.close()


COMPILED_BEFORE_IMPORT = """
import importlib.util, os
import streamlit as st
origin = importlib.util.find_spec("pytz").origin
st.write("compiled", os.path.exists(importlib.util.cache_from_source(origin)))
import pytz
"""

def test_packages_come_compiled_and_the_browser_keeps_what_python_compiled(export_site, browser):
    site = export_site(COMPILED_BEFORE_IMPORT, name="bytecode")
    manifest = json.loads((site.folder / "app.json").read_text())
    assert manifest["bytecode"] in manifest["downloads"]
    context = browser.new_context(service_workers="block")
    try:
        first = site.open(context.new_page())
        expect(first.get_by_text("compiled True")).to_be_visible()  # the exporter's bytecode

        # Without the exporter's bytecode the first visit compiles, and the next one does not.
        manifest.pop("bytecode")
        (site.folder / "app.json").write_text(json.dumps(manifest))
        context.clear_cookies()
        first.close()  # its worker holds the database open, which would block deleting it
        cleaner = context.new_page()
        cleaner.goto(site.url + "app.json")
        cleaner.evaluate("() => new Promise((resolve, reject) => { const r = indexedDB.deleteDatabase('headwater-bytecode'); r.onsuccess = resolve; r.onerror = reject; r.onblocked = () => reject(new Error('blocked')); })")
        cleaner.close()
        page = site.open(context.new_page())
        expect(page.get_by_text("compiled False")).to_be_visible()
        wait_until_stored(page, "headwater-bytecode", "pyc")  # the compiled Python it kept
        page.close()
        again = site.open(context.new_page())
        expect(again.get_by_text("compiled True")).to_be_visible()
    finally:
        context.close()


CACHED_ACROSS_VISITS = """
import random
import streamlit as st

@st.cache_data
def draw():
    return random.random()

st.write("drawn", draw())
"""


def test_cache_data_values_survive_a_reload(export_site, browser):
    site = export_site(CACHED_ACROSS_VISITS, name="cache-across-visits")
    context = browser.new_context(service_workers="block")
    try:
        first = site.open(context.new_page())
        wait_until_idle(first, 0)
        drawn = first.get_by_text("drawn").first.inner_text()
        first.wait_for_timeout(500)  # the value is written to IndexedDB after the run
        first.close()
        again = site.open(context.new_page())
        wait_until_idle(again, 0)
        assert again.get_by_text("drawn").first.inner_text() == drawn
    finally:
        context.close()


# ── Blocking work ─────────────────────────────────────────────────────────────

# Collects every text the given selector shows in the app, in the order they first appear.
WATCH = """(selector) => {
    const root = document.querySelector('headwater-app').shadowRoot;
    window.seen = [];
    const look = () => root.querySelectorAll(selector).forEach((el) => {
        const text = el.textContent.trim();
        if (text && !window.seen.includes(text)) window.seen.push(text);
    });
    new MutationObserver(look).observe(root, {subtree: true, childList: true, characterData: true});
}"""


def test_a_spinner_shows_while_the_script_sleeps(shared_page: Page):
    shared_page.evaluate(WATCH, "[data-testid=stSpinner], [data-testid=stMarkdown]")
    load_script(shared_page, """
        import time
        import streamlit as st
        with st.spinner("Working hard"):
            time.sleep(1.5)
        st.write("Finished")
    """)
    seen = shared_page.evaluate("window.seen")
    assert "Working hard" in seen and seen.index("Working hard") < seen.index("Finished"), seen
    expect(shared_page.get_by_text("Finished")).to_be_visible()
    expect(shared_page.get_by_text("Working hard")).to_have_count(0)


def test_an_empty_placeholder_animates_while_the_script_sleeps(shared_page: Page):
    shared_page.evaluate(WATCH, "[data-testid=stMarkdown]")
    load_script(shared_page, """
        import time
        import streamlit as st
        slot = st.empty()
        for i in range(5):
            slot.write(f"tick {i}")
            time.sleep(0.3)
    """)
    ticks = [text for text in shared_page.evaluate("window.seen") if text.startswith("tick")]
    assert ticks == [f"tick {i}" for i in range(5)], ticks


def test_progress_and_status_update_while_the_script_sleeps(shared_page: Page):
    shared_page.evaluate("""() => {
        const root = document.querySelector('headwater-app').shadowRoot;
        window.seen = [];
        const note = (text) => window.seen.includes(text) || window.seen.push(text);
        new MutationObserver(() => {
            const bar = root.querySelector('[data-testid=stProgress] [role=progressbar]');
            if (bar) note(`progress ${bar.getAttribute('aria-valuenow')}`);
            const status = root.querySelector('[data-testid=stExpander] summary');
            if (status) note(`status ${status.textContent.trim()}`);
            if (root.textContent.includes('Finished')) note('Finished');
        }).observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
    }""")
    load_script(shared_page, """
        import time
        import streamlit as st
        bar = st.progress(0)
        for step in range(1, 4):
            time.sleep(0.3)
            bar.progress(step * 25)
        with st.status("Crunching") as status:
            time.sleep(0.6)
            status.update(label="Crunched", state="complete")
        st.write("Finished")
    """)
    seen = shared_page.evaluate("window.seen")
    wanted = ["progress 25", "progress 50", "progress 75", "status Crunching", "status Crunched", "Finished"]
    assert [text for text in seen if text in wanted] == wanted, seen


def test_a_burst_of_slider_keys_ends_at_the_last_value(shared_page: Page):
    load_script(shared_page, """
        import time
        import streamlit as st
        x = st.slider("x", 0, 1000)
        time.sleep(0.005)
        st.write("value", x)
    """)
    shared_page.evaluate("""async () => {
        const slider = document.querySelector('headwater-app').shadowRoot.querySelector('[role=slider]');
        for (let i = 0; i < 1000; i++) {
            slider.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
            if (i % 37 === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
    }""")
    expect(shared_page.get_by_text("value 1000")).to_be_visible()
    wait_until_idle(shared_page, run_count(shared_page) - 1)
    expect(shared_page.get_by_text("value 1000")).to_be_visible()
    expect(shared_page.get_by_role("slider", name="x")).to_have_attribute("aria-valuenow", "1000")


def test_every_button_press_reaches_the_script_once(shared_page: Page):
    load_script(shared_page, """
        import time
        import streamlit as st
        st.session_state.setdefault("presses", 0)
        if st.button("Press"):
            st.session_state.presses += 1
        time.sleep(0.02)
        st.write("presses", st.session_state.presses)
    """)
    # Five presses per frame: presses in one frame must not merge into one.
    shared_page.evaluate("""async () => {
        const root = document.querySelector('headwater-app').shadowRoot;
        const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Press');
        for (let i = 0; i < 40; i++) {
            button.click();
            if (i % 5 === 4) await new Promise((resolve) => requestAnimationFrame(resolve));
        }
    }""")
    expect(shared_page.get_by_text("presses 40")).to_be_visible(timeout=30_000)


# ── Stop ──────────────────────────────────────────────────────────────────────

RUNAWAY = """
import time
import streamlit as st
st.session_state.setdefault("clicks", 0)
if st.button("Add"):
    st.session_state.clicks += 1
level = st.slider("level", 0, 10)
st.write("clicks", st.session_state.clicks, "level", level)
mode = st.selectbox("mode", ["calm", "spin", "sleep"])
if mode == "spin":
    while True:
        pass
if mode == "sleep":
    time.sleep(60)
st.write("All calm")
"""

# Records each run's finish status on the page.
RECORD_FINISHES = """() => {
    window.finishes = [];
    document.querySelector('headwater-app').addEventListener('headwater:finish', (e) => window.finishes.push(e.detail.status));
}"""


def start_runaway(page: Page, mode: str) -> None:
    choose(page.get_by_role("combobox", name="mode"), mode)
    page.wait_for_function("() => document.querySelector('headwater-app').getAttribute('state') === 'running'")
    page.wait_for_timeout(300)
    expect(page.get_by_role("button", name="Stop")).to_be_visible()


def commit_some_state(page: Page) -> None:
    interact(page, lambda: page.get_by_role("button", name="Add").click())
    interact(page, lambda: page.get_by_role("button", name="Add").click())
    slider = page.get_by_role("slider", name="level")
    slider.focus()
    for _ in range(3):
        interact(page, lambda: slider.press("ArrowRight"))
    expect(page.get_by_text("clicks 2 level 3")).to_be_visible()


@pytest.fixture(scope="module")
def runaway(export_site):
    return export_site(RUNAWAY, name="runaway")


@pytest.mark.parametrize("mode", ["spin", "sleep"])
def test_stop_interrupts_a_runaway_script(runaway, page: Page, mode: str):
    runaway.open(page)
    assert page.evaluate("crossOriginIsolated")
    commit_some_state(page)
    page.evaluate(RECORD_FINISHES)
    start_runaway(page, mode)
    page.get_by_role("button", name="Stop").click()
    page.wait_for_function("() => window.finishes.length === 1", timeout=10_000)
    assert page.evaluate("window.finishes") == ["stopped"]
    wait_until_idle(page, run_count(page) - 1)
    expect(page.get_by_role("button", name="Stop")).to_be_hidden()
    # The same worker goes on.
    interact(page, lambda: choose(page.get_by_role("combobox", name="mode"), "calm"))
    expect(page.get_by_text("clicks 2 level 3")).to_be_visible()
    expect(page.get_by_text("All calm")).to_be_visible()
    assert page.evaluate("window.finishes") == ["stopped", "ok"]


@pytest.fixture(scope="module")
def runaway_not_isolated(runaway):
    server = build.AppServer(runaway.folder, 0, isolated=False).start()
    yield server.url
    server.stop()


@pytest.mark.parametrize("mode", ["spin", "sleep"])
def test_stop_without_isolation_restarts_python_and_keeps_the_session(runaway_not_isolated, page: Page, mode: str):
    page.add_init_script(RECORD_SHARED)
    page.goto(runaway_not_isolated)
    wait_until_idle(page)
    assert not page.evaluate("crossOriginIsolated")
    commit_some_state(page)
    start_runaway(page, mode)
    runs = run_count(page)
    page.get_by_role("button", name="Stop").click()
    # A new worker boots; no run follows until the visitor acts.
    page.wait_for_function("() => document.querySelector('headwater-app').getAttribute('state') === 'idle'",
                           timeout=BOOT_TIMEOUT_MS)
    assert run_count(page) == runs
    # It started from what the worker it replaces shared, without booting Python itself.
    assert page.evaluate("window.shared") == {"given": ["none", "snapshot"], "booted": 1, "sources": ["booted"]}
    interact(page, lambda: choose(page.get_by_role("combobox", name="mode"), "calm"))
    expect(page.get_by_text("clicks 2 level 3")).to_be_visible()
    expect(page.get_by_text("All calm")).to_be_visible()
    interact(page, lambda: page.get_by_role("button", name="Add").click())
    expect(page.get_by_text("clicks 3 level 3")).to_be_visible()


# ── Embedding ─────────────────────────────────────────────────────────────────


# Records the boot:runtime messages between the page and its workers: what each
# worker was given (Pyodide's compiled module and a snapshot of a fresh interpreter,
# the module alone, or nothing: boot Python yourself), and how many workers booted
# Python themselves and posted what they had to share.
RECORD_SHARED = """
window.shared = { given: [], booted: 0, sources: [] };
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(...args) {
    super(...args);
    window.workersMade = (window.workersMade || 0) + 1;
    this.addEventListener('message', (e) => {
      if (e.data?.type !== 'boot:runtime') return;
      window.shared.booted++;
      window.shared.sources.push(e.data.source);
    });
  }
  postMessage(message, ...rest) {
    if (message?.type === 'boot:runtime') {
      const { module, snapshot } = message;
      window.shared.given.push(snapshot instanceof Blob ? 'snapshot' : module instanceof WebAssembly.Module ? 'module' : 'none');
    }
    return super.postMessage(message, ...rest);
  }
};
"""


# Reaches the worker's global through `js`, getters included.
USES_JS = "import js\nst.text(f\"js {js.location.pathname.rsplit('/', 1)[-1]} {js.performance.now() > 0}\")\n"


def test_two_apps_on_one_page_are_isolated(export_site, page: Page, tmp_path):
    # numpy ships with the site for the first app, and the second imports it too.
    site = export_site("import random\nimport sys\nimport numpy\nimport streamlit as st\nsys.headwater_marker = 'first'\n"
                       "st.title('First app')\nn = st.slider('n')\nst.write('first', n)\n"
                       "if 'draw' not in st.session_state:\n    st.session_state.draw = random.getrandbits(60)\n"
                       "st.text(f'draw {st.session_state.draw}')\n" + USES_JS, name="embed-one")
    second_script = tmp_path / "app.py"
    second_script.write_text("import random\nimport sys\nimport numpy as np\nimport streamlit as st\nst.title('Second app')\n"
                             "st.text(f'draw {random.getrandbits(60)}')\n"
                             "st.write('second paragraph')\nst.write('marker', getattr(sys, 'headwater_marker', 'unset'))\n"
                             "st.write('numpy sum', int(np.arange(5).sum()))\n" + USES_JS)
    second = build.app_manifest(second_script, [])
    (site.folder / "second.json").write_text(json.dumps(second))
    (site.folder / "host.html").write_text(textwrap.dedent("""\
        <!doctype html>
        <script type="module" src="headwater/headwater.js"></script>
        <style>p { color: rgb(255, 0, 0); } h1 { font-size: 10px; }</style>
        <h1 id="host-title">Host page</h1>
        <p id="host-text">Host text</p>
        <headwater-app id="one" src="app.json"></headwater-app>
        <headwater-app id="two" src="second.json"></headwater-app>
        """))
    page.add_init_script(RECORD_SHARED)
    page.goto(site.url + "host.html")
    for app in ("one", "two"):
        page.wait_for_function(f"() => document.getElementById('{app}').getAttribute('state') === 'idle'",
                               timeout=BOOT_TIMEOUT_MS)
    one, two = page.locator("#one"), page.locator("#two")
    expect(one.get_by_role("heading", name="First app")).to_be_visible()
    expect(two.get_by_text("second paragraph")).to_be_visible()
    # The host's CSS does not reach into an app, and an app's CSS does not reach out.
    assert two.get_by_text("second paragraph").evaluate("(el) => getComputedStyle(el).color") != "rgb(255, 0, 0)"
    assert page.locator("#host-text").evaluate("(el) => getComputedStyle(el).color") == "rgb(255, 0, 0)"
    assert page.locator("#host-title").evaluate("(el) => getComputedStyle(el).fontSize") == "10px"
    assert one.get_by_role("heading", name="First app").evaluate("(el) => getComputedStyle(el).fontSize") != "10px"
    # Each app has its own Python: a rerun of one leaves the other alone.
    runs_two = two.get_attribute("runs")
    slider = one.get_by_role("slider", name="n")
    slider.focus()
    slider.press("ArrowRight")
    expect(one.get_by_text("first 1")).to_be_visible()
    assert two.get_attribute("runs") == runs_two
    # The apps share Pyodide, not a Python: one worker booted it, the other started from
    # its compiled module and the snapshot of its fresh interpreter (had that failed, it
    # would have booted and posted its own), and the first app's change to `sys` is its own.
    assert sorted(page.evaluate("window.shared.given")) == ["none", "snapshot"]
    assert page.evaluate("window.shared.booted") == 1
    expect(two.get_by_text("marker unset")).to_be_visible()
    expect(two.get_by_text("numpy sum 10")).to_be_visible()  # packages load into a restored interpreter
    # `js` is the worker's own global in both: the one that took the snapshot, and the restored one.
    for app in (one, two):
        expect(app.get_by_text("js worker.js True")).to_be_visible()
    # Nor do they share the random state the snapshot was taken with.
    draws = [app.get_by_text("draw ").inner_text() for app in (one, two)]
    assert draws[0] != draws[1], draws


def test_an_app_boots_when_the_app_booting_the_shared_runtime_is_removed(export_site, page: Page):
    site = export_site("import streamlit as st\nst.write('still here')\n", name="embed-removed")
    (site.folder / "host.html").write_text(textwrap.dedent("""\
        <!doctype html>
        <script type="module" src="headwater/headwater.js"></script>
        <headwater-app id="one" src="app.json"></headwater-app>
        """))
    page.add_init_script(RECORD_SHARED)
    held = hold_python(page)  # the first app's worker cannot boot until it is gone
    page.goto(site.url + "host.html")
    page.wait_for_function("() => window.shared.given.length === 1")
    # The second app waits for what the first will share; then the first one goes.
    page.evaluate("""() => { const two = document.createElement('headwater-app');
        two.id = 'two'; two.setAttribute('src', 'app.json'); document.body.append(two); }""")
    page.wait_for_function("() => window.workersMade === 2")  # it asked as it started (client.js)
    page.wait_for_timeout(200)
    assert page.evaluate("window.shared.given") == ["none"]
    page.evaluate("document.getElementById('one').remove()")
    release_python(page, held)
    page.wait_for_function("() => document.getElementById('two').getAttribute('state') === 'idle'",
                           timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#two").get_by_text("still here")).to_be_visible()
    assert page.evaluate("window.shared.given") == ["none", "none"]


def test_a_return_visit_starts_from_the_snapshot_the_browser_kept(export_site, page: Page):
    site = export_site("import random\nimport streamlit as st\nst.text(f'draw {random.getrandbits(60)}')\n"
                       "if st.button('Add'):\n    st.session_state.n = st.session_state.get('n', 0) + 1\n"
                       "st.write('added', st.session_state.get('n', 0))\n", name="kept-snapshot")
    page.add_init_script(RECORD_SHARED)
    page.goto(site.url)
    wait_until_idle(page)
    assert page.evaluate("window.shared.sources") == ["booted"]
    first_draw = page.get_by_text("draw ").inner_text()
    # Written after the first run, in the background.
    wait_until_stored(page, "headwater-runtime", "snapshot", 1)
    page.reload()
    wait_until_idle(page)
    assert page.evaluate("window.shared.sources") == ["kept"]
    # Its first run does not repeat the random numbers of the Python the snapshot was taken from.
    assert page.get_by_text("draw ").inner_text() != first_draw
    interact(page, lambda: page.get_by_role("button", name="Add").click())
    expect(page.get_by_text("added 1")).to_be_visible()
    assert stored_entries(page, "headwater-runtime", "snapshot") == 1


def test_a_kept_snapshot_that_will_not_restore_is_replaced(export_site, page: Page):
    site = export_site("import streamlit as st\nst.write('booted anyway')\n", name="bad-snapshot")
    info = json.loads((site.folder / "headwater" / "pyodide" / "pyodide-lock.json").read_text())["info"]
    key = f"{info['version']}:{info['python']}:{info['platform']}:1"
    page.add_init_script(RECORD_SHARED)
    page.goto(site.url)
    wait_until_idle(page)
    wait_until_stored(page, "headwater-runtime", "snapshot", 1)
    # Storage damaged between visits: the kept snapshot is now a few bytes of nothing.
    page.evaluate("""(key) => new Promise((resolve, reject) => {
        const open = indexedDB.open('headwater-runtime', 1);
        open.onsuccess = () => {
            const put = open.result.transaction('snapshot', 'readwrite').objectStore('snapshot')
                .put(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), key);
            put.onsuccess = () => { open.result.close(); resolve(); };
            put.onerror = () => reject(put.error);
        };
    })""", key)
    page.reload()
    wait_until_idle(page)
    expect(page.get_by_text("booted anyway")).to_be_visible()
    assert page.evaluate("window.shared.sources") == ["booted"]
    # The next visit has a good one again.
    size = """(key) => new Promise((resolve) => {
        const open = indexedDB.open('headwater-runtime', 1);
        open.onsuccess = () => {
            const get = open.result.transaction('snapshot').objectStore('snapshot').get(key);
            get.onsuccess = () => { open.result.close(); resolve(get.result ? get.result.length : 0); };
        };
    })"""
    wait_until_true(page, f"() => ({size})({json.dumps(key)}).then((n) => n > 1000000)")
    page.reload()
    wait_until_idle(page)
    assert page.evaluate("window.shared.sources") == ["kept"]


def test_a_wasm_served_with_the_wrong_type_fails_boot_with_the_reason(export_site, page: Page):
    site = export_site("import streamlit as st\nst.write('hi')\n", name="wrong-wasm-type")
    page.route("**/pyodide.asm.wasm", lambda route: route.fulfill(
        response=route.fetch(), headers={"content-type": "application/octet-stream"}))
    page.goto(site.url)
    page.wait_for_function("() => document.querySelector('headwater-app').getAttribute('state') === 'error'",
                           timeout=BOOT_TIMEOUT_MS)
    expect(page.get_by_text("must send .wasm files as application/wasm")).to_be_visible()
