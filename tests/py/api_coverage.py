"""Compare the shim's API with Streamlit's and write docs/api-coverage.md.

    python3 build.py coverage     # regenerate docs/api-coverage.md

Streamlit's side comes from the real package in a venv of its own (it cannot share the
test venv, where `streamlit` is the shim): `api_surface.py` runs there once and its JSON
is cached per Streamlit version in ~/.cache/headwater/. The table joins that, the shim's
own signatures and the hand-kept notes in `api_status.py`; `test_signatures.py` checks
that the committed table is current and that every name it calls done matches.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TABLE = ROOT / "docs" / "api-coverage.md"
SURFACE = HERE / "api_surface.py"

for _path in (ROOT, ROOT / "py", HERE):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import api_status  # noqa: E402
import build  # noqa: E402
from api_surface import describe, render_params  # noqa: E402

__all__ = ["Row", "compare", "reference", "rows", "render", "shim"]

Entry = dict[str, Any]
STATUS_ORDER = ("done", "partial", "not applicable", "missing")


def reference() -> dict[str, Entry]:
    """Real Streamlit's API by name: from the cache, else dumped in the reference venv."""
    digest = hashlib.sha256(SURFACE.read_bytes()).hexdigest()[:12]
    cached = build.CACHE / f"streamlit-{build.REFERENCE_STREAMLIT}-api-{digest}.json"
    if not cached.exists():
        python = build.ensure_reference_env()
        result = subprocess.run([str(python), "-I", str(SURFACE)], capture_output=True, text=True)
        if result.returncode:
            raise build.BuildError(f"describing Streamlit {build.REFERENCE_STREAMLIT}'s API failed:\n"
                                   + result.stderr[-3000:])
        dump = json.loads(result.stdout)
        if dump["version"] != build.REFERENCE_STREAMLIT:
            raise build.BuildError(f"the reference venv has Streamlit {dump['version']}, "
                                   f"not {build.REFERENCE_STREAMLIT}")
        partial = cached.with_suffix(".part")
        partial.write_text(json.dumps(dump, sort_keys=True))
        partial.replace(cached)
    return json.loads(cached.read_text())["names"]


def shim() -> dict[str, Entry]:
    import streamlit

    return describe(streamlit, streamlit.__all__)


@dataclass
class Comparison:
    """What differs in what the shim has, and what it lacks (members of objects and modules)."""

    differences: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


# What may stand in for what: anything callable for a function (st.spinner may be a class),
# a callable object for a function and back; a property and an attribute are both values.
STANDS_IN = {"function": {"function", "object", "class"}, "object": {"object", "function"}}


def compare(name: str, expected: Entry, actual: Entry, shim_names: Iterable[str] = ()) -> Comparison:
    """Compare one public name.

    A container (st.sidebar) runs the same functions as st.*, so it only needs to have
    the commands that the shim has at the top level (`shim_names`).
    """
    result = Comparison()
    path = f"st.{name}"
    if expected["kind"] == "container":
        members = actual.get("members", {})
        result.missing += [f"{path}.{m}" for m in expected["members"] if m in shim_names and m not in members]
    else:
        _compare(path, expected, actual, result)
    return result


def _compare(path: str, expected: Entry, actual: Entry, result: Comparison) -> None:
    kind = expected["kind"]
    if kind != "value" and actual["kind"] not in STANDS_IN.get(kind, {kind}):
        result.differences.append(f"{path}: expected a {kind}, got a {actual['kind']}")
        return
    if "params" in expected:
        result.differences.extend(f"{path}: {d}" for d in param_differences(expected["params"], actual.get("params")))
    for member, entry in expected.get("members", {}).items():
        if member not in actual.get("members", {}):
            result.missing.append(f"{path}.{member}")
        else:
            _compare(f"{path}.{member}", entry, actual["members"][member], result)


def param_differences(expected: list[dict] | None, actual: list[dict] | None) -> list[str]:
    """Readable differences between two parameter lists; underscore parameters are private."""
    if expected is None:
        return []
    if actual is None:
        return [f"expected the signature {render_params(expected)}, got none (not callable?)"]
    expected = [p for p in expected if not p["name"].startswith("_")]
    actual = [p for p in actual if not p["name"].startswith("_")]
    ours = {p["name"]: p for p in actual}
    theirs = {p["name"]: p for p in expected}
    found = []
    for p in expected:
        got = ours.get(p["name"])
        if got is None:
            found.append(f"missing parameter `{_one(p)}`")
        elif got["kind"] != p["kind"]:
            found.append(f"`{p['name']}` is {_kind(got)}, Streamlit's is {_kind(p)}")
        elif got.get("default") != p.get("default"):
            found.append(f"`{p['name']}` defaults to {_shown_default(got)}, Streamlit's to {_shown_default(p)}")
    found += [f"unexpected parameter `{_one(p)}`" for p in actual if p["name"] not in theirs]
    order_expected = [p["name"] for p in expected if p["name"] in ours]
    order_actual = [p["name"] for p in actual if p["name"] in theirs]
    if order_expected != order_actual:
        found.append(f"parameter order is ({', '.join(order_actual)}), Streamlit's is ({', '.join(order_expected)})")
    return found


