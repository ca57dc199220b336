"""Magic: bare expressions in the script are written to the app, with Streamlit's rules.

- Written: names, literals, f-strings, operators, attribute and subscript
  access, and tuples (``a, b`` writes both), also inside ``if``/``for``/
  ``while``/``with``/``try``/``match`` bodies, functions and methods.
- Not written: calls (``abs(-5)``, ``st.write(x)``), ``yield`` and ``await``,
  and docstrings: the first string of the module or of a function (a class
  body is not walked at all, only its methods).
"""

from __future__ import annotations

import ast
from typing import Any

__all__ = ["MAGIC_NAME", "add_magic", "transparent_write"]

# The name the rewritten script calls; the runner puts it in the script's globals.
MAGIC_NAME = "__streamlitmagic__"

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_BODY_FIELDS = ("body", "orelse", "finalbody")


def add_magic(source: str, filename: str) -> ast.Module:
    """Parse `source` and rewrite its bare expressions into writes (raises SyntaxError)."""
    tree = ast.parse(source, filename, "exec")
    _rewrite(tree)
    return ast.fix_missing_locations(tree)


def transparent_write(*args: Any) -> Any:
    """st.write the values and hand them back, so ``x = (magic expression)`` still works."""
    from streamlit.elements.write import write

    write(*args)
    return args[0] if len(args) == 1 else args


def _rewrite(node: ast.AST) -> None:
    if isinstance(node, ast.ClassDef):
        for method in node.body:
            if isinstance(method, _FUNCTIONS):
                _rewrite(method)
        return
    if isinstance(node, ast.Match):
        for case in node.cases:
            _rewrite_body(case, case.body)
        return
    for field in _BODY_FIELDS:
        body = getattr(node, field, None)
        if isinstance(body, list):
            _rewrite_body(node, body)
    for handler in getattr(node, "handlers", []):
        _rewrite_body(handler, handler.body)


def _rewrite_body(parent: ast.AST, body: list[ast.stmt]) -> None:
    for index, statement in enumerate(body):
        if isinstance(statement, ast.Expr):
            if _is_written(statement.value, index, parent):
                statement.value = _write_call(statement.value)
        else:
            _rewrite(statement)


def _is_written(value: ast.expr, index: int, parent: ast.AST) -> bool:
    if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
        return False
    is_docstring = (
        index == 0
        and isinstance(parent, (ast.Module, *_FUNCTIONS))
        and isinstance(value, ast.Constant)
        and isinstance(value.value, str)
    )
    return not is_docstring


def _write_call(value: ast.expr) -> ast.Call:
    args = value.elts if isinstance(value, ast.Tuple) else [value]
    return ast.Call(
        func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()),
        args=args,
        keywords=[],
    )
