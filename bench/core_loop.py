"""Benchmark the demo app in headless Chromium and print JSON (not run in CI).

    ~/.cache/headwater/venv/bin/python bench/core_loop.py [--keys 50]

Figures: cold first paint (navigation → title drawn), time to interactive (first run
finished), and slider key → DOM latency (key event → the new square in the DOM).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import build  # noqa: E402

# Presses one key on the slider and resolves with the ms until the paragraph shows the new value.
KEY_TO_DOM = """async () => {
  const root = document.querySelector('headwater-app').shadowRoot;
  const slider = root.querySelector('[role=slider]');
  const next = Number(slider.getAttribute('aria-valuenow')) + 1;
  const wanted = `${next} squared is ${next * next}`;
  return await new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (root.textContent.includes(wanted)) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(root, {subtree: true, childList: true, characterData: true});
    slider.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true}));
  });
}"""

FIRST_PAINT = """() => new Promise((resolve) => {
  const check = () => {
    const host = document.querySelector('headwater-app');
    const title = host && host.shadowRoot && host.shadowRoot.querySelector('h1');
    if (title) resolve(performance.now()); else requestAnimationFrame(check);
  };
  check();
})"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=50)
    options = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="headwater-bench-"))
    build.export(ROOT / "examples" / "hello.py", out)
    server = build.AppServer(out, 0).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=build.CHROMIUM, args=build.CHROMIUM_FLAGS)
        page = browser.new_context().new_page()
        page.goto(server.url, wait_until="commit")
        first_paint = page.evaluate(FIRST_PAINT)
        page.wait_for_function("() => document.querySelector('headwater-app')?.getAttribute('state') === 'idle'",
                               timeout=120_000)
        interactive = page.evaluate("performance.now()")
        for _ in range(5):  # let V8 tier up the wasm before measuring
            page.evaluate(KEY_TO_DOM)
        latencies = [page.evaluate(KEY_TO_DOM) for _ in range(options.keys)]
        browser.close()
    server.stop()
    print(json.dumps({
        "app": "examples/hello.py",
        "cold_first_paint_ms": round(first_paint),
        "time_to_interactive_ms": round(interactive),
        "slider_to_dom_ms": {"keys": len(latencies), "p50": round(statistics.median(latencies), 1),
                             "p95": round(percentile(latencies, 0.95), 1)},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }, indent=2))


if __name__ == "__main__":
    main()
