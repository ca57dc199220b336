"""st.help: an object's name, type, signature, docstring and members."""

from __future__ import annotations

import ast
import inspect
import linecache
import os
import sys
import types
from typing import Any

from streamlit._container import Container, active

__all__ = ["help"]

_SHIM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
_MAX_VALUE = 300


# As in Streamlit, the default is the streamlit package, which is importing this module.
def help(obj: Any = sys.modules.get("streamlit"), *, width: int | str = "stretch") -> Container:  # noqa: A001
    """Show an object's docstring, type, value and members.

    Example:
        >>> st.help(pandas.DataFrame)
        >>> x = my_poorly_documented_function()
        >>> st.help(x)
    """
    return active()._enqueue("help", help_props(obj))


def help_props(obj: Any) -> dict[str, Any]:
    """The `help` element's props; also what st.write shows for functions and classes."""
    name = _variable_name()
    value = _value(obj)
    return {
        "name": name,
        "type": "class" if inspect.isclass(obj) else type(obj).__name__,
        "value": None if value == name else value,
        "doc": _doc(obj),
        "members": _members(obj),
    }


def _doc(obj: Any) -> str | None:
    doc = inspect.getdoc(obj)
    if doc is None and not (
        inspect.isclass(obj) or inspect.ismodule(obj) or inspect.isroutine(obj)
    ):
        doc = inspect.getdoc(type(obj))
    return doc.strip() if doc else None


def _value(obj: Any) -> str | None:
    """A plain value's repr; for a module, class or function its dotted name and signature."""
    if not (inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj)):
        text = repr(obj)
        return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"
    named = obj if getattr(obj, "__name__", None) else type(obj)
    name = getattr(named, "__qualname__", None) or named.__name__
    module = getattr(named, "__module__", None) if not inspect.ismodule(named) else None
    return f"{module}.{name}{_signature(named)}" if module else f"{name}{_signature(named)}"


def _signature(obj: Any) -> str:
    if not callable(obj):
        return ""
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError, NameError):
        return "(...)"


def _members(obj: Any) -> list[dict[str, Any]]:
    """Public attributes: modules first, then classes, callables, and values, each by name."""
    members = []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        try:
            members.append(_member(name, getattr(obj, name)))
        except Exception:  # noqa: BLE001 - an attribute that raises is still listed, without a value
            members.append({"name": name, "type": "", "value": None, "doc": None, "_weight": 0})
    members.sort(key=lambda m: (-m.pop("_weight", 0), m["name"]))
    return members


def _member(name: str, member: Any) -> dict[str, Any]:
    doc = inspect.getdoc(member) if _is_documented(member) else None
    return {
        "name": name,
        "type": "class" if inspect.isclass(member) else type(member).__name__,
        "value": None if doc or callable(member) else _short(repr(member)),
        "doc": doc.partition("\n")[0] if doc else None,
        "_weight": _weight(member),
    }


def _is_documented(member: Any) -> bool:
    return inspect.isclass(member) or inspect.ismodule(member) or callable(member)


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _short(text: str) -> str:
    return text if len(text) <= 80 else text[:79] + "…"


def _variable_name() -> str | None:
    """What the script passed, as written: ``st.help(df)`` → ``"df"``."""
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_SHIM_DIR):
        frame = frame.f_back
    if frame is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
    try:
        call = ast.parse(line).body[0]
    except (SyntaxError, IndexError):
        return None
    if not isinstance(call, ast.Expr) or not isinstance(call.value, ast.Call):
        return line or None
    func = call.value.func
    command = getattr(func, "attr", None) or getattr(func, "id", None)
    if command not in ("help", "write") or not call.value.args:
        return None
    arg = call.value.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return ast.get_source_segment(line, arg)
