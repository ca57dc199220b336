"""Multipage apps: the ``pages/`` folder, ``st.navigation``, ``st.Page``, ``st.switch_page``.

A page is known on the wire by its URL path (``""`` for the default page); the
address bar shows it as ``#/<url path>``, which a static host serves without any
rewrite rule, and which survives reload and sharing.

The page reports the address it shows (at boot, on a navigation link, on
Back/Forward); the navigator runs that page and, when the script moves elsewhere
(``st.switch_page``, an unknown page), tells the page to push or replace the address.

An app with a ``pages/`` folder and no ``st.navigation`` call runs as Streamlit's
first multipage apps did: the entry script is the first page, then
``pages/*.py`` ordered by their number prefix (``1_📈_Plotting.py`` → "Plotting").
"""

from __future__ import annotations

import ast
import os
import re
import types
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn, Union

from streamlit import _config, _container, _context, _query_params
from streamlit._magic import MAGIC_NAME, transparent_write
from streamlit._errors import (
    RerunException,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)

__all__ = [
    "Navigator",
    "Page",
    "StreamlitPage",
    "icon_or_emoji",
    "navigation",
    "page_icon_and_name",
    "page_link_target",
    "switch_page",
]

Position = Literal["sidebar", "hidden", "top"]
_PAGE_FILE = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_EXTERNAL_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
# Joiners, variation selectors and skin tones continue an emoji started before them.
_EMOJI_CONTINUATION = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def is_external_url(text: str) -> bool:
    return bool(_EXTERNAL_URL.match(text))


def _is_emoji_char(char: str) -> bool:
    if char in _EMOJI_CONTINUATION or "\U0001f3fb" <= char <= "\U0001f3ff":
        return True
    return not char.isascii() and unicodedata.category(char) in ("So", "Sk", "Cn")


def _leading_emoji(text: str) -> tuple[str, str]:
    """("📈", "Plotting") for "📈_Plotting": an emoji, then the rest after separators."""
    end = 0
    while end < len(text) and _is_emoji_char(text[end]):
        end += 1
    if end == 0:
        return "", text
    return text[:end], text[end:].lstrip("_ -")


def icon_or_emoji(icon: str | None) -> str:
    """Streamlit's icon check: an emoji or ``:material/name:``; ``""`` for none."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon or icon == "spinner":
        return icon
    if icon.startswith(":material"):
        if not re.fullmatch(r":material/[a-z0-9_]+:", icon):
            raise StreamlitAPIException(
                f'The value `"{icon}"` is not a valid Material icon. Please use a Material icon '
                "shortcode like **`:material/thumb_up:`**"
            )
        return icon
    emoji, rest = _leading_emoji(icon)
    if not emoji or rest:
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use '
            "a single character instead."
        )
    return icon


def page_icon_and_name(script_path: Path) -> tuple[str, str]:
    """The icon and name Streamlit reads from a page's file name."""
    match = _PAGE_FILE.search(script_path.name)
    if match is None:
        return "", ""
    icon_and_name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return _leading_emoji(icon_and_name)


def _page_sort_key(path: Path) -> tuple[float, str]:
    match = _PAGE_FILE.search(path.name)
    number, label = (match.group(1), match.group(2)) if match else ("", path.name)
    return (float(number) if number else float("inf"), label.lower())


