"""``.streamlit/config.toml`` and ``st.set_page_config``.

The worker reads config.toml when the app starts (and again when its files
change), with Python's own ``tomllib``, and sends the ``[theme]`` table to the page
(``page:theme``), which applies it as CSS variables on the app's shadow root.
Reading it in the worker rather than at export time means ``mount()`` with
in-memory files and the dev server's live reload behave the same as an export.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import random
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Union

from streamlit import _container
from streamlit._errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError

__all__ = ["AppConfig", "get_option", "load", "set_option", "set_page_config", "theme_message"]

CONFIG_FILE = os.path.join(".streamlit", "config.toml")
# Streamlit's [theme] options the page knows how to apply, as config.toml spells them.
THEME_OPTIONS = (
    "base",
    "primaryColor",
    "backgroundColor",
    "secondaryBackgroundColor",
    "textColor",
    "linkColor",
    "codeBackgroundColor",
    "borderColor",
    "font",
    "headingFont",
    "codeFont",
    "baseRadius",
    "baseFontSize",
)
_SIDEBAR_THEME_OPTIONS = ("primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor", "linkColor", "borderColor")


@dataclass
class AppConfig:
    theme: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def load(app_dir: str) -> AppConfig:
    """The app's config.toml; a missing file is the default config, a broken one says why."""
    path = os.path.join(app_dir, CONFIG_FILE)
    try:
        with open(path, "rb") as file:
            raw = tomllib.load(file)
    except FileNotFoundError:
        return AppConfig()
    except tomllib.TOMLDecodeError as error:
        return AppConfig(error=f"{CONFIG_FILE} is not valid TOML: {error}")
    theme_table = raw.get("theme", {}) if isinstance(raw.get("theme"), dict) else {}
    theme = {k: theme_table[k] for k in THEME_OPTIONS if k in theme_table}
    sidebar = theme_table.get("sidebar")
    if isinstance(sidebar, dict):
        theme["sidebar"] = {k: sidebar[k] for k in _SIDEBAR_THEME_OPTIONS if k in sidebar}
    options = {
        f"{section}.{name}": value
        for section, table in raw.items()
        if isinstance(table, dict)
        for name, value in table.items()
        if not isinstance(value, dict)
    }
    return AppConfig(theme=theme, options=options)


def theme_message(config: AppConfig) -> dict[str, Any]:
    return {"type": "page:theme", "theme": config.theme}


_config = AppConfig()


def use(config: AppConfig) -> None:
    """Read options from `config` (the app started, or its files changed): scripts set theirs again."""
    global _config
    _config = config
    _set_by_script.clear()


# The options a script may set, with Streamlit's defaults (`st.set_option`).
_SCRIPTABLE_OPTIONS: dict[str, Any] = {
    "client.showErrorDetails": "full",
    "client.toolbarMode": "auto",
    "client.disableDataExport": False,
    "client.showSidebarNavigation": True,
    "logger.enableRich": False,
}
# Streamlit's config sections: an option in one of them exists, but only a script's may be set.
_SECTIONS = ("browser", "client", "global", "logger", "magic", "runner", "secrets", "server", "theme", "ui")
# What scripts set; like Streamlit's, it outlives the run (the app's session, here).
_set_by_script: dict[str, Any] = {}


def get_option(key: str) -> Any:
    """A config option: as a script set it, else as config.toml sets it, else its default.

    Options Headwater knows no default for are None unless config.toml sets them.

    Example:
        >>> st.get_option("theme.primaryColor")
        '#ff4b4b'
    """
    if key in _set_by_script:
        return _set_by_script[key]
    return _config.options.get(key, _SCRIPTABLE_OPTIONS.get(key))


def set_option(key: str, value: Any) -> None:
    """Set one of the ``client`` options a script may set, e.g. ``client.showErrorDetails``.

    Example:
        >>> st.set_option("client.showErrorDetails", False)
    """
    if key not in _SCRIPTABLE_OPTIONS:
        if key in _config.options or key.partition(".")[0] in _SECTIONS:
            raise StreamlitAPIException(
                f"{key} cannot be set on the fly. Set as command line option, e.g. "
                f"streamlit run script.py --{key}, or in config.toml instead."
            )
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    _set_by_script[key] = value


