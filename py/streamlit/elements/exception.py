"""The exception element: type, message, and the user's frames of the traceback."""

from __future__ import annotations

import builtins
import os
import traceback
from typing import Any, Literal

from streamlit._container import Container, active
from streamlit._errors import StreamlitAPIException
from streamlit.elements import _sizing

__all__ = ["exception", "exception_props"]

_SHIM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


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
    if isinstance(exc, SyntaxError):
        message = exc.msg or str(exc)
        syntax = {
            "filename": exc.filename,
            "lineno": exc.lineno,
            "offset": exc.offset,
            "line": (exc.text or "").rstrip("\r\n"),
        }
    else:
        message = _message(exc)
    return {
        "type": name,
        "message": message,
        "message_is_markdown": isinstance(exc, StreamlitAPIException),
        "traceback": _user_frames(exc),
        "syntax": syntax,
    }


def _message(exc: BaseException) -> str:
    try:
        return str(exc).strip()
    except Exception:  # a broken __str__ must not hide the original error
        return ""


def _user_frames(exc: BaseException) -> list[dict[str, Any]]:
    return [
        {"filename": f.filename, "lineno": f.lineno, "name": f.name, "line": f.line or ""}
        for f in traceback.extract_tb(exc.__traceback__)
        if not os.path.abspath(f.filename).startswith(_SHIM_DIR)
    ]
