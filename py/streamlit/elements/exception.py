"""The exception element: type, message, and the user's frames of the traceback."""

from __future__ import annotations

import builtins
import os
import traceback
from typing import Any, Literal

from streamlit import _config
from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException
from streamlit.elements import _sizing

__all__ = ["exception", "exception_props"]

_SHIM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
# As Python's traceback: "[Previous line repeated N more times]" after the third.
_REPEATS_SHOWN = 3
# Shown instead of an uncaught exception's message when `client.showErrorDetails` hides it.
GENERIC_ERROR_MESSAGE = (
    "This app has encountered an error. The original error message is redacted "
    "to prevent data leaks. Full error details have been recorded in the logs "
    "(if you're on Streamlit Cloud, click on 'Manage app' in the lower right of your app)."
)


def exception(exception: BaseException, width: int | Literal["stretch"] = "stretch") -> Container:
    """Display an exception with its traceback.

    Example:
        >>> try:
        ...     1 / 0
        ... except ZeroDivisionError as e:
        ...     st.exception(e)
    """
    props = exception_props(exception)
    props["width"] = _sizing.width(width)
    return active()._enqueue("exception", props)


def exception_props(exc: BaseException, *, uncaught: bool = False) -> dict[str, Any]:
    """Props for `exc`; an uncaught exception is named with its module, as Streamlit does."""
    cls = type(exc)
    name = cls.__name__
    if uncaught and cls.__module__ != builtins.__name__:
        name = f"{cls.__module__}.{cls.__qualname__}"
    syntax = None
    message = exc.msg or str(exc) if isinstance(exc, SyntaxError) else _message(exc)
    # Some have no place (a null byte in the source): they show as other errors do.
    if isinstance(exc, SyntaxError) and exc.lineno is not None:
        syntax = {
            "filename": exc.filename,
            "lineno": exc.lineno,
            "offset": exc.offset,
            "line": (exc.text or "").rstrip("\r\n"),
        }
    props = {
        "type": name,
        "message": message,
        "message_is_markdown": isinstance(exc, StreamlitAPIException),
        "traceback": _user_frames(exc),
        "syntax": syntax,
        "notes": _notes(exc),
    }
    return _redacted(props) if uncaught else props


def _redacted(props: dict[str, Any]) -> dict[str, Any]:
    """An uncaught exception as `client.showErrorDetails` lets it show.

    ``"full"`` (or True) shows everything; ``"stacktrace"`` (or False) hides the
    message; ``"type"`` also the traceback; ``"none"`` also the type.
    """
    details = _config.get_option("client.showErrorDetails")
    show_message = details in ("full", True, "true", "True")
    show_trace = show_message or details in ("stacktrace", False, "false", "False")
    show_type = show_trace or details == "type"
    if not show_message:
        props.update(message=GENERIC_ERROR_MESSAGE, message_is_markdown=False, notes=[])
    if not show_trace:
        props.update(traceback=[], syntax=None)
    if not show_type:
        props["type"] = ""
    return props


def _message(exc: BaseException) -> str:
    try:
        return str(exc).strip()
    except Exception:  # a broken __str__ must not hide the original error
        return ""


def _notes(exc: BaseException) -> list[str]:
    """``__notes__`` (Python 3.11's ``add_note``), printed under the message as Python does."""
    notes = getattr(exc, "__notes__", None)
    if not isinstance(notes, (list, tuple)):
        return []
    return [note if isinstance(note, str) else _message(Exception(note)) for note in notes]


def _user_frames(exc: BaseException) -> list[dict[str, Any]]:
    """The user's frames; a frame repeated more than 3 times in a row (runaway recursion)
    is listed 3 times, the last with ``repeated``: how many more times it came, as Python prints it."""
    frames: list[dict[str, Any]] = []
    run = 0
    for f in traceback.extract_tb(exc.__traceback__):
        if os.path.abspath(f.filename).startswith(_SHIM_DIR):
            continue
        frame = {"filename": f.filename, "lineno": f.lineno, "name": f.name, "line": f.line or ""}
        run = run + 1 if frames and _same_place(frames[-1], frame) else 1
        if run <= _REPEATS_SHOWN:
            frames.append(frame)
        else:
            frames[-1]["repeated"] = run - _REPEATS_SHOWN
    return frames


def _same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (a["filename"], a["lineno"], a["name"]) == (b["filename"], b["lineno"], b["name"])