class Page:
    """A page of a multipage app: a Python file or a function (``st.Page``).

    Example:
        >>> pg = st.navigation([
        ...     st.Page("home.py", title="Home", icon="🏠"),
        ...     st.Page(settings, url_path="settings"),
        ... ])
        >>> pg.run()
    """

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", ["visible", "hidden"])
        self._default = default
        self._visibility: Literal["visible", "hidden"] = visibility
        self._help = "" if help is None or not str(help).strip() else str(help).strip()
        self._external_url: str | None = None
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None

        if isinstance(page, str) and is_external_url(page):
            if title is None or not title.strip():
                raise StreamlitMissingRequiredParameterError(
                    "title",
                    detail=f"External URL pages require a non-empty title. Please provide a title for the URL: {page}",
                )
            if default:
                raise StreamlitIncompatibleParametersError(
                    "page=<external URL>",
                    "default=True",
                    explanation="External URL pages cannot be set as the default page.",
                )
            self._external_url = page
            self._page = None
            self._title = title
            self._icon = icon_or_emoji(icon)
            self._url_path = _url_path_from_title(title) if url_path is None else url_path.strip().strip("/")
            if not self._url_path:
                raise StreamlitMissingRequiredParameterError(
                    "url_path",
                    detail="Provide a non-empty `url_path`, or omit it and provide a `title` that can be converted to a valid URL path.",
                )
            _check_single_segment(self._url_path)
            return

        inferred_icon, inferred_name = "", ""
        if isinstance(page, (str, Path)):
            path = (_main_dir() / Path(page)).resolve()
            if not path.is_file():
                raise StreamlitPageNotFoundError(path.name)
            self._page = path
            inferred_icon, inferred_name = page_icon_and_name(path)
        elif callable(page):
            self._page = page
            inferred_name = getattr(page, "__name__", "")
            if not inferred_name and title is None:
                raise StreamlitMissingRequiredParameterError(
                    "title", detail="Streamlit cannot infer a title from this callable."
                )
        else:
            raise StreamlitInvalidParameterTypeError(
                "page", type(page).__name__, ["str", "Path", "callable", "st.Page"]
            )
        self._title = title or inferred_name.replace("_", " ")
        self._icon = icon_or_emoji(inferred_icon if icon is None else icon)
        if not self._title.strip():
            raise StreamlitMissingRequiredParameterError(
                "title", detail="It cannot be empty or consist of underscores/spaces only."
            )
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if not stripped and not default:
                raise StreamlitMissingRequiredParameterError(
                    "url_path", detail="It can only be empty for the default page."
                )
            self._url_path = stripped
            _check_single_segment(stripped)

    def __repr__(self) -> str:
        return f"Page(title={self._title!r}, url_path={self.url_path!r})"

    @property
    def title(self) -> str:
        """The page's label in the navigation menu."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon (an emoji or ``:material/name:``), ``""`` for none."""
        return self._icon

    @property
    def url_path(self) -> str:
        """The page's name in the address (``#/<url_path>``); ``""`` for the default page."""
        return "" if self._default else self._url_path

    @property
    def help(self) -> str:
        return self._help

    @property
    def visibility(self) -> Literal["visible", "hidden"]:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    def run(self) -> None:
        """Run the page (only the page ``st.navigation`` returned, once per run)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        if self._external_url is not None or self._page is None:
            return
        if isinstance(self._page, Path):
            _run_file(self._page)
        else:
            self._page()

    @property
    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""


StreamlitPage = Page


def _url_path_from_title(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path).strip("_")
    return re.sub(r"_+", "_", path)


def _check_single_segment(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested "
            "URL pathnames yet, so use a single path segment (e.g. `foo_bar`)."
        )


def _as_page(page: Any) -> Page:
    if isinstance(page, Page):
        return page
    if isinstance(page, (str, Path)) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError(
        "pages", type(page).__name__, ["str", "Path", "callable", "st.Page"]
    )


class Navigator:
    """One session's pages: which page runs next, and what the address bar shows."""

    def __init__(self, main_script: str, run_main: Callable[[], None], compile_page: Callable[[str], types.CodeType]) -> None:
        self.main_script = Path(main_script).resolve()
        self._run_main = run_main
        self.compile_page = compile_page
        self.uses_pages_directory = _uses_pages_directory(self.main_script)
        # The URL path of the page to run next; the address bar's page and query string.
        self.page = ""
        self.url_page = ""
        self.url_query = ""
        self.url_base = ""
        # (section, page) as the latest st.navigation listed them.
        self.entries: list[tuple[str, Page]] = []
        self._navigated_this_run = False
        self._menu_shown = False

    def files_changed(self) -> None:
        self.uses_pages_directory = _uses_pages_directory(self.main_script)

    # -- the page's reports ---------------------------------------------------------

    def set_location(self, page: str, query: str) -> None:
        """The address bar now shows this page and query string (boot, link, Back/Forward)."""
        self.page = self.url_page = page
        self.url_query = query
        _query_params.current().set_from_page(query)
        self._update_context_url()

    def query_changed(self, query: str) -> None:
        """The script changed st.query_params: rewrite the address in place."""
        self._send_url(self.url_page, query, "replace")

    # -- runs -------------------------------------------------------------------------

    def run_app(self) -> None:
        """Run the app for one pass: the entry script, or the pages/ folder's current page."""
        self._navigated_this_run = False
        if self.uses_pages_directory:
            self._run_pages_directory()
        else:
            self._run_main()

    def finish_run(self, status: str) -> None:
        """A complete run without st.navigation drops a menu an earlier run showed."""
        if status == "ok" and not self._navigated_this_run and self._menu_shown:
            self.entries = []
            self._menu_shown = False
            _container.current_page().send(
                {"type": "page:navigation", "position": "hidden", "expanded": False, "sections": [], "pages": [], "current": ""}
            )

    def _run_pages_directory(self) -> None:
        position: Position = "sidebar" if _shows_sidebar_navigation() else "hidden"
        self.navigate({"": self._directory_pages()}, position=position, expanded=False).run()

    def _directory_pages(self) -> list[Page]:
        """The entry script, then pages/*.py by their number prefix, then name."""
        folder = self.main_script.parent / "pages"
        scripts = sorted(
            (p for p in folder.glob("*.py") if not p.name.startswith(".") and p.name != "__init__.py"),
            key=_page_sort_key,
        )
        return [Page(self.main_script, default=True), *(Page(p) for p in scripts)]

    def navigate(self, sections: dict[str, list[Page]], *, position: Position, expanded: bool | int) -> Page:
        """Register the pages, pick the one to run, and tell the page about both."""
        entries = [(section, page) for section, pages in sections.items() for page in pages]
        if not entries:
            raise StreamlitMissingRequiredParameterError("pages", detail="Provide at least one `st.Page`.")
        defaults = [page for _, page in entries if page._default]
        if len(defaults) > 1:
            raise StreamlitAPIException(
                "Multiple Pages specified with `default=True`. At most one Page can be set to default."
            )
        if not defaults:
            internal = [page for _, page in entries if not page.is_external]
            if not internal:
                raise StreamlitAPIException(
                    "At least one non-external page is required. External URL pages cannot be the default page."
                )
            internal[0]._default = True
            defaults = [internal[0]]
        _check_unique_paths(entries)
        default = defaults[0]

        found = self._find(entries, self.page)
        not_found = found is None or found.is_external
        page = default if not_found or found is None else found
        self.entries = entries
        self.page = page.url_path
        self._navigated_this_run = self._menu_shown = True
        page._can_be_called = True
        _container.current_page().send(
            {
                "type": "page:navigation",
                "position": position if _shows_sidebar_navigation() or position != "sidebar" else "hidden",
                "expanded": expanded,
                "sections": list(sections),
                "pages": [_page_entry(section, p) for section, p in entries],
                "current": page.url_path,
            }
        )
        if page.url_path != self.url_page:
            query = _query_params.current().query_string
            self._send_url(page.url_path, query, "replace" if not_found else "push")
        return page

    def switch_to(self, url_path: str, query_params: _query_params.QueryParamsInput | None) -> NoReturn:
        """Run `url_path` next, with these query parameters (none: clear them)."""
        if query_params is not None and not (
            isinstance(query_params, Mapping)
            or (hasattr(query_params, "__iter__") and not isinstance(query_params, (str, bytes)))
        ):
            raise StreamlitInvalidParameterTypeError(
                "query_params", type(query_params).__name__, ["mapping", "iterable of (key, value) pairs"]
            )
        params = _query_params.current()
        params.replace_silently(query_params)
        self.page = url_path
        if url_path == self.url_page:
            self._send_url(url_path, params.query_string, "replace")
        # Otherwise st.navigation pushes the new page's address with these parameters.
        raise RerunException()

    def pages(self) -> list[tuple[str, Page]]:
        """The registered pages; before any st.navigation, the entry script alone."""
        if self.entries:
            return self.entries
        if self.uses_pages_directory:
            return [("", page) for page in self._directory_pages()]
        return [("", Page(self.main_script, default=True))]

    def resolve_path(self, page: str | Path) -> Page:
        """The registered page a script path (relative to the entry script) names."""
        requested = os.path.realpath(self.main_script.parent / str(page))
        for _, candidate in self.pages():
            if candidate._script_path and os.path.realpath(candidate._script_path) == requested:
                return candidate
        raise StreamlitPageNotFoundError(
            str(page), str(self.main_script.parent), uses_pages_directory=self.uses_pages_directory
        )

    def _find(self, entries: list[tuple[str, Page]], url_path: str) -> Page | None:
        for exact in (True, False):
            for _, page in entries:
                for candidate in (page.url_path, page._url_path):
                    if candidate == url_path if exact else candidate.lower() == url_path.lower():
                        return page
        return None

    def _send_url(self, page: str, query: str, history: Literal["push", "replace"]) -> None:
        self.url_page, self.url_query = page, query
        self._update_context_url()
        _container.current_page().send({"type": "page:url", "page": page, "query": query, "history": history})

    def _update_context_url(self) -> None:
        if self.url_base:
            query = f"?{self.url_query}" if self.url_query else ""
            page = f"#/{self.url_page}" if self.url_page else ""
            _context.set_url(f"{self.url_base}{query}{page}")


