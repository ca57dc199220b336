"""``st.query_params``: the address bar's query string, readable and writable.

The page reports the query string at boot and after Back/Forward; every change
the script makes is sent back at once (``page:url``), and the page rewrites the
address with ``history.replaceState``. A key maps to its last value; ``get_all``
gives every value. ``embed`` and ``embed_options`` belong to the host and are
hidden, as in Streamlit. A key bound to a widget (``bind="query-params"``, see
``_binding``) is written by its widget alone: the script may not set or delete it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any, Union
from urllib import parse

from streamlit._errors import StreamlitAPIException, StreamlitQueryParamDictValueError

__all__ = ["QueryParams", "QueryParamsInput", "QueryParamsProxy", "current", "encode", "query_params", "reset"]

QueryParamValue = Union[str, Iterable[str]]
QueryParamsInput = Union[Mapping[str, QueryParamValue], Iterable[tuple[str, QueryParamValue]]]
_EMBED_KEYS = ("embed", "embed_options")


def _is_embed(key: str) -> bool:
    return key.lower() in _EMBED_KEYS


def _missing_key(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def _missing_attribute(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


def _stored(key: str, value: QueryParamValue) -> str | list[str]:
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if _is_embed(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        return [str(item) for item in value]
    return str(value)


def _bound_error(key: str, verb: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Cannot directly {verb} query parameter '{key}' - it is bound to a widget. "
        "Modify the widget value instead."
    )


def _pairs(params: QueryParamsInput) -> list[tuple[str, QueryParamValue]]:
    if hasattr(params, "keys") and hasattr(params, "__getitem__"):
        mapping: Any = params
        return [(key, mapping[key]) for key in list(mapping.keys())]
    return list(params)  # type: ignore[arg-type]


def encode(params: QueryParamsInput) -> str:
    """A query string for `params` (as ``st.page_link(query_params=...)`` takes them)."""
    merged: dict[str, list[str]] = {}
    for key, value in _pairs(params):
        stored = _stored(key, value)
        merged.setdefault(key, []).extend(stored if isinstance(stored, list) else [stored])
    return parse.urlencode(merged, doseq=True)


class QueryParams(MutableMapping[str, str]):
    """The session's query parameters; `on_change(query_string)` tells the page."""

    def __init__(self, query_string: str = "", on_change: Callable[[str], None] | None = None) -> None:
        self._params: dict[str, str | list[str]] = {}
        self._on_change = on_change
        # Bound key -> the widget id that writes it.
        self._bound: dict[str, str] = {}
        # How many addresses the page reported: a change means the visitor navigated.
        self.page_reports = 0
        self.set_from_page(query_string)

    def set_from_page(self, query_string: str) -> None:
        """Adopt the address bar's query string (boot, Back/Forward) without echoing it back."""
        parsed = parse.parse_qs(query_string.lstrip("?"), keep_blank_values=True)
        self._params = {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}
        self.page_reports += 1

    def raw(self) -> dict[str, str | list[str]]:
        """Every parameter as the address has it (a repeated key as a list)."""
        return dict(self._params)

    # -- widget bindings --------------------------------------------------------------

    def bind(self, key: str, widget_id: str) -> None:
        if _is_embed(key):
            raise StreamlitAPIException(
                f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' "
                "are used internally for Streamlit's embed functionality."
            )
        self._bound[key] = widget_id

    def is_bound(self, key: str) -> bool:
        return key in self._bound

    def bound_widgets(self) -> dict[str, str]:
        """Bound key -> widget id."""
        return dict(self._bound)

    def unbind(self, key: str) -> None:
        """Forget the binding and drop the parameter (its widget is gone)."""
        self._bound.pop(key, None)
        self.write_bound(key, None)

    def write_bound(self, key: str, value: str | list[str] | None) -> None:
        """A bound widget's value (None: remove the parameter); the page hears of a change only."""
        if isinstance(value, list) and len(value) == 1:
            value = value[0]  # as the address reads back
        if self._params.get(key) == value or (value is None and key not in self._params):
            return
        if value is None:
            del self._params[key]
        else:
            self._params[key] = value
        self._changed()

    @property
    def query_string(self) -> str:
        return parse.urlencode(self._params, doseq=True)

    def __getitem__(self, key: str) -> str:
        if _is_embed(key) or key not in self._params:
            raise KeyError(_missing_key(key))
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: QueryParamValue) -> None:
        if self.is_bound(key):
            raise _bound_error(key, "set")
        self._params[key] = _stored(key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if _is_embed(key):
            raise KeyError(_missing_key(key))
        if self.is_bound(key):
            raise _bound_error(key, "delete")
        if key not in self._params:
            raise KeyError(_missing_key(key))
        del self._params[key]
        self._changed()

    def __iter__(self) -> Iterator[str]:
        return iter([key for key in self._params if not _is_embed(key)])

    def __len__(self) -> int:
        return sum(1 for key in self._params if not _is_embed(key))

    def __str__(self) -> str:
        return str(self._params)

    def update(self, other: Any = (), /, **kwds: QueryParamValue) -> None:  # type: ignore[override]
        pairs = [*_pairs(other), *kwds.items()]
        for key, _ in pairs:
            if self.is_bound(key):
                raise _bound_error(key, "set")
        for key, value in pairs:
            self._params[key] = _stored(key, value)
        self._changed()

    def get_all(self, key: str) -> list[str]:
        if _is_embed(key) or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        bound = [key for key in self._params if self.is_bound(key)]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(key) for key in bound)}. "
                "Modify the widget values instead, or remove the bind parameter."
            )
        self._keep_embed_only()
        self._changed()

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}

    def from_dict(self, params: QueryParamsInput) -> None:
        saved = dict(self._params)
        self._keep_embed_only()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = saved
            raise

    def replace_silently(self, params: QueryParamsInput | None) -> None:
        """Set every parameter without telling the page (a page switch sends the URL itself)."""
        self._keep_embed_only()
        for key, value in _pairs(params or {}):
            self._params[key] = _stored(key, value)

    def _keep_embed_only(self) -> None:
        self._params = {k: v for k, v in self._params.items() if _is_embed(k)}

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change(self.query_string)


