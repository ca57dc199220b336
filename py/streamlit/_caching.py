"""st.cache_data, st.cache_resource and the legacy st.cache.

A cached value is found by two keys: the function's (its module, qualified
name and source, so editing the function starts a fresh cache) and the
value's (a content hash of the arguments, skipping those whose name starts
with ``_``).

``cache_data`` stores pickled bytes and returns a fresh copy on every hit;
``cache_resource`` stores the object itself and shares it, and hands every
object its cache drops (ttl, ``max_entries``, a clear) to ``on_release``. Where
cache_data bytes live is a seam: ``set_data_storage_factory`` plugs in a
persistent store (the worker's IndexedDB) in place of the in-memory default.

With ``refresh_mode="background"`` a value older than its ttl is served stale
(up to twice the ttl) and recomputed after the run; see ``_cache_refresh``.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import inspect
import pickle
import re
from collections.abc import Callable
from typing import Any, Literal

from streamlit import _cache_refresh
from streamlit._cache_storage import MemoryStorage, SizeLimit, Storage, max_size_bytes
from streamlit._container import active, clear_transient, current_page
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    UnhashableParamError,
    UnserializableReturnValueError,
)
from streamlit._hashing import HashFuncs, UnhashableTypeError, function_key, hash_value
from streamlit._nesting import check_depth
from streamlit._time import bad_duration
from streamlit.elements.exception import exception_props

__all__ = [
    "CachedFunc",
    "MemoryStorage",
    "Storage",
    "StorageFactory",
    "cache",
    "cache_data",
    "cache_resource",
    "clear_all_caches",
    "set_data_storage_factory",
]

Ttl = float | int | datetime.timedelta | str | None
Persist = Literal["disk"] | bool | None
Scope = Literal["global", "session"]
RefreshMode = Literal["foreground", "background"]
# A background cache serves a stale value until it is this many ttls old
# (Streamlit's default runner.cacheBackgroundRefreshTTLMultiplier).
_STALE_TTLS = 2.0


# (function key, ttl in seconds, max entries, persist) -> storage for that function's pickles.
StorageFactory = Callable[[str, float | None, int | None, Persist], Storage[bytes]]


def _memory_factory(
    function_key: str, ttl: float | None, max_entries: int | None, persist: Persist
) -> Storage[bytes]:
    return MemoryStorage(ttl, max_entries)


_data_storage_factory: StorageFactory = _memory_factory
_clear_data_storage: Callable[[], None] | None = None
_caches: dict[tuple[str, ...], Storage[Any]] = {}
_computing = 0  # cached functions running now: only the outermost shows a spinner


def set_data_storage_factory(factory: StorageFactory, clear: Callable[[], None] | None = None) -> None:
    """Store cache_data values with `factory` from now on (e.g. a persistent store).

    `clear` empties that store, for ``st.cache_data.clear()``: functions not called
    yet in this session have values there too.
    """
    global _data_storage_factory, _clear_data_storage
    _data_storage_factory = factory
    _clear_data_storage = clear
    _caches.clear()


def clear_all_caches() -> None:
    """Forget this session's caches; values a persistent store keeps stay there."""
    _caches.clear()


class CachedStFunctionInBackgroundModeWarning(StreamlitAPIException, Warning):
    """A ``refresh_mode="background"`` function drew elements, which cache hits will not show."""

    def __init__(self, decorator: str, func: Callable[..., Any]) -> None:
        super().__init__(
            f"`{func.__qualname__}()` is decorated with `@st.{decorator}(refresh_mode=\"background\")`\n"
            "and uses a Streamlit display command (e.g. `st.write`). In background mode, cached\n"
            "display output is **not** replayed on cache hits, so these elements only appear when\n"
            "the function actually runs (the initial cache miss and any later foreground recompute)\n"
            "and then disappear on subsequent reruns.\n\n"
            "To fix this, either move the display commands outside the cached function, or use\n"
            '`refresh_mode="foreground"`.'
        )


def _elements_drawn() -> int:
    """How many elements this run has placed so far (a cached spinner does not count)."""
    return sum(current_page().blocks.values())


