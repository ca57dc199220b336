"""Options of selection widgets (radio, multiselect, pills, select_slider, ...).

The page is sent the options formatted as text and answers with indices, so
options need not be JSON-able, and two options that format alike stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from streamlit._errors import StreamlitDefaultNotInOptionsError
from streamlit._types import is_dataframe_like

__all__ = ["as_list", "default_indices", "formatted", "index_of"]


def as_list(options: Iterable[Any] | None) -> list[Any]:
    """Options as a list; a DataFrame's are its first column, a dict's its keys."""
    if options is None:
        return []
    if is_dataframe_like(options):
        from streamlit.elements.data import to_pandas

        frame = to_pandas(options)
        return list(frame.iloc[:, 0]) if getattr(frame, "ndim", 2) == 2 else list(frame)
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, dict):
        return list(options.keys())
    return list(options)


def formatted(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def index_of(options: list[Any], value: Any) -> int | None:
    """The index of the first option equal to `value` (numpy-safe), or None."""
    for i, option in enumerate(options):
        if option is value:
            return i
    for i, option in enumerate(options):
        try:
            if bool(option == value):
                return i
        except Exception:  # options such as arrays compare element-wise
            continue
    return None


def default_indices(options: list[Any], default: Any) -> list[int]:
    """Indices of the `default` option(s); Streamlit's error if one is not an option."""
    if default is None:
        return []
    values = as_list(default) if not isinstance(default, (str, bytes)) and _iterable(default) else [default]
    indices = []
    for value in values:
        index = index_of(options, value)
        if index is None:
            raise StreamlitDefaultNotInOptionsError(value)
        indices.append(index)
    return indices


def _iterable(value: Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True