PageIcon = Union[str, bytes, Any]
Layout = Literal["centered", "wide"]
InitialSideBarState = Union[Literal["auto", "expanded", "collapsed", "locked"], int]
MenuItems = Mapping[str, Union[str, None]]
_MENU_KEYS = {"get help": "getHelp", "report a bug": "reportABug", "about": "about"}
_SIDEBAR_STATES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]
_RANDOM_EMOJIS = "🎈🚀🎉✨🔥🌟💡🎨🌈🍀🦄🌊⚡🎯📈🧪🧭🛰🌻🍉"


def set_page_config(
    page_title: str | None = None,
    page_icon: PageIcon | None = None,
    layout: Layout | None = None,
    initial_sidebar_state: InitialSideBarState | None = None,
    menu_items: MenuItems | None = None,
) -> None:
    """Set the browser tab's title and icon, the layout, and the sidebar's initial state.

    Each call changes only the options it is given.

    Example:
        >>> st.set_page_config(page_title="Sales", page_icon="📈", layout="wide")
    """
    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    sidebar_width = None
    if isinstance(initial_sidebar_state, bool) or (
        initial_sidebar_state is not None
        and not isinstance(initial_sidebar_state, int)
        and initial_sidebar_state not in ("auto", "expanded", "collapsed", "locked")
    ):
        raise StreamlitValueError(
            "initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {initial_sidebar_state!r}."
        )
    if isinstance(initial_sidebar_state, int):
        if initial_sidebar_state <= 0:
            raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {initial_sidebar_state}.")
        sidebar_width, initial_sidebar_state = initial_sidebar_state, "auto"
    message: dict[str, Any] = {
        "type": "page:config",
        "title": None if page_title is None else str(page_title),
        "icon": None if page_icon is None else _favicon(page_icon),
        "layout": layout,
        "initialSidebarState": initial_sidebar_state,
        "sidebarWidth": sidebar_width,
        "menuItems": None if menu_items is None else _menu_items(menu_items),
    }
    _container.current_page().send(message)


def _favicon(icon: PageIcon) -> str:
    """An emoji, ``:material/name:``, or a URL (``data:`` for an image the app holds)."""
    if icon == "random":
        return random.choice(_RANDOM_EMOJIS)
    if isinstance(icon, os.PathLike):
        icon = os.fspath(icon)
    if isinstance(icon, str):
        if os.path.isfile(icon):
            with open(icon, "rb") as file:
                mime = mimetypes.guess_type(icon)[0] or "image/png"
                return _data_url(file.read(), mime)
        return icon
    if isinstance(icon, (bytes, bytearray)):
        return _data_url(bytes(icon), _sniff(bytes(icon)))
    if hasattr(icon, "save"):  # a PIL image
        import io

        buffer = io.BytesIO()
        icon.save(buffer, format="PNG")
        return _data_url(buffer.getvalue(), "image/png")
    raise StreamlitAPIException(f"Cannot use a {type(icon).__name__} as the page icon.")


def _sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"GIF8"):
        return "image/gif"
    if data.lstrip().startswith(b"<svg") or data.lstrip().startswith(b"<?xml"):
        return "image/svg+xml"
    return "image/x-icon"


def _data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _menu_items(items: MenuItems) -> dict[str, str | None]:
    result: dict[str, str | None] = {}
    for key, value in items.items():
        name = str(key).lower().strip()
        if name not in _MENU_KEYS:
            raise StreamlitValueError(
                "menu_items",
                ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{name}` is not a supported menu item key.",
            )
        if value is not None and name != "about" and not str(value).startswith(("http://", "https://", "mailto:")):
            raise StreamlitInvalidURLError(str(value))
        result[_MENU_KEYS[name]] = value
    return result
