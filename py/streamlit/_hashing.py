"""Content hashes of cache arguments, stable across reruns and sessions.

Python's ``hash()`` changes between processes, so values are reduced to bytes
by type: containers recursively, DataFrames and arrays by their data, other
objects through ``__reduce__`` (what pickle would store).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import hashlib
import inspect
import io
import pickle
import re
import struct
import types
import uuid
from collections.abc import Callable
from typing import Any

from streamlit._types import is_type, qualified_name

__all__ = ["HashFuncs", "UnhashableTypeError", "function_key", "hash_value"]

HashFuncs = dict[type | str, Callable[[Any], Any]]


class UnhashableTypeError(Exception):
    """The value has no content hash; caching code turns this into UnhashableParamError."""


def hash_value(value: Any, hash_funcs: HashFuncs | None = None) -> bytes:
    return _Hasher(hash_funcs or {}).digest(value)


def function_key(func: Callable[..., Any]) -> str:
    """A cached function's identity: where it is defined and its source text.

    Editing the function's source gives it a new key (and an empty cache).
    """
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(f"{func.__module__}.{func.__qualname__}".encode())
    try:
        hasher.update(inspect.getsource(func).encode())
    except (OSError, TypeError):
        hasher.update(func.__code__.co_code)
    return hasher.hexdigest()


class _Hasher:
    def __init__(self, hash_funcs: HashFuncs) -> None:
        self._hash_funcs = {
            name if isinstance(name, str) else qualified_name(name): func
            for name, func in hash_funcs.items()
        }
        self._in_progress: set[int] = set()

    def digest(self, value: Any) -> bytes:
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(qualified_name(type(value)).encode())
        if id(value) in self._in_progress:  # a cycle: the enclosing object is hashed already
            hasher.update(b"<cycle>")
            return hasher.digest()
        self._in_progress.add(id(value))
        try:
            hasher.update(self._to_bytes(value))
        finally:
            self._in_progress.discard(id(value))
        return hasher.digest()

    def _many(self, values: Any) -> bytes:
        return b"".join(self.digest(v) for v in values)

    def _to_bytes(self, obj: Any) -> bytes:
        custom = self._hash_funcs.get(qualified_name(type(obj)))
        if custom is not None:
            return self.digest(custom(obj))
        if obj is None or isinstance(obj, (bool, int)):
            return repr(obj).encode()
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, str):
            return obj.encode()
        if isinstance(obj, (bytes, bytearray, memoryview)):
            return bytes(obj)
        if isinstance(obj, (list, tuple)):
            return self._many(obj)
        if isinstance(obj, dict):
            return self._many(obj.items())
        if isinstance(obj, (set, frozenset)):
            return b"".join(sorted(self.digest(v) for v in obj))
        if isinstance(obj, (datetime.date, datetime.time)):
            return obj.isoformat().encode()
        if isinstance(obj, (uuid.UUID, datetime.timedelta, complex)):
            return repr(obj).encode()
        if isinstance(obj, enum.Enum):
            return str(obj).encode()
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return self.digest(dataclasses.asdict(obj))
        if is_type(obj, "pandas.DataFrame") or is_type(obj, "pandas.Series"):
            return self._pandas_bytes(obj)
        if is_type(obj, "numpy.ndarray"):
            return self._many((str(obj.dtype), obj.shape)) + bytes(obj.tobytes())
        if is_type(obj, "unittest.Mock"):
            # Mocks look infinitely deep; each one is its own value.
            return str(id(obj)).encode()
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
            return f"{obj.__module__}.{obj.__qualname__}".encode()
        if isinstance(obj, types.ModuleType):
            return obj.__name__.encode()
        if isinstance(obj, type):
            return qualified_name(obj).encode()
        if isinstance(obj, functools.partial):
            return self._many((obj.func, obj.args, obj.keywords))
        if isinstance(obj, re.Pattern):
            return self._many((obj.pattern, obj.flags))
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            return self._many((obj.tell(), obj.getvalue()))
        try:
            reduced = obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        except Exception as ex:
            raise UnhashableTypeError() from ex
        return self._many(reduced if isinstance(reduced, tuple) else (reduced,))

    def _pandas_bytes(self, obj: Any) -> bytes:
        import pandas as pd

        shape: list[Any]
        if isinstance(obj, pd.DataFrame):
            shape = [list(obj.columns), [str(t) for t in obj.dtypes]]
        else:
            shape = [obj.name, str(obj.dtype)]
        try:
            content = pd.util.hash_pandas_object(obj).to_numpy().tobytes()
        except TypeError:  # unhashable cells (lists, dicts): hash what pickle stores
            content = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        return self._many(shape) + content
