"""Which modules an app imports: the exporter ships, and the worker loads, only their packages.

Imports are followed from the entry script and ``pages/*.py`` through the app's own
modules only, so other scripts that merely share the folder (examples side by side)
do not pull their packages in. Three rules go beyond imports: a ``"x.py"`` string naming
one of the app's files (``st.Page("views/a.py")``) is followed like an import,
``st.connection`` needs ``sqlite3`` and ``pandas``, which the shim imports only when
a connection opens, the data commands (``st.dataframe``, ``st.table``, the
charts...) need ``pandas``, which they convert any data with, and a few modules need
packages they import only when used (``IMPLIED_MODULES``). Standard library only:
``build.py`` loads this file directly, without importing the shim.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["app_imports"]

# st.connection(type="sql") opens SQLite with sqlite3 and returns pandas frames.
CONNECTION_MODULES = ("pandas", "sqlite3")
# These commands turn any data (a list of dicts, say) into a pandas frame and Arrow bytes,
# so an app that calls one needs pandas even if it never imports pandas.
DATA_COMMANDS = {"dataframe", "data_editor", "table", "line_chart", "area_chart", "bar_chart", "scatter_chart"}
# Plotly Express refuses to import without numpy, and turns lists, dicts and its sample
# data (px.data) into pandas frames; plotly itself requires neither.
IMPLIED_MODULES = {"plotly.express": ("numpy", "pandas")}


def app_imports(app_dir: str, entrypoint: str) -> list[str]:
    """Top-level names of the modules the app may import that are not its own files."""
    folder = Path(app_dir)
    pending = [folder / entrypoint, *sorted((folder / "pages").glob("*.py"))]
    seen: set[Path] = set()
    external: set[str] = set()
    while pending:
        path = pending.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except SyntaxError:
            continue  # the page shows the error when the script runs
        for name in _imported_names(tree):
            local = _local_module(folder, path.parent, name)
            if local is None:
                external.add(name.split(".")[0])
                external.update(IMPLIED_MODULES.get(name, ()))
            else:
                pending.extend(local)
        pending.extend(_named_scripts(tree, folder))
        if _uses_connection(tree):
            external.update(CONNECTION_MODULES)
        if _uses_data_commands(tree):
            external.add("pandas")
    return sorted(external)


def _imported_names(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.append(base)
            # `from package import module` may name a submodule file.
            names.extend(f"{base}.{alias.name}" if node.module else base + alias.name for alias in node.names)
    return names


def _named_scripts(tree: ast.AST, folder: Path) -> list[Path]:
    """The app's .py files that string literals name, relative to the entry script's folder."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".py"):
            candidate = (folder / node.value).resolve()
            if candidate.is_file() and candidate.is_relative_to(folder.resolve()):
                found.append(candidate)
    return found


def _uses_connection(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("connection", "connections"):
            return True
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("streamlit"):
            if node.module == "streamlit.connections" or any(a.name in ("connection", "connections") for a in node.names):
                return True
    return False


def _uses_data_commands(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in DATA_COMMANDS:
            return True
        # `map` is also a method of many objects: count only st.map and st.sidebar.map.
        if isinstance(node, ast.Attribute) and node.attr == "map":
            owner = node.value
            if (isinstance(owner, ast.Name) and owner.id == "st") or (
                isinstance(owner, ast.Attribute) and owner.attr == "sidebar"
            ):
                return True
    return False


def _local_module(folder: Path, here: Path, name: str) -> list[Path] | None:
    """The app's own files a dotted name refers to, or None for a module from elsewhere."""
    if name.startswith("."):
        dots = len(name) - len(name.lstrip("."))
        base = here
        for _ in range(dots - 1):
            base = base.parent
        parts = [p for p in name.lstrip(".").split(".") if p]
        return _files_for(base, parts) or []
    parts = name.split(".")
    if not (folder / parts[0]).is_dir() and not (folder / f"{parts[0]}.py").is_file():
        return None
    return _files_for(folder, parts) or []


def _files_for(base: Path, parts: list[str]) -> list[Path]:
    target = base.joinpath(*parts)
    candidates = [target.with_suffix(".py"), target / "__init__.py"] if parts else [base / "__init__.py"]
    return [c for c in candidates if c.is_file()]
