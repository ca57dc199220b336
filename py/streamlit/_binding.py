"""``bind="query-params"`` and ``persist_state``: widget values that live in the
address or outlive the widget, as in Streamlit 1.67.

A bound widget's value is the query parameter named by its key, written as
Streamlit writes it: ``?size=5``, ``?range=2&range=8``, ``?dark=true``,
``?day=2024-05-01``, ``?color=%23ff0000``, an option by its label. The address
decides the value when the widget is first drawn and after the visitor
navigates (Back/Forward, a link); from then on the widget writes it: after each
registration the parameter holds the value, or is absent while the value is the
default. A value the widget cannot take leaves it at its default and is dropped
from the address. The script may not set or delete a bound parameter.

A keyed widget that a complete run does not draw loses its value, unless it has
``persist_state="session"``, or ``"page"`` while the visitor stays on its page,
or is bound: then the value waits under its key (readable in
``st.session_state``) and the widget takes it back when drawn again. A hidden
bound widget's parameter leaves the address until it is drawn again.

Each ``UrlFormat`` converts between the URL's text and the *page value* (what the
widget's serializer gives and its deserializer takes), so the widget's own
deserializer validates what the address says. The page writes a visitor's change
to the address at once, as Streamlit's page does, even one that no run takes yet
(held by a form, or ``on_change="ignore"``): a bound widget's ``bind`` prop
(``page_props``) tells it how.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Literal

from streamlit import _pages, _query_params
from streamlit._session_state import SessionState, get_session_state

__all__ = [
    "UrlFormat",
    "begin_run",
    "bind_prop",
    "choice",
    "choices",
    "feedback",
    "finish_run",
    "flag",
    "integer",
    "number",
    "page_props",
    "prepare",
    "register",
    "slider",
    "slider_choices",
    "strings",
    "tab",
    "text",
]

UrlText = str | list[str]
PersistScope = Literal["page", "session"]
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_TIME_DAY = date(2000, 1, 1)  # slider times travel on this day (see widgets/slider.py)


@dataclass(frozen=True)
class UrlFormat:
    """How one widget's page value reads and writes its query parameter."""

    # page value -> the parameter's text (a list: the key repeated)
    to_url: Callable[[Any], UrlText]
    # the parameter's text -> page value; raises ValueError for text the widget cannot take
    from_url: Callable[[UrlText], Any]
    # whether "?key=" (empty) is a value (a cleared widget) rather than an invalid one
    clearable: bool = False
    # how the page writes the text itself (web/elements/bound-query.js): "text" is String(value)
    page_kind: Literal["text", "flag", "labels", "slider", "feedback"] = "text"


def _last(text: UrlText) -> str:
    return text[-1] if isinstance(text, list) else text


def _parts(text: UrlText) -> list[str]:
    """The repeated values, without empty ones ("" is reserved for "cleared")."""
    return [part for part in (text if isinstance(text, list) else [text]) if part != ""]


def _number_text(value: Any) -> str:
    # As the page writes numbers: 5.0 -> "5".
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


def _read_bool(text: UrlText) -> bool:
    lowered = _last(text).lower()
    if lowered not in ("true", "false"):
        raise ValueError(f"Invalid boolean value: {_last(text)}")
    return lowered == "true"


def flag() -> UrlFormat:
    """checkbox, toggle, expander: ``true`` / ``false``."""
    return UrlFormat(lambda value: "true" if value else "false", _read_bool, page_kind="flag")


def number(*, clearable: bool) -> UrlFormat:
    """number_input: the number (``5``, ``2.5``); empty for a cleared one."""
    return UrlFormat(
        lambda value: "" if value is None else _number_text(value),
        lambda text: None if _last(text) == "" else float(_last(text)),
        clearable,
    )


def integer() -> UrlFormat:
    """pagination: the whole number (``3``)."""
    return UrlFormat(str, lambda text: int(_last(text)))


