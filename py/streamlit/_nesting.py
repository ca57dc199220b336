"""How deeply data nests, measured without recursing.

C code that walks nested data (``json.dumps``, ``pickle.dumps``) recurses once per
level. In the browser the WebAssembly stack overflows at a few thousand levels and
takes Python down with it, where CPython raises RecursionError. So the shim
measures data from the script before it hands it to such code.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["check_depth"]

_CONTAINERS = (dict, list, tuple, set, frozenset)


def check_depth(value: Any, doing: str) -> None:
    """Raise RecursionError, worded as CPython's, if `value`'s containers nest deeper
    than the recursion limit.

    Only built-in containers count; a container met twice (shared, or a cycle) is
    measured once, so cycles are left for the caller's own check.

    Example:
        >>> check_depth(body, "encoding a JSON object")
    """
    if not isinstance(value, _CONTAINERS):
        return
    limit = sys.getrecursionlimit()
    seen: set[int] = set()
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if id(item) in seen:
            continue
        if depth > limit:
            raise RecursionError(f"maximum recursion depth exceeded while {doing}")
        seen.add(id(item))
        children = (*item.keys(), *item.values()) if isinstance(item, dict) else item
        pending.extend((child, depth + 1) for child in children if isinstance(child, _CONTAINERS))