class CachedFunc:
    """A function wrapped by a cache decorator; call it as the original."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        decorator: str,
        copies: bool,
        ttl: Ttl,
        max_entries: int | None,
        show_spinner: bool | str,
        hash_funcs: HashFuncs | None,
        show_time: bool = False,
        scope: Scope = "global",
        persist: Persist = None,
        validate: Callable[[Any], bool] | None = None,
        max_size: int | None = None,
        on_release: Callable[[Any], None] | None = None,
        refresh_mode: RefreshMode = "foreground",
    ) -> None:
        functools.update_wrapper(self, func)
        self._func = func
        self._decorator = decorator
        self._copies = copies
        self._ttl = _seconds(ttl)
        self._max_entries = max_entries
        self._show_spinner = show_spinner
        self._show_time = show_time
        self._scope = scope
        self._hash_funcs = hash_funcs
        self._persist = persist
        self._validate = validate
        self._max_size = max_size
        self._on_release = on_release
        self._background = refresh_mode == "background"
        self._function_key = function_key(func)
        # Every input is fixed here, so the key of this function's storage is too.
        self._cache_id: tuple[str, ...] = (
            decorator,
            str(copies),
            self._function_key,
            str(self._ttl),
            str(max_entries),
            scope,
            str(max_size),
            refresh_mode,
        )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        global _computing
        key = self._value_key(args, kwargs)
        storage = self._storage()
        try:
            stored = storage.get(key)
        except KeyError:
            pass
        else:
            try:
                value = pickle.loads(stored) if self._copies else stored
            except Exception:
                # A stored value that no longer unpickles (a changed class, damaged
                # storage) is a miss, never a broken app.
                storage.delete(key)
            else:
                if self._validate is None or self._validate(value):
                    if self._is_stale(storage, key):
                        refresh = functools.partial(self._refresh, storage, key, args, kwargs)
                        _cache_refresh.schedule(self._cache_id, key, self._func.__qualname__, refresh)
                    return value
        spinner_text = self._spinner_text(args, kwargs) if _computing == 0 else None
        spinner_path = None
        if spinner_text is not None:
            spinner_path = active()._show_transient(
                "spinner", {"text": spinner_text, "show_time": self._show_time}
            )
        # Only a background function's drawing is warned about.
        drawn = _elements_drawn() if self._background else None
        _computing += 1
        try:
            value = self._func(*args, **kwargs)
        finally:
            _computing -= 1
            if spinner_path is not None:
                clear_transient(spinner_path)
        if drawn is not None and _elements_drawn() > drawn:
            # As Streamlit: hits neither replay nor keep what the function drew, so say so.
            warning = CachedStFunctionInBackgroundModeWarning(self._decorator, self._func)
            active()._enqueue("exception", exception_props(warning))
        storage.set(key, self._dump(value) if self._copies else value)
        if self._background:  # only a background refresh leaves a cooldown
            _cache_refresh.clear_cooldown(self._cache_id, key)
        return value

    def _is_stale(self, storage: Storage[Any], key: str) -> bool:
        if not self._background or self._ttl is None:
            return False
        try:
            return storage.age(key) >= self._ttl
        except KeyError:
            return False

    def _refresh(self, storage: Storage[Any], key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Recompute a stale entry, unless it was cleared, evicted or computed again since."""
        if _caches.get(self._cache_id) is not storage or not self._is_stale(storage, key):
            return
        value = self._func(*args, **kwargs)
        if self._copies:
            storage.set(key, self._dump(value))
            return
        replaced = storage.get(key)
        storage.set(key, value)
        if replaced is not value and self._on_release is not None:
            try:
                self._on_release(replaced)
            except Exception as error:  # noqa: BLE001 - the new value is in; as Streamlit, only logged
                print(f"Headwater: on_release raised while releasing a replaced resource: {error}")

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        # A cached method: the instance is its first argument (name it `_self` to skip hashing).
        return self if instance is None else functools.partial(self, instance)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget the value for these arguments, or every value if none are given."""
        if args or kwargs:
            self._storage().delete(self._value_key(args, kwargs))
        else:
            self._storage().clear()

    def _storage(self) -> Storage[Any]:
        storage = _caches.get(self._cache_id)
        if storage is None:
            # A background cache keeps a value past its ttl, to serve it stale.
            ttl = self._ttl * _STALE_TTLS if self._ttl is not None and self._background else self._ttl
            # A page load is a new session, so only global values go to a persistent store.
            if self._copies and self._scope == "global":
                storage = _data_storage_factory(self._function_key, ttl, self._max_entries, self._persist)
            else:
                storage = MemoryStorage(ttl, self._max_entries, self._on_release)
            if self._max_size is not None:
                storage = SizeLimit(storage, self._max_size, self._func.__qualname__)
            _caches[self._cache_id] = storage
        return storage

    def _value_key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        hasher = hashlib.blake2b(digest_size=16)
        named = [(_positional_name(self._func, i), v) for i, v in enumerate(args)]
        for name, value in [*named, *kwargs.items()]:
            if name is not None and name.startswith("_"):
                continue
            try:
                hasher.update(hash_value(name))
                hasher.update(hash_value(value, self._hash_funcs))
            except UnhashableTypeError:
                raise UnhashableParamError(
                    self._decorator, self._func.__name__, name, value
                ) from None
        return hasher.hexdigest()

    def _dump(self, value: Any) -> bytes:
        try:
            check_depth(value, "pickling an object")  # deep data would overflow the browser's stack
            return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception:
            raise UnserializableReturnValueError(self._func.__name__, value) from None

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        if isinstance(self._show_spinner, str):
            return self._show_spinner
        if not self._show_spinner:
            return None
        call = "()" if not args and not kwargs else "(...)"
        return f"Running `{self._func.__qualname__}{call}`."


def _positional_name(func: Callable[..., Any], index: int) -> str | None:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    if index < len(params) and params[index].kind in (
        inspect.Parameter.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
    ):
        return params[index].name
    return None


_UNIT_SECONDS = {
    "w": 604800, "week": 604800, "weeks": 604800,
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "minute": 60, "minutes": 60,
    "s": 1, "sec": 1, "second": 1, "seconds": 1,
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
}  # fmt: skip
_DURATION_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*")
_DURATION = re.compile(f"(?:{_DURATION_PART.pattern})+")


def _seconds(ttl: Ttl) -> float | None:
    """A ttl in seconds, from a number, a timedelta, or text like ``"1d2h34m"`` or ``"2 days"``."""
    if ttl is None or isinstance(ttl, (int, float)):
        return ttl
    if isinstance(ttl, datetime.timedelta):
        return ttl.total_seconds()
    text = ttl.lower()
    if not _DURATION.fullmatch(text):
        raise bad_duration(ttl)
    try:
        return sum(float(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(text))
    except KeyError:
        raise bad_duration(ttl) from None


class _CacheDecorator:
    def __init__(self, name: str, *, copies: bool) -> None:
        self._name = name
        self._copies = copies

    def _wrap(self, func: Callable[..., Any] | None, **options: Any) -> Any:
        def decorate(f: Callable[..., Any]) -> CachedFunc:
            return CachedFunc(f, decorator=self._name, copies=self._copies, **options)

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Clear every function's cache of this kind."""
        for cache_id in [c for c in _caches if c[0] == self._name]:
            _caches.pop(cache_id).clear()