def _uses_pages_directory(main_script: Path) -> bool:
    """A pages/ folder makes a multipage app, unless the entry script calls st.navigation.

    Streamlit finds out by running the script once; knowing before the first run
    lets a shared link to a page that only st.navigation declares land on it.
    """
    if not (main_script.parent / "pages").is_dir():
        return False
    try:
        tree = ast.parse(main_script.read_text(encoding="utf-8", errors="replace"))
    except (OSError, SyntaxError):
        return True
    return not any(
        isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == "navigation")
            or (isinstance(node.func, ast.Name) and node.func.id == "navigation")
        )
        for node in ast.walk(tree)
    )


def _page_entry(section: str, page: Page) -> dict[str, Any]:
    return {
        "urlPath": page.url_path,
        "title": page.title,
        "icon": page.icon,
        "section": section,
        "hidden": page.visibility == "hidden",
        "help": page.help,
        "externalUrl": page.external_url,
    }


def _check_unique_paths(entries: list[tuple[str, Page]]) -> None:
    seen: dict[str, Page] = {}
    for _, page in entries:
        other = seen.setdefault(page._url_path, page)
        if other is not page:
            raise StreamlitAPIException(
                f"Two pages resolve to the URL pathname `/{page._url_path}`. Each page passed "
                "to `st.navigation` needs a unique URL pathname. Set a unique `url_path` in "
                "`st.Page` for one of these pages."
            )


