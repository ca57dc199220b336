"""Benchmark boot, paint, reruns and sizes in headless Chromium and print JSON (not run in CI).

    ~/.cache/headwater/venv/bin/python bench/core_loop.py [--runs 3] [--keys 200]

Every figure of issue #4, each next to its target:
  cold and return-visit first paint of the demo app (navigation → title and slider in
  the DOM), with the exporter's prerender and, for the return visit, without one (the
  page kept in IndexedDB); time to interactive (first run finished, preview lifted)
  against a bare `loadPyodide` in a worker of the same browser; slider key → DOM
  latency; a 10,000×5 DataFrame in st.dataframe + st.line_chart drawn cold; bytes on
  the wire for a cold visit; Headwater's own JS+CSS, compressed; and, for a page with
  two apps, the longest task the host page sees while they boot and the time until
  both are interactive, with Pyodide shared between their workers (compiled module and
  snapshot) and without (the page's boot:runtime messages emptied).

Each cold figure uses a fresh browser profile (a persistent context, so the HTTP cache
behaves as a visitor's) and is the median of --runs. Return visits are served by the
site's service worker, as a visitor's would be. The server compresses each file
once before any timing, so a figure never includes the server's first gzip.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import build  # noqa: E402

DATAFRAME_APP = """\
import numpy as np
import pandas as pd
import streamlit as st

st.title("Ten thousand rows")
frame = pd.DataFrame(np.random.default_rng(0).standard_normal((10_000, 5)).cumsum(axis=0), columns=list("abcde"))
st.dataframe(frame)
st.line_chart(frame)
"""

# Records, in page time (ms since navigation), when the app first shows its title and a
# widget, when it is interactive, and when a dataframe and a chart are drawn.
MARKS = """(() => {
  const marks = window.__marks = {};
  const look = () => {
    const host = document.querySelector('headwater-app');
    const root = host && host.shadowRoot;
    const now = performance.now();
    if (root) {
      if (!marks.paint && root.querySelector('h1') && root.querySelector('[role=slider], [role=grid], canvas'))
        marks.paint = now;
      if (!marks.interactive && host.getAttribute('state') === 'idle' && Number(host.getAttribute('runs')) > 0
          && !host.hasAttribute('preview')) marks.interactive = now;
      const canvas = root.querySelector('.hw-chart canvas');
      if (!marks.drawn && marks.interactive && root.querySelector('.hw-grid-body [role=row]') && canvas && canvas.width > 0)
        marks.drawn = now;
    }
    if (!(marks.interactive && (marks.drawn || !document.querySelector('[data-bench-dataframe]')))) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();"""

BARE_HTML = """<!doctype html><script type="module">
const worker = new Worker('bare-worker.js', { type: 'module' });
worker.onmessage = () => { window.__bare = performance.now(); };
</script>"""

BARE_WORKER = """
const indexURL = new URL('headwater/pyodide/', self.location.href).href;
const { loadPyodide } = await import(indexURL + 'pyodide.mjs');
await loadPyodide({ indexURL, fullStdLib: false });
postMessage('ready');
"""

# Presses one key on the slider (Home once it reaches the end of its 0..100 range) and
# resolves with the ms until the paragraph shows the new value.
KEY_TO_DOM = """async () => {
  const root = document.querySelector('headwater-app').shadowRoot;
  const slider = root.querySelector('[role=slider]');
  const now = Number(slider.getAttribute('aria-valuenow'));
  const key = now < Number(slider.getAttribute('aria-valuemax')) ? 'ArrowRight' : 'Home';
  const next = key === 'Home' ? 0 : now + 1;
  const wanted = `${next} squared is ${next * next}`;
  return await new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (root.textContent.includes(wanted)) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(root, {subtree: true, childList: true, characterData: true});
    slider.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
  });
}"""

LONGEST_TASK = """() => new Promise((resolve) => {
  let longest = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); })
    .observe({ type: 'longtask', buffered: true });
  const done = () => [...document.querySelectorAll('headwater-app')].every((el) => el.getAttribute('state') === 'idle');
  const wait = () => done() ? resolve({ longest, interactive: performance.now() }) : setTimeout(wait, 20);
  wait();
})"""

# Every worker boots Pyodide itself: what a page did before its workers shared it.
UNSHARED = """
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message?.type === 'boot:runtime') message = { ...message, module: null, snapshot: null };
  return post.call(this, message, ...rest);
};
"""


class Traffic:
    """Bytes the server writes (headers and bodies), by URL path; wraps every request's socket writer."""

    def __init__(self) -> None:
        self.by_path: dict[str, int] = {}
        self.lock = threading.Lock()
        original = build._Handler.setup
        traffic = self

        def setup(handler) -> None:
            original(handler)
            raw = handler.wfile

            class Counting:
                def write(self, data):
                    path = getattr(handler, "path", "?").split("?")[0]
                    with traffic.lock:
                        traffic.by_path[path] = traffic.by_path.get(path, 0) + len(data)
                    return raw.write(data)

                def __getattr__(self, name):
                    return getattr(raw, name)

            handler.wfile = Counting()

        build._Handler.setup = setup

    def reset(self) -> None:
        with self.lock:
            self.by_path.clear()

    def total(self) -> int:
        with self.lock:
            return sum(self.by_path.values())


