"""Which modules an app imports: the exporter ships, and the worker loads, only their packages.

Imports are followed from the entry script and ``pages/*.py`` through the app's own
modules only, so other scripts that merely share the folder (examples side by side)
do not pull their packages in. Standard library only: ``build.py`` loads this file
directly, without importing the shim.
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["app_imports"]


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
        for name in _imported_names(path):
            local = _local_module(folder, path.parent, name)
            if local is None:
                external.add(name.split(".")[0])
            else:
                pending.extend(local)
    return sorted(external)


def _imported_names(path: Path) -> list[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
    except SyntaxError:
        return []  # the page shows the error when the script runs
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
