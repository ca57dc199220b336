"""The bad-input corpus (tests/bad_inputs/cases.py) in Chromium, on one booted page.

Each case's script replaces the page's script; the page must end the run with the
case's status and show its error, keep what the run drew, let no payload run, and
still work: the clean script that follows reruns on a button press.

Script execution is caught three ways: payloads push to ``window.__xss`` or call
``alert`` (Playwright sees the dialog), and the page is searched for what would run
later (an event-handler attribute, a `javascript:` URL, a script or frame of ours).
`test_the_detectors_catch_script_that_runs` shows that each of them fires.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from conftest import BOOT_TIMEOUT_MS, load_script, run_count, wait_until_idle

_spec = importlib.util.spec_from_file_location("bad_input_cases", Path(__file__).parents[1] / "bad_inputs" / "cases.py")
cases = importlib.util.module_from_spec(_spec)
sys.modules["bad_input_cases"] = cases  # dataclasses looks the module up by name
_spec.loader.exec_module(cases)

BROWSER_CASES = [case for case in cases.CASES if "browser" in case.where]

# The export ships what the first script imports: pandas (with pyarrow) and numpy.
BOOT = """
import numpy
import pandas
import streamlit as st
st.write("ready")
"""

APP = "document.querySelector('headwater-app')"

# Everything in the document and the app's shadow roots that would run script later:
# event-handler attributes, javascript: (and HTML data:) URLs, and, inside the app,
# elements that run or load script. Returns one line per finding.
FIND_RUNNABLE = r"""() => {
    const found = [];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];
    const runnable = /^(javascript|vbscript|data:text\/html)/i;
    const visit = (root, inApp) => {
        for (const el of root.querySelectorAll('*')) {
            const inside = inApp || el.tagName === 'HEADWATER-APP';
            for (const { name, value } of el.attributes) {
                const attr = name.toLowerCase();
                if (attr.startsWith('on')) found.push(`${el.tagName} ${attr}="${value}"`);
                if (urlAttributes.includes(attr) && runnable.test(value.replace(/[\u0000-\u0020]/g, ''))) {
                    found.push(`${el.tagName} ${attr}="${value}"`);
                }
                if (inside && attr === 'srcdoc') found.push(`${el.tagName} srcdoc`);
            }
            if (inside && ['SCRIPT', 'OBJECT', 'EMBED', 'BASE', 'META', 'NOSCRIPT'].includes(el.tagName)) {
                found.push(`<${el.tagName.toLowerCase()}> in the app`);
            }
            if (el.shadowRoot) visit(el.shadowRoot, inside);
        }
    };
    visit(document, false);
    return found;
}"""

# An image that fails to load in the app's shadow root, whose handler pushes `name`:
# script that does run, to prove the detectors and to wait behind the payloads' images.
INJECT = """(name) => {
    const img = document.createElement('img');
    img.className = 'hw-test-injected';
    img.src = 'no-such-image-' + name + '.png';
    img.setAttribute('onerror', `__xss.push('${name}')`);
    document.querySelector('headwater-app').shadowRoot.append(img);
}"""
REMOVE_INJECTED = "() => document.querySelector('headwater-app').shadowRoot.querySelectorAll('.hw-test-injected').forEach((el) => el.remove())"


@pytest.fixture(scope="module")
def page(browser, export_site):
    site = export_site(BOOT, name="bad-inputs")
    context = browser.new_context()
    page = site.open(context.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    page.dialogs = []

    def dismiss(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.evaluate(f"""() => {{
        window.__xss = [];
        window.finishes = [];
        {APP}.addEventListener('headwater:finish', (e) => window.finishes.push(e.detail.status));
    }}""")
    yield page
    context.close()


def test_the_detectors_catch_script_that_runs(page: Page):
    load_script(page, "import streamlit as st\nst.write('control')\n")
    page.evaluate("() => { window.__xss = []; }")
    page.dialogs.clear()
    # An inline handler in the app runs, and is found.
    page.evaluate(INJECT, "control")
    page.wait_for_function("() => window.__xss.includes('control')")
    assert page.evaluate(FIND_RUNNABLE) == ["""IMG onerror="__xss.push('control')\""""]
    page.evaluate(REMOVE_INJECTED)
    # A javascript: link (it would run when clicked) is found, however it is spelled.
    page.evaluate("""() => {
        const link = document.createElement('a');
        link.className = 'hw-test-injected';
        link.setAttribute('href', ' \\tJaVaScRiPt:__xss.push(1)');
        document.querySelector('headwater-app').shadowRoot.append(link);
    }""")
    assert page.evaluate(FIND_RUNNABLE) == ["""A href=" \tJaVaScRiPt:__xss.push(1)\""""]
    page.evaluate(REMOVE_INJECTED)
    # alert() is seen.
    page.evaluate("() => alert('control')")
    assert page.dialogs == ["control"]
    assert page.evaluate(FIND_RUNNABLE) == []


def run_case(page: Page, case) -> None:
    page.evaluate("() => { window.__xss = []; window.finishes = []; }")
    page.dialogs.clear()
    before = run_count(page)
    page.evaluate(f"""async (files) => {{
        const app = {APP}.app;
        await app.setFiles(files);
        app.rerun();
    }}""", {"app.py": case.source, **dict(case.files)})
    if case.runaway:
        page.wait_for_function(f"() => {APP}.getAttribute('state') === 'running'")
        stop = page.locator(".hw-status-stop")
        expect(stop).to_be_visible()
        stop.click()
    # A restarted Python (after a crash) boots again before the page is idle.
    wait_until_idle(page, before, timeout=BOOT_TIMEOUT_MS)
    if case.click:
        before = run_count(page)
        page.get_by_role("button", name=case.click).click()
        wait_until_idle(page, before)


@pytest.mark.parametrize("case", BROWSER_CASES, ids=[case.id for case in BROWSER_CASES])
def test_bad_input_in_the_browser(page: Page, case):
    run_case(page, case)
    assert page.evaluate("window.finishes").pop() == case.status
    errors = page.locator(".hw-exception")
    if case.error:
        expect(errors).to_have_count(1)
        said = errors.inner_text()
        # "Type: message" starts a line (the last one, under a SyntaxError's source line).
        assert re.search(rf"(?m)^(?:[\w.]+\.)?(?:{case.error})(?::|$)", said), said
        if case.message:
            assert re.search(case.message, said, re.S), said
    else:
        expect(errors).to_have_count(0)
    for text in case.kept:
        expect(page.get_by_text(text, exact=False).first).to_be_visible()
    if case.rows_note:
        expect(page.locator(".hw-rows-note")).to_have_text(re.compile(case.rows_note))
    if case.ready:
        page.locator(case.ready).first.wait_for(state="attached")
    if case.xss:
        assert_nothing_ran(page)

    load_script(page, cases.RECOVERY)
    expect(page.get_by_text("clean script")).to_be_visible()
    before = run_count(page)
    page.get_by_role("button", name="Again").click()
    wait_until_idle(page, before)
    expect(page.get_by_text("the button works")).to_be_visible()


def assert_nothing_ran(page: Page) -> None:
    # The barrier's image fails after the payloads' images (requested earlier) have.
    page.evaluate(INJECT, "barrier")
    page.wait_for_function("() => window.__xss.includes('barrier')")
    page.evaluate(REMOVE_INJECTED)
    assert page.evaluate("window.__xss") == ["barrier"]
    assert page.dialogs == []
    assert page.evaluate(FIND_RUNNABLE) == []