def text(*, clearable: bool = True) -> UrlFormat:
    """text_input, text_area, color_picker, time_input: the text itself."""
    return UrlFormat(
        lambda value: "" if value is None else str(value),
        lambda url: _last(url),
        clearable,
    )


def _option_index(labels: Sequence[str], label: str) -> int:
    if label not in labels:
        raise ValueError(f"{label!r} is not an option")
    return list(labels).index(label)


def choice(labels: Sequence[str], *, clearable: bool, new_options: bool = False) -> UrlFormat:
    """selectbox, radio (page value: an option's index, or with `new_options` typed text): the label."""

    def to_url(index: Any) -> str:
        if isinstance(index, str):
            return index
        return labels[index] if isinstance(index, int) and 0 <= index < len(labels) else ""

    def from_url(url: UrlText) -> int | str:
        label = _last(url)
        return label if new_options and label not in labels else _option_index(labels, label)

    return UrlFormat(to_url, from_url, clearable, "labels")


def tab(labels: Sequence[str]) -> UrlFormat:
    """tabs (page value: the open tab's label): the label."""

    def from_url(url: UrlText) -> str:
        _option_index(labels, _last(url))
        return _last(url)

    return UrlFormat(str, from_url)


def choices(labels: Sequence[str], *, max_count: int | None = None, new_options: bool = False) -> UrlFormat:
    """multiselect, pills, segmented_control (page value: a list of indices): each label, repeated.

    Labels that are not options are left out (kept as typed with `new_options`),
    repeats dropped, and at most `max_count` kept; an address naming no option
    at all is invalid.
    """

    def to_url(items: Any) -> UrlText:
        texts = [labels[i] if isinstance(i, int) else str(i) for i in items or []]
        return texts or ""

    def from_url(url: UrlText) -> list[int | str]:
        parts = _parts(url)
        picked: list[int | str] = []
        for part in parts:
            item: int | str = list(labels).index(part) if part in labels else part
            if (isinstance(item, str) and not new_options) or item in picked:
                continue
            picked.append(item)
        if parts and not picked:
            raise ValueError("no option in the address")
        return picked[:max_count] if max_count else picked

    return UrlFormat(to_url, from_url, clearable=True, page_kind="labels")


def slider_choices(labels: Sequence[str]) -> UrlFormat:
    """select_slider (page value: an index, or two): the labels, repeated for a range."""

    def to_url(indices: Any) -> UrlText:
        texts = [labels[i] for i in (indices if isinstance(indices, list) else [indices])]
        return texts if isinstance(indices, list) else texts[0]

    return UrlFormat(to_url, lambda url: [_option_index(labels, part) for part in _parts(url)], page_kind="labels")


def _micros(moment: datetime) -> int:
    delta = moment.replace(tzinfo=timezone.utc) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _iso_micros(part: str) -> int:
    """``2024-05-01``, ``09:30``, ``2024-05-01T09:30`` -> microseconds, as the slider's values travel."""
    if "T" in part:
        moment = datetime.fromisoformat(part)
    elif "-" in part:
        moment = datetime.combine(date.fromisoformat(part), time())
    elif ":" in part:
        moment = datetime.combine(_TIME_DAY, time.fromisoformat(part))
    else:
        raise ValueError(f"not a number or an ISO date/time: {part}")
    if moment.tzinfo is not None:
        raise ValueError(f"a time zone is not allowed: {part}")
    return _micros(moment)


def _iso_text(micros: float, data_type: str) -> str:
    moment = (_EPOCH + timedelta(microseconds=int(micros))).replace(microsecond=0)
    if data_type == "date":
        return moment.date().isoformat()
    clock = moment.time().isoformat()
    clock = clock[:5] if clock.endswith(":00") else clock
    return clock if data_type == "time" else f"{moment.date().isoformat()}T{clock}"


