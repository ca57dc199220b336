"""``st.connection``: connections created once and shared, configured by secrets or kwargs.

``type="sql"`` opens SQLite database files shipped with the app through the
standard library's ``sqlite3`` (Pyodide's ``sqlite3`` package), without
SQLAlchemy: ``sqlite:///data.db`` URLs and ``dialect = "sqlite"`` settings work;
other databases cannot be reached from a browser. ``conn.query`` returns a
DataFrame and caches it like ``st.cache_data``.
"""

from __future__ import annotations

import importlib
import inspect
import os
from abc import ABC, abstractmethod
from collections import ChainMap
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from streamlit._caching import cache_data, cache_resource
from streamlit._errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from streamlit._secrets import AttrDict, secrets

if TYPE_CHECKING:
    import sqlite3

    from pandas import DataFrame

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "SQLConnection", "connection"]

RawConnectionT = TypeVar("RawConnectionT")


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base of every connection class: subclass it and implement ``_connect``.

    ``self._secrets`` is the app's ``[connections.<name>]`` secrets section.
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    @property
    def _secrets(self) -> AttrDict:
        if not secrets.load_if_toml_exists():
            return AttrDict({})
        section = secrets.get("connections")
        if not isinstance(section, AttrDict):
            return AttrDict({})
        found = section.get(self._connection_name, AttrDict({}))
        return found if isinstance(found, AttrDict) else AttrDict({})

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        raise NotImplementedError

    def reset(self) -> None:
        """Drop the underlying connection; the next use opens a new one."""
        self._raw_instance = None

    @classmethod
    def scope(cls) -> str:
        return "global"

    def close(self) -> None:
        pass


ExperimentalBaseConnection = BaseConnection
_CONNECTION_PARAMS = {"url", "driver", "dialect", "username", "password", "host", "port", "database", "query"}


class SQLConnection(BaseConnection["sqlite3.Connection"]):
    """A SQLite database file that ships with the app.

    Example:
        >>> conn = st.connection("shop", type="sql", url="sqlite:///shop.db")
        >>> st.dataframe(conn.query("select * from orders", ttl=600))
    """

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> sqlite3.Connection:
        given = {k: kwargs.pop(k) for k in list(kwargs) if k in _CONNECTION_PARAMS}
        params = ChainMap(given, self._secrets.to_dict())
        if not params:
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`?"
            )
        database = _sqlite_database(params)
        # Imported here: Pyodide loads the sqlite3 module only for apps that use st.connection.
        import sqlite3

        # One connection serves every run; Pyodide runs scripts on one thread anyway.
        return sqlite3.connect(database, check_same_thread=False, isolation_level=None if autocommit else "DEFERRED")

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> DataFrame:
        """Run a read query and return a DataFrame, cached for `ttl` (forever if None)."""

        def _query(
            connection_name: str,
            sql: str,
            index_col: str | list[str] | None = None,
            chunksize: int | None = None,
            params: Any | None = None,
            **kwargs: Any,
        ) -> DataFrame:
            import pandas as pd

            return pd.read_sql(sql, self._instance, index_col=index_col, chunksize=chunksize, params=params, **kwargs)

        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(_query)
        return cached(
            self._connection_name, sql, index_col=index_col, chunksize=chunksize, params=params, **kwargs
        )

    def connect(self) -> sqlite3.Connection:
        """The underlying ``sqlite3`` connection (Streamlit gives a SQLAlchemy one)."""
        return self._instance

    @property
    def driver(self) -> str:
        return "pysqlite"

    def close(self) -> None:
        if self._raw_instance is not None:
            self._raw_instance.close()
        self._raw_instance = None


def _sqlite_database(params: ChainMap[str, Any]) -> str:
    """The database file a sqlite URL or settings name, relative to the app's folder."""
    if "url" in params:
        url = str(params["url"])
        scheme, sep, rest = url.partition("://")
        if not sep or scheme.split("+")[0] != "sqlite":
            raise StreamlitAPIException(
                f"Headwater runs in the browser and can only open SQLite files shipped with the "
                f"app (`sqlite:///file.db`), not `{scheme}` databases."
            )
        path = rest[1:] if rest.startswith("/") else rest
        return path.split("?")[0] or ":memory:"
    if "dialect" not in params:
        raise StreamlitMissingRequiredParameterError(
            "dialect",
            detail="Set this SQL DB connection parameter in `secrets.toml` or pass it as a kwarg to `st.connection`.",
        )
    if params["dialect"] != "sqlite":
        raise StreamlitAPIException(
            f"Headwater runs in the browser and can only open SQLite files shipped with the "
            f"app, not `{params['dialect']}` databases."
        )
    return str(params.get("database") or ":memory:")


_FIRST_PARTY: dict[str, type[BaseConnection[Any]]] = {"sql": SQLConnection}


def _connection_class(name: str, kind: Any) -> type[BaseConnection[Any]]:
    if kind is None:
        if name in _FIRST_PARTY:
            return _FIRST_PARTY[name]
        secrets.load_if_toml_exists()
        try:
            kind = secrets["connections"][name]["type"]
        except (KeyError, FileNotFoundError):
            raise StreamlitAPIException(
                f"No connection type given for `{name}`: pass `type=` to `st.connection` or set "
                f"`type` in the `[connections.{name}]` section of secrets.toml."
            ) from None
    if isinstance(kind, str):
        if "." in kind:
            module, _, class_name = kind.rpartition(".")
            return getattr(importlib.import_module(module), class_name)  # type: ignore[no-any-return]
        if kind not in _FIRST_PARTY:
            raise StreamlitAPIException(
                f"Invalid connection '{kind}'. Supported connection classes: {_FIRST_PARTY}"
            )
        return _FIRST_PARTY[kind]
    return kind  # type: ignore[no-any-return]


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


_TTL_UNSET: Any = _Unset()


def connection(name: str, type: Any = None, max_entries: int | None = None, ttl: Any = _TTL_UNSET, **kwargs: Any) -> Any:
    """Create (once) and return a connection; later calls with the same arguments share it.

    Example:
        >>> conn = st.connection("local_db", type="sql", url="sqlite:///data.db")
        >>> df = conn.query("select * from pets where owner = :owner", params={"owner": "ada"})
    """
    if name.startswith("env:"):
        name = os.environ[name.removeprefix("env:")]
    connection_class = _connection_class(name, type)
    # `type` is the caller's argument here, so the builtin is reached through inspect.
    if not (inspect.isclass(connection_class) and issubclass(connection_class, BaseConnection)):
        raise StreamlitAPIException(f"{connection_class} is not a subclass of BaseConnection!")
    if ttl is _TTL_UNSET:
        ttl = None  # Streamlit reads runner.connectionDefaultTTL here; unset means no expiry
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()

    def create(name: str, connection_class: type[BaseConnection[Any]], **kwargs: Any) -> BaseConnection[Any]:
        return connection_class(connection_name=name, **kwargs)

    create.__qualname__ = f"create_{ttl}_{max_entries}".replace(".", "_")
    cached = cache_resource(max_entries=max_entries, ttl=ttl, show_spinner="Running `st.connection(...)`.")(create)
    return cached(name, connection_class, **kwargs)
