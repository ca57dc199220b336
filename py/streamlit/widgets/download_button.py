"""st.download_button: the page saves the bytes as a file, with no server involved."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Iterable
from typing import Any, Literal

from streamlit import _container, _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException, StreamlitInvalidLayoutContextError
from streamlit._types import is_dataframe_like
from streamlit.widgets.button import FORM_DOCS_INFO, button_props

__all__ = ["deferred_file", "download_button"]

DownloadButtonDataType = (
    str | bytes | io.TextIOWrapper | io.BytesIO | io.BufferedReader | io.RawIOBase | Callable[[], Any]
)


def download_button(
    label: str,
    data: DownloadButtonDataType,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_click: _widgets.WidgetCallback | Literal["rerun", "ignore"] | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: _widgets.Width = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that saves `data` as a file; returns True in the run after a click.

    `data` is text (saved as UTF-8), bytes, a file-like object, or a function
    returning one of those. ``on_click="ignore"`` downloads without a rerun.

    Example:
        >>> st.download_button("Save CSV", df.to_csv(index=False), "data.csv", "text/csv")
    """
    extra = button_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        use_container_width=use_container_width,
        width=width,
        shortcut=shortcut,
        wrap=wrap,
    )
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_click, param="on_click")
    _widgets.check_writes_allowed(user_key)
    widget_id = _widgets.widget_id(
        "download_button",
        user_key,
        key_as_main_identity=True,
        label=label,
        icon=icon,
        file_name=file_name,
        mime=mime,
        help=help,
        type=type,
        width=extra["width"],
        icon_position=icon_position,
        shortcut=extra["shortcut"],
    )
    if _widgets.current_form_id() is not None:
        raise StreamlitInvalidLayoutContextError(
            f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}"
        )
    deferred = callable(data)
    if deferred:
        # As in Streamlit, it runs when the button is clicked: the page asks for the bytes then.
        _deferred[widget_id] = (data, file_name, mime)
        content = None
    else:
        _deferred.pop(widget_id, None)
        content, file_name, mime = _file(data, file_name, mime)
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
    )
    active()._enqueue(
        "download_button",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility="visible",
            value=bool(clicked),
            on_change=on_click,
            data=content,
            deferred=deferred and not disabled,
            file_name=file_name,
            mime=mime,
            **extra,
        ),
        widget_id,
    )
    return bool(clicked)


# Widget id -> a callable `data` with the file name and MIME type given beside it.
_deferred: dict[str, tuple[Callable[[], Any], str | None, str | None]] = {}


def deferred_file(widget_id: str) -> tuple[bytes, str, str]:
    """Run the `data` callable of a clicked download button: its bytes, file name and MIME type.

    Streamlit commands inside the callable are ignored, as in Streamlit.
    """
    if widget_id not in _deferred:
        raise StreamlitAPIException("This download is no longer available. Rerun the app and try again.")
    make, file_name, mime = _deferred[widget_id]
    page = _container.current_page()
    _container.begin(_container.Page(page.run_id, None))  # a page that sends nothing
    try:
        data = make()
    finally:
        _container.begin(page)
    return _file(data, file_name, mime)


def _file(data: Any, file_name: str | None, mime: str | None) -> tuple[bytes, str, str]:
    """The bytes to save, the file name and the MIME type, as Streamlit infers them."""
    name = getattr(data, "name", None) if not isinstance(data, (str, bytes)) else None
    if isinstance(name, str) and name:
        file_name = file_name or os.path.basename(name)
        mime = mime or mimetypes.guess_type(file_name)[0]
    content, inferred = _to_bytes(data)
    mime = mime or inferred
    if not file_name:
        file_name = "download" + (mimetypes.guess_extension(mime) or "")
    return content, file_name, mime


def _to_bytes(data: Any) -> tuple[bytes, str]:
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, io.TextIOBase):
        return data.read().encode(), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if isinstance(data, io.BytesIO):
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    if is_dataframe_like(data):
        # Streamlit asks for `df.to_csv()`; Headwater also takes the frame itself.
        from streamlit.elements.data import to_pandas

        return to_pandas(data).to_csv(index=False).encode(), "text/csv"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")