class _CacheData(_CacheDecorator):
    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Ttl = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Persist = None,
        hash_funcs: HashFuncs | None = None,
        scope: Scope = "global",
        refresh_mode: RefreshMode = "foreground",
    ) -> Any:
        """Cache a function's return value by its arguments; each call gets a copy.

        Example:
            >>> @st.cache_data(ttl="1h")
            ... def load(url):
            ...     return pd.read_csv(url)
        """
        _check_modes(scope, refresh_mode, ttl)
        return self._wrap(
            func,
            ttl=ttl,
            max_entries=max_entries,
            max_size=max_size_bytes(max_size),
            show_spinner=show_spinner,
            show_time=show_time,
            persist=persist,
            hash_funcs=hash_funcs,
            scope=scope,
            refresh_mode=refresh_mode,
        )


    def clear(self) -> None:
        """Clear every function's cache of this kind, including values kept across reloads."""
        super().clear()
        if _clear_data_storage is not None:
            _clear_data_storage()


class _CacheResource(_CacheDecorator):
    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Ttl = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: Scope = "global",
        refresh_mode: RefreshMode = "foreground",
    ) -> Any:
        """Cache a shared resource (a model, a connection): every call gets the same object.

        Example:
            >>> @st.cache_resource
            ... def model():
            ...     return load_model()
        """
        _check_modes(scope, refresh_mode, ttl)
        return self._wrap(
            func,
            ttl=ttl,
            max_entries=max_entries,
            show_spinner=show_spinner,
            show_time=show_time,
            validate=validate,
            hash_funcs=hash_funcs,
            on_release=on_release,
            scope=scope,
            refresh_mode=refresh_mode,
        )


def _check_modes(scope: str, refresh_mode: str, ttl: Ttl) -> None:
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", ["global", "session"])
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", ["foreground", "background"])
    if refresh_mode == "background":
        seconds = _seconds(ttl)
        if seconds is None:
            raise StreamlitMissingRequiredParameterError(
                "ttl",
                detail='Set a positive `ttl` (for example `ttl="1h"`) or use `refresh_mode="foreground"`.',
            )
        if seconds <= 0:
            raise StreamlitValueError(
                "ttl",
                ["a positive duration"],
                detail='Background refresh requires a positive `ttl` (for example `ttl="1h"`) '
                'or `refresh_mode="foreground"`.',
            )


cache_data = _CacheData("cache_data", copies=True)
cache_resource = _CacheResource("cache_resource", copies=False)
_legacy_data = _CacheData("cache", copies=True)
_legacy_resource = _CacheResource("cache", copies=False)


def cache(
    func: Callable[..., Any] | None = None,
    persist: bool = False,
    allow_output_mutation: bool = False,
    show_spinner: bool = True,
    suppress_st_warning: bool = False,
    hash_funcs: HashFuncs | None = None,
    max_entries: int | None = None,
    ttl: float | None = None,
) -> Any:
    """The legacy cache: like cache_data, or cache_resource with ``allow_output_mutation=True``.

    `suppress_st_warning` is accepted so old scripts run; there is no warning to suppress.
    """
    if allow_output_mutation:
        return _legacy_resource(
            func, ttl=ttl, max_entries=max_entries, show_spinner=show_spinner, hash_funcs=hash_funcs
        )
    return _legacy_data(
        func,
        ttl=ttl,
        max_entries=max_entries,
        show_spinner=show_spinner,
        persist="disk" if persist else None,
        hash_funcs=hash_funcs,
    )