def slider(data_type: str) -> UrlFormat:
    """slider (page value: a number, or two; dates as microseconds): ``5``, ``2024-05-01``, repeated for a range."""

    def one(value: float) -> str:
        return _iso_text(value, data_type) if data_type in ("date", "time", "datetime") else _number_text(value)

    def to_url(values: Any) -> UrlText:
        return [one(v) for v in values] if isinstance(values, list) else one(values)

    def read(part: str) -> float:
        try:
            return float(part)
        except ValueError:
            return _iso_micros(part)

    return UrlFormat(to_url, lambda url: [read(part) for part in _parts(url)], page_kind="slider")


def strings(*, clearable: bool) -> UrlFormat:
    """date_input, datetime_input (page value: a list of ISO strings): each one, repeated."""
    return UrlFormat(lambda values: list(values) if values else "", _parts, clearable)


def feedback() -> UrlFormat:
    """feedback (page value: the index, -1 when cleared): the index."""
    return UrlFormat(
        lambda index: "" if index is None or index < 0 else str(index),
        lambda url: -1 if _last(url) == "" else int(_last(url)),
        clearable=True,
        page_kind="feedback",
    )


# -- the session's bookkeeping ----------------------------------------------------------


@dataclass
class _Rule:
    user_key: str
    bound: bool
    persist: PersistScope | None
    page: str  # where it was last drawn


@dataclass
class _Tracker:
    state: SessionState
    params: _query_params.QueryParams
    rules: dict[str, _Rule] = field(default_factory=dict)
    # Bound widget id -> its `bind` prop (see page_props).
    page_bindings: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Kept values of "page"-scoped widgets: key -> the page they belong to.
    kept_on_page: dict[str, str] = field(default_factory=dict)
    # The address when this run started, and whether the visitor had just navigated to it.
    at_start: dict[str, UrlText] = field(default_factory=dict)
    page_reports: int = 0
    navigated: bool = False
    same_page: bool = False
    url_page: str | None = None


_tracker: _Tracker | None = None


def _current() -> _Tracker:
    """The tracker of this session (a new session state or address means a new session)."""
    global _tracker
    state, params = get_session_state(), _query_params.current()
    if _tracker is None or _tracker.state is not state or _tracker.params is not params:
        _tracker = _Tracker(state, params, page_reports=params.page_reports)
    return _tracker


def _page() -> str:
    """The URL path of the page running now ("" for the default page)."""
    navigator = _pages.current()
    return "" if navigator is None else navigator.page


def begin_run() -> None:
    """A run starts: note the address it starts from, and whether the visitor just navigated to it."""
    tracker = _current()
    navigator = _pages.current()
    url_page = "" if navigator is None else navigator.url_page
    reports = tracker.params.page_reports
    tracker.navigated = reports != tracker.page_reports
    tracker.same_page = url_page == tracker.url_page
    tracker.page_reports, tracker.url_page = reports, url_page
    tracker.at_start = tracker.params.raw()


def prepare(
    widget_id: str,
    user_key: str | None,
    *,
    bind: str | None,
    persist_state: PersistScope | None,
    url: UrlFormat | None,
    deserialize: Callable[[Any], Any],
) -> None:
    """Before a keyed widget registers: drop a value kept on another page; seed a bound one from the address."""
    if user_key is None:
        return
    tracker = _current()
    origin = tracker.kept_on_page.pop(user_key, None)
    if origin is not None and origin != _page() and bind is None:
        tracker.state.drop_kept_value(user_key)
    if bind is not None and url is not None:
        _seed(tracker, widget_id, user_key, url, deserialize)