_params = QueryParams()


def reset(query_string: str, on_change: Callable[[str], None] | None) -> QueryParams:
    """Start a session whose address bar shows `query_string`."""
    global _params
    _params = QueryParams(query_string, on_change)
    return _params


def current() -> QueryParams:
    return _params


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: the URL's query parameters as a dict of strings.

    Example:
        >>> st.query_params["tab"] = "details"     # the URL becomes ?tab=details
        >>> st.query_params.get("tab")
        'details'
        >>> st.query_params.tags = ["a", "b"]      # ?tags=a&tags=b
        >>> st.query_params.get_all("tags")
        ['a', 'b']
    """

    def __getitem__(self, key: str) -> str:
        return _params[key]

    def __setitem__(self, key: str, value: QueryParamValue) -> None:
        _params[key] = value

    def __delitem__(self, key: str) -> None:
        del _params[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_params)

    def __len__(self) -> int:
        return len(_params)

    def __str__(self) -> str:
        return str(_params)

    def __getattr__(self, key: str) -> str:
        try:
            return _params[key]
        except KeyError:
            raise AttributeError(_missing_attribute(key)) from None

    def __setattr__(self, key: str, value: QueryParamValue) -> None:
        _params[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del _params[key]
        except KeyError:
            raise AttributeError(_missing_key(key)) from None

    def update(self, params: Any = (), /, **kwds: QueryParamValue) -> None:  # type: ignore[override]
        """Set several parameters at once."""
        _params.update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (``?tag=a&tag=b`` → ``["a", "b"]``); ``[]`` if absent."""
        return _params.get_all(key)

    def clear(self) -> None:
        """Remove every parameter."""
        _params.clear()

    def to_dict(self) -> dict[str, str]:
        """The parameters as a dict, each key with its last value."""
        return _params.to_dict()

    def from_dict(self, params: QueryParamsInput) -> None:
        """Replace every parameter with `params` (a mapping or key/value pairs)."""
        _params.from_dict(params)


query_params = QueryParamsProxy()
