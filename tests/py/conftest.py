"""Test harness: run a script string through the bridge and rebuild the page it drew.

``app = run_app("st.write('hi')")`` writes the script to a temp folder, starts a
session with an emit that records every message, and runs once. The harness
applies deltas and run:finish the way the page does, so tests assert on the
element tree (``app.elements()``, ``app.get("markdown")``) and interact with
widgets by label (``app.click("Go")``, ``app.set("x", 5)``).
"""

from __future__ import annotations

import json
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "py"))

from streamlit import _bridge

ROOTS = ("main", "sidebar", "bottom", "event")


class App:
    def __init__(self, script: Path, argv: list[str]) -> None:
        self.script = script
        self.messages: list[dict[str, Any]] = []
        self.tree: dict[str, dict[str, Any]] = {}
        self.blocks: dict[str, int] = {}
        self.status: str | None = None
        _bridge.start(str(script), argv, self._emit)

    # -- driving ----------------------------------------------------------------

    def run(
        self, widgets: dict[str, Any] | None = None, triggers: dict[str, Any] | None = None
    ) -> App:
        self.status = _bridge.rerun(json.dumps(widgets or {}), json.dumps(triggers or {}))
        return self

    def set(self, label: str, value: Any) -> App:
        return self.run(widgets={self.widget(label)["id"]: value})

    def click(self, label: str) -> App:
        return self.run(triggers={self.widget(label)["id"]: True})

    def edit(self, source: str, name: str = "app.py") -> None:
        (self.script.parent / name).write_text(textwrap.dedent(source))
        _bridge.files_changed()

    # -- reading the page -------------------------------------------------------

    def elements(self, block: str = "main") -> list[dict[str, Any]]:
        """The block's children in order (not their descendants)."""
        children = [
            (int(p.rpartition(".")[2]), e)
            for p, e in self.tree.items()
            if p.rpartition(".")[0] == block
        ]
        return [e for _, e in sorted(children, key=lambda c: c[0])]

    def all(self) -> list[tuple[str, dict[str, Any]]]:
        """Every element with its path, in document order (main first, then sidebar)."""

        def order(path: str) -> tuple[Any, ...]:
            root, *rest = path.split(".")
            return (ROOTS.index(root), *map(int, rest))

        return [(p, self.tree[p]) for p in sorted(self.tree, key=order)]

    def get(self, kind: str) -> list[dict[str, Any]]:
        return [e for _, e in self.all() if e["kind"] == kind]

    def bodies(self, kind: str = "markdown") -> list[str]:
        return [e["props"]["body"] for e in self.get(kind)]

    def widget(self, label: str) -> dict[str, Any]:
        found = [e for _, e in self.all() if e["id"] and e["props"].get("label") == label]
        assert len(found) == 1, f"expected one widget labelled {label!r}, found {len(found)}"
        return found[0]

    def value(self, label: str) -> Any:
        return self.widget(label)["props"]["value"]

    def of_type(self, message_type: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["type"] == message_type]

    def last_run(self) -> list[dict[str, Any]]:
        starts = [i for i, m in enumerate(self.messages) if m["type"] == "run:start"]
        return self.messages[starts[-1] :]

    # -- what the page does ---------------------------------------------------------

    def _emit(self, text: str, buffers: list[bytes]) -> None:
        message = _with_buffers(json.loads(text), buffers)
        self.messages.append(message)
        if message["type"] == "run:delta":
            for delta in message["deltas"]:
                self._set(delta["path"], delta["element"])
        elif message["type"] == "run:finish":
            # Only listed blocks are pruned: a fragment run lists its own blocks alone.
            self.blocks = message["blocks"]
            self.tree = {p: e for p, e in self.tree.items() if self._kept(p)}

    def _set(self, path: str, element: dict[str, Any]) -> None:
        old = self.tree.get(path)
        if old is not None and old["kind"] == "block" and element["kind"] != "block":
            self.tree = {p: e for p, e in self.tree.items() if not p.startswith(path + ".")}
        self.tree[path] = element

    def _kept(self, path: str) -> bool:
        parent, _, index = path.rpartition(".")
        if parent in ROOTS:
            return int(index) < self.blocks.get(parent, int(index) + 1)
        if parent not in self.tree or self.tree[parent]["kind"] != "block":
            return False
        if parent in self.blocks and int(index) >= self.blocks[parent]:
            return False
        return self._kept(parent)


def _with_buffers(value: Any, buffers: list[bytes]) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return buffers[value["__bytes__"]]
        return {k: _with_buffers(v, buffers) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_buffers(v, buffers) for v in value]
    return value


@pytest.fixture(autouse=True)
def _restore_sleep() -> Iterator[None]:
    real_sleep = time.sleep
    yield
    time.sleep = real_sleep


@pytest.fixture
def run_app(tmp_path: Path) -> Callable[..., App]:
    """``run_app(source, files={name: text}, argv=[...], run=True)`` -> App after its first run."""

    def start(
        source: str,
        *,
        files: dict[str, str] | None = None,
        argv: list[str] | None = None,
        run: bool = True,
    ) -> App:
        for name, text in (files or {}).items():
            (tmp_path / name).write_text(textwrap.dedent(text))
        script = tmp_path / "app.py"
        script.write_text(textwrap.dedent(source))
        app = App(script, argv or [])
        return app.run() if run else app

    return start
