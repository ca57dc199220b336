"""st.file_uploader, and UploadedFile, which the media inputs return too.

The page sends a widget's files as a list of ``{file_id, name, type, size, data}``
where ``data`` (bytes, transferred, not copied as JSON) comes only the first
time a file is sent; afterwards the page names it by ``file_id`` and the bytes
already here are reused, so removing one of ten files does not resend nine.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import StreamlitAPIException, StreamlitValueError
from streamlit._session_state import SessionState, get_session_state

__all__ = [
    "MAX_UPLOAD_MB",
    "UploadedFile",
    "file_infos",
    "file_uploader",
    "files_value",
    "normalize_types",
    "rewind",
    "upload_limit_mb",
]

_CATEGORIES = ("image", "audio", "video", "text")
_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html"))
MAX_UPLOAD_MB = 200  # Streamlit's server.maxUploadSize


class UploadedFile(io.BytesIO):
    """A file the user picked: a BytesIO with its `name`, MIME `type`, `size` and `file_id`.

    Example:
        >>> f = st.file_uploader("CSV")
        >>> if f is not None:
        ...     st.write(f.name, f.size)
        ...     df = pd.read_csv(f)
    """

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (
            f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
            f"type={self.type!r}, size={self.size!r})"
        )


class _Store:
    """The bytes of the files each widget holds, for the session they belong to."""

    def __init__(self) -> None:
        self.session: SessionState | None = None
        self.files: dict[str, dict[str, bytes]] = {}

    def for_widget(self, widget_id: str) -> dict[str, bytes]:
        session = get_session_state()
        if session is not self.session:
            self.session, self.files = session, {}
        return self.files.setdefault(widget_id, {})


_store = _Store()


def files_value(widget_id: str, ui: Any, allowed: Sequence[str] | None = None) -> list[UploadedFile]:
    """The files the page sent for `widget_id`; forgets the bytes of files it no longer lists."""
    known = _store.for_widget(widget_id)
    files: list[UploadedFile] = []
    kept: dict[str, bytes] = {}
    for entry in ui if isinstance(ui, list) else []:
        if not isinstance(entry, dict):
            continue
        file_id = str(entry.get("file_id", ""))
        data = entry.get("data")
        data = bytes(data) if isinstance(data, (bytes, bytearray, memoryview)) else known.get(file_id)
        if data is None:
            continue  # its bytes never arrived (or belonged to an earlier session)
        name = str(entry.get("name", ""))
        if allowed:
            _check_extension(name, allowed)
        kept[file_id] = data
        files.append(
            UploadedFile(file_id, name, str(entry.get("type") or "application/octet-stream"), data)
        )
    known.clear()
    known.update(kept)
    return files


def file_uploader(
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool | Literal["directory"] = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_upload_size: int | None = None,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
) -> UploadedFile | list[UploadedFile] | None:
    """Display a file picker with a drop zone; returns the picked file(s), or None / [].

    The files never leave the browser: their bytes go from the page to Python
    in this tab. `type` limits the choice (``"csv"``, ``[".png", ".jpg"]``,
    ``"image"``); ``accept_multiple_files="directory"`` picks a whole folder.

    Example:
        >>> f = st.file_uploader("Choose a CSV file", type="csv")
        >>> if f is not None:
        ...     st.dataframe(pd.read_csv(f))
    """
    limit_mb = upload_limit_mb(max_upload_size)
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    width = _widgets.width(width, allow_content=False)
    _widgets.check_writes_allowed(user_key)
    widget_id = _widgets.widget_id(
        "file_uploader",
        user_key,
        key_as_main_identity={"type", "accept_multiple_files", "max_upload_size"},
        max_upload_size=max_upload_size,
        label=label,
        type=type,
        accept_multiple_files=accept_multiple_files,
        help=help,
        width=width,
    )
    allowed = normalize_types(type) if type else None
    many = accept_multiple_files is True or accept_multiple_files == "directory"

    def deserialize(ui: Any) -> UploadedFile | list[UploadedFile] | None:
        files = files_value(widget_id, ui, allowed)
        return files if many else (files[0] if files else None)

    current = _widgets.register(
        widget_id,
        user_key,
        deserialize=deserialize,
        serialize=file_infos,
        on_change=callback,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
    )
    rewind(current)
    active()._enqueue(
        "file_uploader",
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=file_infos(current),
            default=[],
            on_change=on_change,
            type=list(allowed or []),
            accept_multiple_files=accept_multiple_files if many else False,
            max_upload_size=limit_mb,
            width=width,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]


def upload_limit_mb(max_upload_size: object) -> int:
    """The upload limit in MB that `max_upload_size` sets (None: MAX_UPLOAD_MB);
    Streamlit's error if it is not a positive integer."""
    if max_upload_size is None:
        return MAX_UPLOAD_MB
    if isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size <= 0:
        raise StreamlitValueError(
            "max_upload_size",
            ["a positive integer"],
            detail="Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )
    return max_upload_size


def rewind(current: Any) -> None:
    """Each run reads its files from the start, as if they had just arrived (Streamlit
    makes new objects each run; here the same ones come back from session state)."""
    for f in current if isinstance(current, list) else [current]:
        if isinstance(f, UploadedFile):
            f.seek(0)


def file_infos(current: Any) -> list[dict[str, Any]]:
    """What the page shows of the files a widget holds (no bytes)."""
    files = current if isinstance(current, list) else [] if current is None else [current]
    return [
        {"file_id": f.file_id, "name": f.name, "type": f.type, "size": f.size}
        for f in files
        if isinstance(f, UploadedFile)
    ]


def normalize_types(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's normalization: ``"image"`` -> ``"image/*"``, ``"CSV"`` -> ``".csv"``, jpg <-> jpeg."""
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw in entries:
        entry = raw.strip()
        if not entry:
            continue
        if entry.lower() in _CATEGORIES:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            extension = entry.lower()
            extensions.append(extension if extension.startswith(".") else f".{extension}")
    for a, b in _PAIRS:
        if a in extensions and b not in extensions:
            extensions.append(b)
        if b in extensions and a not in extensions:
            extensions.append(a)
    return mime_types + extensions


def _check_extension(name: str, allowed: Sequence[str]) -> None:
    """A file the page let through despite `type=`: Streamlit refuses it the same way."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extensions = [t for t in allowed if t.startswith(".")]
    if any("/" in t for t in allowed) or not extensions:
        return
    if not any(name.lower().endswith(e) for e in extensions):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(name)[1]}`. Allowed: {extensions}"
        )