def _run_file(path: Path) -> None:
    navigator = _require_navigator()
    module = types.ModuleType("__main__")
    module.__file__ = str(path)
    setattr(module, MAGIC_NAME, transparent_write)
    exec(navigator.compile_page(str(path)), module.__dict__)


_navigator: Navigator | None = None


def start(navigator: Navigator | None) -> None:
    global _navigator
    _navigator = navigator


def current() -> Navigator | None:
    return _navigator


def _require_navigator() -> Navigator:
    if _navigator is None:
        raise StreamlitAPIException("Pages can only be used while a Streamlit script runs.")
    return _navigator


def _main_dir() -> Path:
    return _navigator.main_script.parent if _navigator is not None else Path.cwd()


PageType = Union[str, Path, Callable[[], None], Page]


def navigation(
    pages: Sequence[PageType] | Mapping[str, Sequence[PageType]],
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the app's pages; returns the page to show, which you then ``.run()``.

    A dict groups pages under section headers. The entry script runs on every
    rerun, so what it draws around ``pg.run()`` frames every page.

    Example:
        >>> pg = st.navigation({
        ...     "Your account": [st.Page("login.py"), st.Page("profile.py")],
        ...     "Reports": [st.Page("sales.py", icon="📈")],
        ... })
        >>> pg.run()
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitValueError("position", ["'sidebar'", "'hidden'", "'top'"])
    if isinstance(expanded, bool) or (isinstance(expanded, int) and expanded >= 0):
        pass
    elif isinstance(expanded, int):
        raise StreamlitValueError(
            "expanded", ["True", "False", "a non-negative integer"], detail=f"Provided value: {expanded!r}."
        )
    else:
        raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])
    if isinstance(pages, Mapping):
        sections = {str(header): [_as_page(p) for p in group] for header, group in pages.items()}
    else:
        sections = {"": [_as_page(p) for p in pages]}
    navigator = _navigator
    if navigator is None:
        # Not inside a run (a plain import): nothing to show, hand back the default page.
        flat = [p for group in sections.values() for p in group]
        if not flat:
            raise StreamlitMissingRequiredParameterError("pages", detail="Provide at least one `st.Page`.")
        page = next((p for p in flat if p._default), flat[0])
        page._can_be_called = True
        return page
    navigator.uses_pages_directory = False
    return navigator.navigate(sections, position=position, expanded=expanded)


def switch_page(page: str | Path | Page, *, query_params: _query_params.QueryParamsInput | None = None) -> NoReturn:
    """Stop this run and run another page (a Python file or an ``st.Page``).

    Example:
        >>> if st.button("Home"):
        ...     st.switch_page("app.py")
    """
    _container.check_not_parallel("st.switch_page")
    navigator = _require_navigator()
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                "to create a link to external pages."
            )
        target = page.url_path
    else:
        target = navigator.resolve_path(page).url_path
    navigator.switch_to(target, query_params)


def page_link_target(page: str | Path | Page) -> tuple[Page | None, str, bool]:
    """What a page link points at: (the page if internal, url path or external URL, is external)."""
    if isinstance(page, Page):
        if page.is_external:
            return page, page.external_url or "", True
        return page, page.url_path, False
    text = str(page)
    if is_external_url(text):
        return None, text, True
    resolved = _require_navigator().resolve_path(text)
    return resolved, resolved.url_path, False


def _shows_sidebar_navigation() -> bool:
    """`client.showSidebarNavigation`, from config.toml or `st.set_option` (seen from the next run)."""
    return _config.get_option("client.showSidebarNavigation") is not False
