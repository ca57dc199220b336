"""Describe a `streamlit` package's public API as JSON: kinds, signatures, members.

The same code describes both sides, so both are normalized alike: the reference
venv runs this file as a script to print real Streamlit's API
(``python -I api_surface.py``), and the tests call ``describe`` on Headwater's shim.
Standard library only; nothing here may import the shim or Streamlit by itself.

An entry is ``{"kind": ..., "params": [...], "members": {...}}`` where kind is
``function``, ``class``, ``object``, ``module``, ``container`` (st.sidebar, st.bottom)
or ``value`` (a property or plain attribute: only its presence counts). A parameter
is ``{"name", "kind", "default"?}``; annotations are not compared.
"""

from __future__ import annotations

import ast
import datetime
import enum
import inspect
import json
import sys
import types
from typing import Any

__all__ = ["describe", "describe_callable", "render_params", "streamlit_public_names"]

# Containers: what matters is that each command works on them, e.g. st.sidebar.button.
CONTAINERS = {"sidebar", "bottom"}
# Public-looking members that Streamlit's docs do not document (helpers of its runtime).
HIDDEN_MEMBERS = {
    "sidebar": {"dg"},
    "bottom": {"dg"},
    "query_params": {"missing_attr_error_message", "missing_key_error_message"},
    "secrets": {"file_change_listener", "has_key", "load_if_toml_exists", "merge_programmatic_secrets"},
}
# Modules without __all__: the submodules that are documented.
MODULE_MEMBERS = {"components": ["v1", "v2"]}
# Types that scripts annotate with but never construct: only their presence counts.
SHALLOW_MODULES = {"typing"}

Entry = dict[str, Any]


def streamlit_public_names(module: types.ModuleType) -> list[str]:
    """Real Streamlit's public names: what its ``__init__.py`` binds without an underscore.

    Streamlit has no ``__all__``; its ``__init__`` marks the public surface by assigning
    names (``button = _main.button``) or re-exporting them as themselves
    (``from streamlit.commands.echo import echo as echo``), the rule type checkers use.
    Submodules that ``dir(streamlit)`` shows only because they were imported are not API.
    """
    tree = ast.parse(inspect.getsource(module))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(a.asname for a in node.names if a.asname and a.asname == a.name.rpartition(".")[2])
    return sorted(n for n in names if not n.startswith("_"))


def describe(module: types.ModuleType, names: list[str]) -> dict[str, Entry]:
    """``{name: entry}`` for the module's given public names."""
    return {name: _entry(name, getattr(module, name)) for name in names}


def describe_callable(func: Any) -> Entry:
    return {"kind": "function", "params": _params(func)}


def render_params(params: list[dict[str, str]] | None) -> str:
    """A parameter list as Python would print it, without annotations: ``(a, b=1, *, c)``."""
    if params is None:
        return "(?)"
    parts: list[str] = []
    previous = None
    for p in params:
        kind = p["kind"]
        if previous == "positional_only" and kind != "positional_only":
            parts.append("/")
        if kind == "keyword_only" and previous not in ("keyword_only", "var_positional"):
            parts.append("*")
        prefix = {"var_positional": "*", "var_keyword": "**"}.get(kind, "")
        parts.append(prefix + p["name"] + (f"={p['default']}" if "default" in p else ""))
        previous = kind
    if previous == "positional_only":
        parts.append("/")
    return "(" + ", ".join(parts) + ")"


def _entry(name: str, obj: Any, shallow: bool = False) -> Entry:
    if name in CONTAINERS:
        members = _public(dir(obj), name)
        return {"kind": "container", "members": {m: describe_callable(getattr(obj, m)) for m in members}}
    if isinstance(obj, types.ModuleType):
        members = MODULE_MEMBERS.get(name) or list(getattr(obj, "__all__", []))
        deep = name not in SHALLOW_MODULES
        return {"kind": "module", "members": {m: _entry(m, getattr(obj, m), shallow=not deep) for m in members}}
    if inspect.isclass(obj):
        if shallow:
            return {"kind": "class"}
        return {"kind": "class", "params": _params(obj), "members": _members(obj, obj, name)}
    if inspect.isroutine(obj):
        return describe_callable(obj)
    entry: Entry = {"kind": "object"}
    if callable(obj):
        entry["params"] = _params(obj)
    entry["members"] = _members(type(obj), obj, name)
    return entry


def _public(names: list[str], owner: str) -> list[str]:
    hidden = HIDDEN_MEMBERS.get(owner, set())
    return sorted(n for n in names if not n.startswith("_") and n not in hidden)


def _members(cls: type, obj: Any, owner: str) -> dict[str, Entry]:
    """Methods (with signatures) and properties of a class, or of an object through its class."""
    members: dict[str, Entry] = {}
    for name in _public(dir(cls), owner):
        static = inspect.getattr_static(cls, name)
        if isinstance(static, (staticmethod, classmethod)) or inspect.isfunction(static):
            members[name] = describe_callable(getattr(obj, name))
        else:
            members[name] = {"kind": "value"}
    return members


def _params(func: Any) -> list[dict[str, str]] | None:
    try:
        signature = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    params = []
    for p in signature.parameters.values():
        param = {"name": p.name, "kind": p.kind.name.lower()}
        if p.default is not inspect.Parameter.empty:
            param["default"] = _default(p.default)
        params.append(param)
    return params


def _default(value: Any) -> str:
    """A default in a form both sides can match: literals by repr, anything else by what it is."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (tuple, list, set, frozenset)):
        items = [_default(v) for v in value]
        if isinstance(value, (set, frozenset)):
            items.sort()
        opened, closed = {tuple: "()", list: "[]"}.get(type(value), "{}")
        return opened + ", ".join(items) + ("," if isinstance(value, tuple) and len(items) == 1 else "") + closed
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_default(k)}: {_default(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return repr(value)
    if isinstance(value, types.ModuleType):
        return f"<module {value.__name__}>"
    if inspect.isclass(value):
        return value.__qualname__
    if inspect.isroutine(value):
        return f"<function {value.__qualname__}>"
    # A private marker for "not given", such as `object()` or a sentinel class's instance.
    return "<sentinel>"


if __name__ == "__main__":
    import streamlit

    names = streamlit_public_names(streamlit)
    json.dump({"version": streamlit.__version__, "names": describe(streamlit, names)}, sys.stdout, indent=1, sort_keys=True)
