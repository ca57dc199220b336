"""``st.context``: what the browser tells the app at boot.

There is no server, so there are no request headers and no IP address; cookies
are the page's ``document.cookie`` (those not marked HttpOnly), and the URL,
locale, timezone, theme and embedding come from the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["ContextProxy", "StreamlitCookies", "StreamlitHeaders", "StreamlitTheme", "context", "reset"]

_KEYS = frozenset(
    {"headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url", "ip_address", "is_embedded"}
)


def _normalize_header(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """Request headers by case-insensitive name (always empty: no request reaches a server)."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_normalize_header(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """The page's cookies, by name."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = dict(cookies)

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def __len__(self) -> int:
        return len(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class StreamlitTheme(dict):  # type: ignore[type-arg]
    """``{"type": "light" | "dark" | None}``, also readable as ``theme.type``."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


def _parse_cookies(header: str) -> dict[str, str]:
    cookies: dict[str, str] = {}
    for part in header.split(";"):
        name, sep, value = part.strip().partition("=")
        if sep and name:
            cookies[name] = value
    return cookies


_browser: dict[str, Any] = {}


def reset(browser: Mapping[str, Any]) -> None:
    """Take the page's description of itself: ``{url, cookies, locale, timezone,
    timezoneOffset, theme, isEmbedded}``, any of them missing."""
    global _browser
    _browser = dict(browser)


def set_url(url: str) -> None:
    """The page's address changed (navigation, query parameters)."""
    _browser["url"] = url


def set_theme(theme_type: str | None) -> None:
    _browser["theme"] = theme_type


class ContextProxy:
    """``st.context``: read-only facts about the browser the app runs in.

    Example:
        >>> st.context.locale
        'en-US'
        >>> st.context.cookies.get("visited")
    """

    __iter__ = None  # not iterable, even though it has __getitem__

    @property
    def headers(self) -> StreamlitHeaders:
        return StreamlitHeaders([])

    @property
    def cookies(self) -> StreamlitCookies:
        return StreamlitCookies(_parse_cookies(_browser.get("cookies") or ""))

    @property
    def theme(self) -> StreamlitTheme:
        return StreamlitTheme(type=_browser.get("theme"))

    @property
    def timezone(self) -> str | None:
        return _browser.get("timezone")

    @property
    def timezone_offset(self) -> int | None:
        return _browser.get("timezoneOffset")

    @property
    def locale(self) -> str | None:
        return _browser.get("locale")

    @property
    def url(self) -> str | None:
        return _browser.get("url")

    @property
    def ip_address(self) -> str | None:
        return None

    @property
    def is_embedded(self) -> bool | None:
        return _browser.get("isEmbedded")

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            raise KeyError(f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(_KEYS))}.')
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _KEYS


context = ContextProxy()
