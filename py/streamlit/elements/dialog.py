"""st.dialog: a decorator whose function draws into a modal dialog.

The dialog is a block in the ``event`` root, and its contents are a fragment,
so a widget inside reruns only the dialog's function. A full rerun that does
not call the function again (``st.rerun()`` after saving, say) closes it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal, TypeVar, overload

from streamlit import _container, _fragment, _widgets
from streamlit._errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)

__all__ = ["dialog"]

F = TypeVar("F", bound=Callable[..., Any])
DialogWidth = Literal["small", "medium", "large"] | int
DialogPosition = Literal["left", "center", "right"]
OnDismiss = Literal["ignore", "rerun"] | _widgets.WidgetCallback

_opened: tuple[_container.Page, dict[str, int]] | None = None


@overload
def dialog(
    title: str,
    *,
    width: DialogWidth = "small",
    position: DialogPosition = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: OnDismiss = "ignore",
) -> Callable[[F], F]: ...
@overload
def dialog(
    title: F,
    *,
    width: DialogWidth = "small",
    position: DialogPosition = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: OnDismiss = "ignore",
) -> F: ...


def dialog(
    title: F | str,
    *,
    width: DialogWidth = "small",
    position: DialogPosition = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: OnDismiss = "ignore",
) -> F | Callable[[F], F]:
    """Make a function open a modal dialog with what it draws, each time it is called.

    Example:
        >>> @st.dialog("Cast your vote")
        ... def vote(item):
        ...     reason = st.text_input("Because...")
        ...     if st.button("Submit"):
        ...         st.session_state.vote = {"item": item, "reason": reason}
        ...         st.rerun()
        >>> if st.button("A"):
        ...     vote("A")
    """
    if isinstance(title, str):
        return lambda func: _decorate(func, title, width, position, dismissible, icon, on_dismiss)
    return _decorate(title, "", width, position, dismissible, icon, on_dismiss)


def _decorate(
    func: F,
    title: str,
    width: DialogWidth,
    position: DialogPosition,
    dismissible: bool,
    icon: str | None,
    on_dismiss: OnDismiss,
) -> F:
    if not title:
        raise StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.'
        )

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        global _opened
        _container.check_not_parallel("@st.dialog")
        # Dialogs are the only blocks in the `event` root.
        if _container.active()._path.startswith("event."):
            raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
        page = _container.current_page()
        if _opened is not None and _opened[0] is page and _opened[1] is page.blocks:
            raise StreamlitInvalidLayoutContextError(
                "Only one dialog is allowed to be opened at the same time. Please make sure to "
                "not call a dialog-decorated function more than once in a script run."
            )
        block = _open(title, width, position, dismissible, icon, on_dismiss)
        # A new pass (st.rerun() restarts `blocks`) may open it again.
        _opened = (page, page.blocks)
        name = f"{func.__module__}.{func.__qualname__}"
        with block:
            _fragment.run_fragment(lambda: func(*args, **kwargs), name=name)

    return wrap  # type: ignore[return-value]


def _open(
    title: str,
    width: DialogWidth,
    position: DialogPosition,
    dismissible: bool,
    icon: str | None,
    on_dismiss: OnDismiss,
) -> _container.Container:
    if width not in ("small", "medium", "large") and not (
        isinstance(width, int) and not isinstance(width, bool) and width > 0
    ):
        raise StreamlitValueError(
            "width", ["'small'", "'medium'", "'large'", "a positive integer"], detail=f"Got {width!r}."
        )
    if position not in ("left", "center", "right"):
        raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])
    if not (callable(on_dismiss) or on_dismiss in ("ignore", "rerun")):
        raise StreamlitValueError("on_dismiss", ["'ignore'", "'rerun'", "a callback function"])
    callback = on_dismiss if callable(on_dismiss) else None
    widget_id = None
    if on_dismiss != "ignore":
        widget_id = _widgets.widget_id(
            "dialog",
            None,
            key_as_main_identity=False,
            title=title,
            dismissible=dismissible,
            width=width,
            position=position,
            icon=icon,
            on_dismiss="callback" if callable(on_dismiss) else str(on_dismiss),
        )
        _widgets.register(
            widget_id,
            None,
            deserialize=bool,
            serialize=bool,
            on_change=callback,
            args=None,
            kwargs=None,
            disabled=False,
            is_trigger=True,
        )
    props = {
        "layout": "dialog",
        "title": title,
        "width": width,
        "position": position,
        "dismissible": bool(dismissible),
        "icon": icon,
        "on_dismiss": on_dismiss != "ignore",
    }
    block = _container.container_at("event")._enqueue("block", props, widget_id, eager=True)
    return block