def _one(param: dict) -> str:
    return render_params([param]).strip("()").replace("*, ", "").replace(", /", "")


def _kind(param: dict) -> str:
    return param["kind"].replace("_", "-")


def _shown_default(param: dict) -> str:
    return f"`{param['default']}`" if "default" in param else "nothing (required)"


@dataclass
class Row:
    name: str
    status: str
    note: str = ""


def rows(ref: dict[str, Entry], ours: dict[str, Entry]) -> list[Row]:
    """Every Streamlit name with its status; notes from api_status plus what was found."""
    table = []
    for name in sorted(ref, key=str.lower):
        if name in api_status.NOT_APPLICABLE:
            table.append(Row(name, "not applicable", api_status.NOT_APPLICABLE[name]))
            continue
        if name not in ours:
            table.append(Row(name, "missing"))
            continue
        comparison = compare(name, ref[name], ours[name], set(ours))
        notes = [api_status.PARTIAL[name]] if name in api_status.PARTIAL else []
        if comparison.differences:
            notes.append("Signature differs from Streamlit's: " + "; ".join(
                d.partition(": ")[2] if d.startswith(f"st.{name}: ") else d for d in comparison.differences) + ".")
        if comparison.missing:
            notes.append("Missing: " + ", ".join(f"`{m}`" for m in comparison.missing) + ".")
        status = "partial" if notes else "done"
        table.append(Row(name, status, " ".join(notes)))
    return table


def render(table: list[Row], extras: list[str]) -> str:
    counts = {status: sum(row.status == status for row in table) for status in STATUS_ORDER}
    lines = [
        "# Streamlit API coverage",
        "",
        "<!-- Generated by `python3 build.py coverage`: edit tests/py/api_status.py, not this file. -->",
        "",
        f"Every public name of Streamlit {build.REFERENCE_STREAMLIT} and its state in Headwater:",
        "",
        "- **done**: the shim has it with Streamlit's exact signature (parameter names, order, kinds",
        "  and defaults; for objects and modules, their members too) and no known gap;",
        "- **partial**: the shim has it, and the note says what it does not do yet;",
        "- **not applicable**: it cannot work in a page without a server, and the note says why;",
        "- **missing**: not written yet.",
        "",
        "`tests/py/test_signatures.py` checks the signature of everything the shim has; the notes",
        "are kept by hand in `tests/py/api_status.py`.",
        "",
        "| done | partial | not applicable | missing | total |",
        "| ---: | ---: | ---: | ---: | ---: |",
        "| " + " | ".join(str(counts[s]) for s in STATUS_ORDER) + f" | {len(table)} |",
        "",
        "| Name | Status | Notes |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `st.{row.name}` | {row.status} | {_cell(row.note)} |" for row in table]
    if extras:
        lines += ["", f"Headwater also has names that Streamlit {build.REFERENCE_STREAMLIT} does not: "
                  + ", ".join(f"`st.{n}`" for n in extras) + "."]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def generate(ref: dict[str, Entry] | None = None, ours: dict[str, Entry] | None = None) -> tuple[str, list[Row]]:
    """The table's text and rows, from the given descriptions or fresh ones."""
    ref = reference() if ref is None else ref
    ours = shim() if ours is None else ours
    table = rows(ref, ours)
    return render(table, sorted(set(ours) - set(ref))), table


def stale_diff(text: str) -> str:
    """A short unified diff from the committed table to the fresh one ('' when current)."""
    committed = TABLE.read_text() if TABLE.exists() else ""
    if committed == text:
        return ""
    diff = difflib.unified_diff(committed.splitlines(), text.splitlines(), "committed", "generated", lineterm="", n=0)
    return "\n".join(line if len(line) < 200 else line[:200] + "…" for line in list(diff)[:40])


def main() -> int:
    try:
        text, table = generate()
    except build.BuildError as error:
        build.log(f"error: {error}")
        return 1
    TABLE.write_text(text)
    counts = {s: sum(r.status == s for r in table) for s in STATUS_ORDER}
    print(f"wrote {TABLE.relative_to(ROOT)}: " + ", ".join(f"{counts[s]} {s}" for s in STATUS_ORDER))
    return 0


if __name__ == "__main__":
    sys.exit(main())
