"""st.echo: show the code of a ``with`` block, then run it."""

from __future__ import annotations

import contextlib
import linecache
import sys
import textwrap
from collections.abc import Iterator
from typing import Literal

from streamlit._container import active
from streamlit._errors import StreamlitAPIException
from streamlit.elements import text

__all__ = ["echo"]


@contextlib.contextmanager
def echo(code_location: Literal["above", "below"] = "above") -> Iterator[None]:
    """Show the code inside the ``with`` block in the app, and run it.

    Example:
        >>> with st.echo():
        ...     st.write("This code will be printed")
    """
    # The caller's frame: contextmanager's __enter__ sits between it and us.
    frame = sys._getframe(2)
    filename, with_line = frame.f_code.co_filename, frame.f_lineno
    placeholder = active()._enqueue("empty", {}) if code_location == "above" else None
    code = _block_source(filename, with_line)
    yield
    if placeholder is not None:
        with placeholder:
            text.code(code, "python")
    else:
        text.code(code, "python")


def _block_source(filename: str, with_line: int) -> str:
    """The dedented lines indented under line `with_line` of the file."""
    lines = linecache.getlines(filename)
    if not lines or with_line > len(lines):
        raise StreamlitAPIException("st.echo cannot find the source of the script.")
    header = lines[with_line - 1]
    indent = len(header) - len(header.lstrip())
    body: list[str] = []
    for line in lines[with_line:]:
        stripped = line.strip()
        if stripped and len(line) - len(line.lstrip()) <= indent:
            break
        body.append(line)
    while body and not body[-1].strip():
        body.pop()
    return textwrap.dedent("".join(body)).rstrip("\n")
