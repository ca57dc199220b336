"""st.text_input."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any, Literal, NamedTuple

from streamlit import _binding, _pages, _time, _widgets
from streamlit._container import active
from streamlit._errors import (
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from streamlit._session_state import get_session_state

__all__ = ["text_input"]

TextInputType = Literal["default", "password", "email", "url", "phone", "search"]


class _TypeDefaults(NamedTuple):
    """What a `type` fills in for an `icon`, `placeholder`, `validate` or `autocomplete` left as None."""

    icon: str | None
    placeholder: str | None
    validate: tuple[str, str] | None
    autocomplete: str


# Streamlit's rules: JavaScript regular expressions, which the page compiles with the "us" flags.
_EMAIL = (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")
_URL = (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")
_TYPES: dict[str, _TypeDefaults] = {
    "default": _TypeDefaults(None, None, None, ""),
    "password": _TypeDefaults(None, None, None, "new-password"),
    "email": _TypeDefaults(":material/mail:", "you@example.com", _EMAIL, "email"),
    "url": _TypeDefaults(":material/link:", "https://example.com", _URL, "url"),
    "phone": _TypeDefaults(":material/call:", "+1 234 567 8900", None, "tel"),
    "search": _TypeDefaults(":material/search:", "Search", None, "off"),
}
_LIVE_PAUSE_MS = 250  # live=True
_LIVE_MAX_MS = 60_000


def _validate_rule(validate: object) -> tuple[str | None, str | None]:
    """`validate` as (regex, message): a string is a regex shown with a generic message."""
    if validate is None or isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(item, str) for item in validate):
            return validate
        raise StreamlitValueError("validate", ["a regex string", "a (regex, message) tuple of strings"])
    raise StreamlitInvalidParameterTypeError("validate", type(validate).__name__, ["None", "str", "tuple"])


def _live_pause_ms(live: object) -> int | None:
    """`live` as the typing pause after which the page commits, in ms (None: off; 0: every change)."""
    if live is False:
        return None
    if live is True:
        return _LIVE_PAUSE_MS
    if isinstance(live, (int, float, datetime.timedelta)):
        raise StreamlitInvalidParameterTypeError(
            "live",
            type(live).__name__,
            ["bool", "str"],
            detail=(
                "A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration "
                "string like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not "
                "seconds); duration units must be explicit."
            ),
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError("live", type(live).__name__, ["bool", "str"])
    seconds = _duration(live)
    pause = round(seconds * 1000.0)
    if seconds > 0 and pause == 0:
        pause = 1  # a positive pause never becomes "every change"
    if seconds < 0 or pause > _LIVE_MAX_MS:
        raise StreamlitValueOutOfRangeError(
            "live",
            live,
            "0ms",
            "1m",
            detail=(
                "Use `True` for the 250ms default, `'0ms'` to commit on every change, or a duration string "
                "up to `'1m'`."
            ),
        )
    return pause


def _duration(text: str) -> float:
    try:
        return _time.to_seconds(text)
    except ValueError:
        if text.strip().lstrip("+-").replace(".", "", 1).isdigit() and float(text) == 0:
            return 0.0  # "0": a zero needs no unit
        raise _time.bad_duration(text) from None


def text_input(
    label: str,
    value: object = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: TextInputType = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    icon: str | None = None,
    validate: str | tuple[str, str] | None = None,
    live: str | bool = False,
    width: _widgets.Width = "stretch",
    bind: _widgets.BindOption = None,
    persist_state: _widgets.PersistStateOption = None,
) -> str | None:
    """Display a single-line text input; returns its text (None if `value` is None and empty).

    Example:
        >>> name = st.text_input("Your name", "Ada")
    """
    type_defaults = _TYPES.get(type)
    if type_defaults is None:
        raise StreamlitValueError("type", [repr(t) for t in _TYPES])
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    live_ms = _live_pause_ms(live)
    _widgets.check_state_options(user_key, bind, persist_state)
    if bind == "query-params" and type == "password":
        raise StreamlitIncompatibleParametersError(
            "bind='query-params'", "type='password'", explanation="Password values must not appear in URLs."
        )
    width = _widgets.width(width, allow_content=False)
    default = None if value is None else str(value)
    rule = _validate_rule(validate)
    widget_id = _widgets.widget_id(
        "text_input",
        user_key,
        # A new max_chars or rule may make the kept text invalid; the rule's message is cosmetic.
        key_as_main_identity={"max_chars", "validate"},
        label=label,
        value=default,
        max_chars=max_chars,
        type=type,
        help=help,
        autocomplete=autocomplete,
        placeholder=str(placeholder),
        icon=icon,
        width=width,
        live=live_ms,
        validate=rule[0],
        required=required,
    )
    # A None left for the type to fill in; "" turns the feature off.
    icon = _pages.icon_or_emoji(type_defaults.icon if icon is None else icon)
    placeholder = type_defaults.placeholder if placeholder is None else placeholder
    regex, message = rule if validate is not None else (type_defaults.validate or rule)
    state = get_session_state()
    if user_key is not None and user_key in state and state[user_key] is None:
        default = None

    def deserialize(ui: Any) -> str | None:
        text = default if ui is None else str(ui)
        return text[:max_chars] if text is not None and max_chars is not None else text

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=lambda v: v,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        bind=bind,
        persist_state=persist_state,
        url=_binding.text(),
    )
    active()._enqueue(
        "text_input",
        _widgets.props(
            label,
            bind=_binding.page_props(widget_id),
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=current,
            on_change=on_change,
            default=default,
            max_chars=max_chars,
            type=type,
            placeholder=placeholder,
            autocomplete=type_defaults.autocomplete if autocomplete is None else autocomplete,
            required=bool(required),
            icon=icon,
            validate_regex=regex or None,
            validate_message=message,
            live_ms=live_ms,
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
