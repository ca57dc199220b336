"""Which containers of this run are inside an ``st.form``.

A form is a block; everything drawn under its path belongs to it, whether the
script wrote ``with st.form(...)``, ``form.text_input(...)`` or into a column
made inside the form. The registry lives as long as one pass of the script
(a new run, or ``st.rerun()``, which restarts the page's blocks, starts afresh).
"""

from __future__ import annotations

from dataclasses import dataclass

from streamlit._container import Container, Page, current_page

__all__ = ["Form", "add", "form_of"]


@dataclass(frozen=True)
class Form:
    form_id: str
    path: str
    clear_on_submit: bool
    enter_to_submit: bool


class _Registry:
    def __init__(self, page: Page | None) -> None:
        self.page = page
        self.blocks = page.blocks if page is not None else None
        self.by_path: dict[str, Form] = {}
        self.ids: set[str] = set()


_registry = _Registry(None)


def _current() -> _Registry:
    global _registry
    page = current_page()
    # st.rerun() restarts the page with a fresh `blocks` dict: a new pass.
    if _registry.page is not page or _registry.blocks is not page.blocks:
        _registry = _Registry(page)
    return _registry


def add(form: Form) -> bool:
    """Record a form drawn this pass; False if a form with its id was already drawn."""
    registry = _current()
    if form.form_id in registry.ids:
        return False
    registry.ids.add(form.form_id)
    registry.by_path[form.path] = form
    return True


def form_of(container: Container) -> Form | None:
    """The form the next element written to `container` belongs to, if any."""
    by_path = _current().by_path
    if not by_path:
        return None
    path = container._path
    # A block holds its elements below its own path; a slot *is* the element's path.
    if not container._is_block:
        path = path.rpartition(".")[0]
    while path:
        if path in by_path:
            return by_path[path]
        path = path.rpartition(".")[0]
    return None