def _seed(
    tracker: _Tracker, widget_id: str, user_key: str, url: UrlFormat, deserialize: Callable[[Any], Any]
) -> None:
    """Take a bound widget's value from the address, where the address decides.

    It decides when the widget is first drawn and after the visitor navigated
    (over a change the page sent: Back/Forward restores what the address says).
    After navigating on the same page a missing parameter means the default.
    """
    state = tracker.state
    if not tracker.navigated and (state.has_page_value(widget_id) or state.has_earlier_value(widget_id)):
        return
    if tracker.navigated:
        state.discard_page_value(widget_id)
    default = deserialize(None)
    raw = tracker.at_start.get(user_key)
    value = default  # also for a value the widget cannot take: register() then drops the parameter
    if raw is not None and (url.clearable or not _is_empty(raw)):
        with contextlib.suppress(ValueError, TypeError, IndexError, OverflowError):
            value = deserialize(url.from_url(raw))
    back_on_same_page = tracker.navigated and tracker.same_page and state.has_earlier_value(widget_id)
    if back_on_same_page or (raw is not None and not _equal(value, default)):
        state.seed_widget_value(widget_id, user_key, value)


def register(
    widget_id: str,
    user_key: str | None,
    *,
    bind: str | None,
    persist_state: PersistScope | None,
    url: UrlFormat | None,
    value: Any,
    serialize: Callable[[Any], Any],
    deserialize: Callable[[Any], Any],
) -> None:
    """After a keyed widget registers: remember how its value is kept, and write a bound one to the address."""
    if user_key is None:
        return
    tracker = _current()
    bound = bind is not None and url is not None
    if not bound:
        tracker.page_bindings.pop(widget_id, None)
    if not bound and persist_state is None:
        tracker.rules.pop(widget_id, None)
        if tracker.params.bound_widgets().get(user_key) == widget_id:
            tracker.params.unbind(user_key)
        return
    tracker.rules[widget_id] = _Rule(user_key, bound, persist_state, _page())
    if not bound or url is None:
        return
    tracker.params.bind(user_key, widget_id)
    default = deserialize(None)
    written = None if _equal(value, default) else url.to_url(serialize(value))
    tracker.params.write_bound(user_key, written)
    tracker.page_bindings[widget_id] = {"key": user_key, "kind": url.page_kind, "default": serialize(default)}


def page_props(widget_id: str) -> dict[str, Any] | None:
    """The bound widget's ``bind`` prop: ``{key, kind, default}``, the page's half of its format."""
    return _current().page_bindings.get(widget_id)


def bind_prop(widget_id: str) -> dict[str, Any]:
    """``{"bind": page_props(...)}`` for a bound widget, else nothing: for props built without ``_widgets.props``."""
    props = page_props(widget_id)
    return {} if props is None else {"bind": props}


def finish_run(*, complete: bool) -> None:
    """After a run: a complete one lets hidden widgets keep their values (or not), and unbinds hidden bound ones.

    Call before ``SessionState.on_script_finished``, which drops the values of hidden widgets.
    """
    if not complete:
        return
    tracker = _current()
    state, page = tracker.state, _page()
    drawn, drawn_keys = state.widget_ids_this_run, state.user_keys_this_run
    for key, widget_id in tracker.params.bound_widgets().items():
        if widget_id not in drawn:
            tracker.params.unbind(key)
    tracker.page_bindings = {w: props for w, props in tracker.page_bindings.items() if w in drawn}
    for key, origin in list(tracker.kept_on_page.items()):
        if origin != page:
            state.drop_kept_value(key)
            del tracker.kept_on_page[key]
    kept = []
    for widget_id, rule in list(tracker.rules.items()):
        if widget_id in drawn:
            continue
        if rule.user_key in drawn_keys:
            pass  # the key moved to another widget (its arguments changed): nothing to keep
        elif rule.bound or rule.persist == "session":
            kept.append(widget_id)
        elif rule.persist == "page" and rule.page == page:
            kept.append(widget_id)
            tracker.kept_on_page[rule.user_key] = page
        del tracker.rules[widget_id]  # it registers again when drawn
    state.keep_hidden_values(kept)


def _is_empty(raw: UrlText) -> bool:
    return all(part == "" for part in raw) if isinstance(raw, list) else raw == ""


def _equal(a: Any, b: Any) -> bool:
    with contextlib.suppress(Exception):  # values such as arrays compare element-wise
        return bool(a == b)
    return False
