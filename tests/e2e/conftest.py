"""End-to-end fixtures: exported sites served on 127.0.0.1 and driven in Debian's Chromium.

Booting Pyodide costs seconds on a 2-core machine, so most tests share one booted
page and swap the script through the public handle (`app.setFiles`), the same path
the dev server's "Rerun" takes.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import build  # noqa: E402 - needs the path above

# A bound on waiting, not a speed claim: a loaded 2-core machine can take minutes to boot Pyodide.
BOOT_TIMEOUT_MS = 300_000
# Likewise for expect(): a rerun or a lazy chart library can take seconds under load.
expect.set_options(timeout=30_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": build.CHROMIUM, "args": build.CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # An exported site registers a service worker after its first run; tests that visit
    # a site twice would meet its cache. test_boot_and_stop.py tests it in contexts of its own.
    return {**browser_context_args, "service_workers": "block"}


class Site:
    """An exported app served on 127.0.0.1, recording every request pages make."""

    def __init__(self, folder: Path, server: build.AppServer) -> None:
        self.folder, self.server, self.url = folder, server, server.url
        self.requests: list[str] = []

    def open(self, page: Page) -> Page:
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("pageerror", lambda error: print(f"page error: {error}", file=sys.stderr))
        page.goto(self.url)
        wait_until_idle(page)
        return page


def write_app(folder: Path, script: str, name: str = "app.py") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(script).lstrip())
    return path


@pytest.fixture(scope="session")
def export_site(tmp_path_factory):
    """Export `script` as a static site and serve it; torn down at the end of the session."""
    servers: list[build.AppServer] = []

    def make(script: str, name: str = "app") -> Site:
        source = write_app(tmp_path_factory.mktemp(f"{name}-src"), script)
        out = tmp_path_factory.mktemp(f"{name}-site")
        build.export(source, out)
        server = build.AppServer(out, 0).start()
        servers.append(server)
        return Site(out, server)

    yield make
    for server in servers:
        server.stop()


def wait_until_idle(page: Page, after_run: int = 0, timeout: float = BOOT_TIMEOUT_MS) -> None:
    """Wait until the app has finished a run numbered above `after_run` and is idle."""
    page.wait_for_function(
        """(after) => {
            const host = document.querySelector('headwater-app');
            return host && host.getAttribute('state') === 'idle' && Number(host.getAttribute('runs')) > after;
        }""",
        arg=after_run, timeout=timeout)


def wait_until_true(page: Page, script: str, arg=None, timeout: float = 20_000) -> None:
    """Poll `script` until it returns (or its promise resolves to) something truthy:
    `page.wait_for_function` does not await a promise, which is always truthy."""
    waited = 0.0
    while not page.evaluate(script, arg):
        if waited > timeout:
            raise AssertionError(f"still false after {timeout} ms: {script[:200]}")
        page.wait_for_timeout(100)
        waited += 100


def run_count(page: Page) -> int:
    return int(page.get_attribute("headwater-app", "runs") or 0)


def load_script(page: Page, script: str) -> None:
    """Replace the shared page's script and rerun it, as a saved file does in dev mode."""
    before = run_count(page)
    page.evaluate(
        """async (source) => {
            const app = document.querySelector('headwater-app').app;
            await app.setFiles({'app.py': source});
            app.rerun();
        }""",
        textwrap.dedent(script).lstrip())
    wait_until_idle(page, before)


def choose(combobox: Locator, option: str) -> None:
    """Pick `option` in a selectbox (a combobox one can type in): open its list, click the option."""
    combobox.click()
    combobox.page.get_by_role("option", name=option, exact=True).click()


def interact(page: Page, action) -> None:
    """Do something that reruns the script, and wait for that run to finish."""
    before = run_count(page)
    action()
    wait_until_idle(page, before)


@pytest.fixture(scope="module")
def shared_page(browser, export_site):
    """One booted page of a plain app (no pandas), reused by a module's tests."""
    site = export_site("import streamlit as st\nst.write('ready')\n", name="shared")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    yield page
    context.close()
