"""Type checks by name, so the shim never imports pandas, numpy or pyarrow itself.

A name is the top-level package and the class name (``"pandas.DataFrame"``):
libraries move classes between submodules and re-label ``__module__`` across
versions (pandas 3 says ``pandas``, pandas 2 ``pandas.core.frame``).
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["is_dataframe_like", "is_type", "qualified_name"]

_DATAFRAME_TYPES = frozenset(
    {
        "pandas.DataFrame",
        "pandas.Series",
        "pandas.Index",
        "pandas.Styler",
        "numpy.ndarray",
        "pyarrow.Table",
        "pyarrow.ChunkedArray",
        "polars.DataFrame",
        "polars.Series",
    }
)


def qualified_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


@functools.lru_cache(maxsize=1024)  # st.write asks about every argument's type a dozen times
def _names_of(cls: type) -> frozenset[str]:
    return frozenset(f"{base.__module__.partition('.')[0]}.{base.__qualname__}" for base in cls.__mro__)


def is_type(obj: Any, name: str) -> bool:
    """True if `obj` is an instance of the class `name` (``"package.Class"``) or a subclass."""
    return name in _names_of(type(obj))


def is_dataframe_like(obj: Any) -> bool:
    return not _names_of(type(obj)).isdisjoint(_DATAFRAME_TYPES)
