"""st.form and st.form_submit_button.

The page holds the values of the widgets inside a form and sends them, with
the submit button's trigger, only when the form is submitted; Python needs no
special case for that. It only knows which widgets are in a form (see
``streamlit._forms``), to refuse what Streamlit refuses there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _forms, _widgets
from streamlit._container import Container, active
from streamlit._errors import (
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from streamlit.widgets.button import FORM_DOCS_INFO, button_props

__all__ = ["form", "form_submit_button"]


def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: _widgets.Width = "stretch",
    height: int | Literal["content", "stretch"] = "content",
) -> Container:
    """Create a form: its widgets send their values together, when it is submitted.

    Example:
        >>> with st.form("profile"):
        ...     name = st.text_input("Name")
        ...     submitted = st.form_submit_button("Save")
        >>> if submitted:
        ...     st.write("Saved", name)
    """
    if _widgets.current_form_id() is not None:
        raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    form_id = str(key)
    _widgets.check_writes_allowed(form_id)
    width = _widgets.width(width, allow_content=True)
    if not (
        height in ("content", "stretch")
        or (isinstance(height, int) and not isinstance(height, bool) and height > 0)
    ):
        raise StreamlitValueError(
            "height", ["a positive integer (pixels)", "'stretch'", "'content'"]
        )
    container = active()
    # Claim the path before registering, so the form knows where it is.
    block = container._enqueue(
        "block",
        {
            "layout": "form",
            "weight": None,
            "gap": None,
            "border": bool(border),
            "form_id": form_id,
            "clear_on_submit": bool(clear_on_submit),
            "enter_to_submit": bool(enter_to_submit),
            "width": width,
            "height": height,
        },
        form_id,
    )
    if not _forms.add(
        _forms.Form(form_id, block._path, bool(clear_on_submit), bool(enter_to_submit))
    ):
        raise StreamlitDuplicateElementKey(form_id)
    return block


def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: _widgets.WidgetCallback | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    key: str | int | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: _widgets.Width = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a form's submit button; returns True in the run its click (or Enter) caused.

    Clicking it sends every widget value the form holds, then runs `on_click`
    (the only callback a form may have) and the script.

    Example:
        >>> with st.form("f"):
        ...     x = st.slider("x")
        ...     if st.form_submit_button("Go"):
        ...         st.write(x)
    """
    form_id = _widgets.current_form_id()
    extra = button_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        use_container_width=use_container_width,
        width=width,
        shortcut=shortcut,
        wrap=wrap,
    )
    user_key = _widgets.to_key(key) or f"FormSubmitter:{form_id or ''}-{label}"
    _widgets.check_writes_allowed(user_key)
    callback = _widgets.callback(on_click, modes=(), param="on_click")
    widget_id = _widgets.widget_id(
        "form_submit_button",
        user_key,
        key_as_main_identity=True,
        label=label,
        icon=icon,
        help=help,
        is_form_submitter=True,
        type=type,
        width=extra["width"],
        icon_position=icon_position,
        shortcut=extra["shortcut"],
    )
    if form_id is None:
        raise StreamlitInvalidLayoutContextError(
            f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
        )
    clicked = _widgets.register(
        widget_id,
        user_key,
        deserialize=bool,
        serialize=bool,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        is_trigger=True,
        form_submitter=True,
    )
    active()._enqueue(
        "form_submit_button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=bool(clicked),
            **extra,
        ),
        widget_id,
    )
    return bool(clicked)