def warm_gzip(server: build.AppServer, folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in build.COMPRESSIBLE:
            server.gzipped(path)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def note(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def median(values: list[float]) -> float:
    return round(statistics.median(values))


def export(script: str, out: Path, name: str) -> Path:
    source = Path(tempfile.mkdtemp(prefix=f"headwater-bench-{name}-"))
    (source / "app.py").write_text(script)
    build.export(source / "app.py", out)
    return out


def visit(context, url: str, timeout: float = 180_000, dataframe: bool = False) -> dict:
    page = context.new_page()
    page.add_init_script(MARKS)
    page.goto(url, wait_until="commit")
    if dataframe:
        page.evaluate("document.documentElement.setAttribute('data-bench-dataframe', '')")
    wanted = "window.__marks && window.__marks.interactive" + (" && window.__marks.drawn" if dataframe else "")
    page.wait_for_function(wanted, timeout=timeout)
    marks = page.evaluate("window.__marks")
    return {"page": page, **marks}


def fresh_context(playwright, profiles: list[Path], service_workers: str = "allow"):
    profile = Path(tempfile.mkdtemp(prefix="headwater-bench-profile-"))
    profiles.append(profile)
    return playwright.chromium.launch_persistent_context(
        str(profile), executable_path=build.CHROMIUM, args=build.CHROMIUM_FLAGS, headless=True,
        service_workers=service_workers)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="cold visits per figure (median)")
    parser.add_argument("--keys", type=int, default=200)
    options = parser.parse_args()

    sites = Path(tempfile.mkdtemp(prefix="headwater-bench-"))
    # From a folder of its own: examples/ holds other apps' files, which an export would ship.
    hello = export((ROOT / "examples" / "hello.py").read_text(), sites / "hello", "hello")
    (hello / "bare.html").write_text(BARE_HTML)
    (hello / "bare-worker.js").write_text(BARE_WORKER)
    # The same app without a prerender: its return visit paints what IndexedDB kept.
    plain = sites / "plain"
    build.shutil.copytree(hello, plain)
    manifest = json.loads((plain / "app.json").read_text())
    manifest.pop("prerender")
    (plain / "app.json").write_text(json.dumps(manifest))
    frames = export(DATAFRAME_APP, sites / "dataframe", "dataframe")
    dataframe_prerendered = "prerender" in json.loads((frames / "app.json").read_text())
    (hello / "two.html").write_text(textwrap.dedent("""\
        <!doctype html><script type="module" src="headwater/headwater.js"></script>
        <headwater-app src="app.json"></headwater-app><headwater-app src="app.json"></headwater-app>"""))

    traffic = Traffic()
    servers = {name: build.AppServer(folder, 0).start() for name, folder in
               [("hello", hello), ("plain", plain), ("dataframe", frames)]}
    for name, server in servers.items():
        warm_gzip(server, server.folder)
    profiles: list[Path] = []
    result: dict = {}
    with sync_playwright() as playwright:
        bare, cold, transfer = [], [], []
        for _ in range(options.runs):
            context = fresh_context(playwright, profiles)
            page = context.new_page()
            page.goto(servers["hello"].url + "bare.html")
            page.wait_for_function("window.__bare", timeout=120_000)
            bare.append(page.evaluate("window.__bare"))
            context.close()

            # No service worker: it starts caching after the first run, which is not the visit's traffic.
            context = fresh_context(playwright, profiles, service_workers="block")
            traffic.reset()
            marks = visit(context, servers["hello"].url)
            transfer.append(traffic.total())
            transfer_by_path = dict(traffic.by_path)
            cold.append(marks)
            context.close()

        note(f"cold: bare {bare}, ours {[round(m['interactive']) for m in cold]}")
        # Return visits: the same profile, after one full visit.
        context = fresh_context(playwright, profiles)
        first = visit(context, servers["hello"].url)
        time.sleep(1.5)  # what the first visit keeps (pycs, Python's snapshot) is written after its first run
        first["page"].close()
        returns = []
        for _ in range(options.runs):
            marks = visit(context, servers["hello"].url)
            returns.append(marks)
            marks["page"].close()
        page = visit(context, servers["hello"].url)["page"]
        for _ in range(5):  # let V8 tier up the wasm before measuring
            page.evaluate(KEY_TO_DOM)
        latencies = [page.evaluate(KEY_TO_DOM) for _ in range(options.keys)]
        context.close()

        note(f"return visits {[round(m['paint']) for m in returns]}, slider done")
        context = fresh_context(playwright, profiles)
        visit(context, servers["plain"].url)["page"].close()
        time.sleep(0.5)  # the kept page is written after the first run
        plain_returns = []
        for _ in range(options.runs):
            marks = visit(context, servers["plain"].url)
            plain_returns.append(marks)
            marks["page"].close()
        context.close()

        note(f"return visits without prerender {[round(m['paint']) for m in plain_returns]}")
        drawn = []
        for _ in range(max(1, options.runs - 1)):
            context = fresh_context(playwright, profiles)
            traffic.reset()
            marks = visit(context, servers["dataframe"].url, dataframe=True)
            drawn.append(marks)
            context.close()

        note(f"dataframe {[round(m['drawn']) for m in drawn]}")
        two_apps: dict[str, list] = {"shared": [], "unshared": []}
        for _ in range(options.runs):
            for mode, runs in two_apps.items():
                context = fresh_context(playwright, profiles)
                if mode == "unshared":
                    context.add_init_script(UNSHARED)
                page = context.new_page()
                page.goto(servers["hello"].url + "two.html")
                runs.append(page.evaluate(LONGEST_TASK))
                context.close()
        note(f"two apps interactive {({mode: [round(r['interactive']) for r in runs] for mode, runs in two_apps.items()})}")

    for server in servers.values():
        server.stop()
    for profile in profiles:
        build.shutil.rmtree(profile, ignore_errors=True)

    bare_ms = median(bare)
    tti = median([m["interactive"] for m in cold])
    eager = {name: len(gzip.compress((hello / "headwater" / name).read_bytes(), 6))
             for name in ["headwater.js", "worker.js"]}
    lazy = {path.name: len(gzip.compress(path.read_bytes(), 6)) for path in sorted((hello / "headwater" / "chunks").glob("*.js"))}
    result = {
        "runs": options.runs,
        "cold_first_paint_ms": {"value": median([m["paint"] for m in cold]), "target": 300},
        "return_first_paint_ms": {"value": median([m["paint"] for m in returns]), "target": 150},
        "return_first_paint_without_prerender_ms": {"value": median([m["paint"] for m in plain_returns]), "target": 150},
        "time_to_interactive_ms": {"value": tti, "bare_pyodide_boot_ms": bare_ms, "target": bare_ms + 1000,
                                   "over_bare_ms": tti - bare_ms},
        "return_time_to_interactive_ms": median([m["interactive"] for m in returns]),
        "slider_to_dom_ms": {"keys": len(latencies), "p50": round(statistics.median(latencies), 1),
                             "p95": round(percentile(latencies, 0.95), 1), "target_p50": 16, "target_p95": 50},
        "dataframe_cold_drawn_ms": {"value": median([m["drawn"] for m in drawn]), "target": 10_000,
                                    "first_paint_ms": median([m["paint"] for m in drawn]),
                                    "interactive_ms": median([m["interactive"] for m in drawn]),
                                    "prerendered": dataframe_prerendered},
        "hello_cold_transfer_bytes": {"value": int(statistics.median(transfer)), "target": 6_000_000,
                                      "largest": dict(sorted(transfer_by_path.items(), key=lambda kv: -kv[1])[:6])},
        "own_js_css_gzip_bytes": {"value": sum(eager.values()), "target": 150_000, "eager": eager,
                                  "lazy_chunks": lazy},
        "two_apps_longest_host_task_ms": round(max(r["longest"] for r in two_apps["shared"])),
        "two_apps_interactive_ms": {mode: median([r["interactive"] for r in runs]) for mode, runs in two_apps.items()},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
