"""Options of selection widgets (radio, multiselect, pills, select_slider, ...).

The page is sent the options formatted as text and answers with indices, so
options need not be JSON-able, and two options that format alike stay apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from streamlit._errors import (
    StreamlitDefaultNotInOptionsError,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from streamlit._types import is_dataframe_like

__all__ = [
    "FilterMode",
    "as_list",
    "check_filter_mode",
    "default_indices",
    "formatted",
    "index_of",
    "placeholder",
]

FilterMode = Literal["fuzzy", "contains", "prefix"] | None
_FILTER_MODES = ("fuzzy", "contains", "prefix", None)


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


def check_filter_mode(filter_mode: object, accept_new_options: object) -> None:
    """Streamlit's errors for a `filter_mode` it does not know, or None with new options."""
    if filter_mode not in _FILTER_MODES:
        raise StreamlitValueError("filter_mode", ["fuzzy", "contains", "prefix", "None"])
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None",
            "accept_new_options=True",
            explanation=(
                "`filter_mode` cannot be `None` when `accept_new_options=True`. "
                "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`."
            ),
        )


def placeholder(given: str | None, opts: list[Any], accept_new_options: object, noun: str) -> str:
    """Streamlit's page's placeholder for `given`: None picks one from the options and
    accept_new_options, naming `noun` ("an option" for selectbox, "options" for multiselect)."""
    if given is not None:
        return given or " "  # "" asks for no placeholder, not the default one
    if not opts:
        return f"Add {noun}" if accept_new_options else "No options to select"
    return f"Choose or add {noun}" if accept_new_options else f"Choose {noun}"


def _iterable(value: Any) -> bool:
    try:
        iter(value)
    except TypeError:
        return False
    return True
