"""st.camera_input and st.audio_input: the page records with getUserMedia and
sends the result as one file (a JPEG photo, a WAV recording); see file_uploader."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from streamlit import _widgets
from streamlit._container import active
from streamlit._errors import StreamlitValueError
from streamlit.widgets.file_uploader import UploadedFile, file_infos, files_value, rewind

__all__ = ["audio_input", "camera_input", "check_sample_rate"]

_RESOLUTION_HEIGHTS = {"480p": 480, "720p": 720, "1080p": 1080}
_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


def camera_input(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    resolution: Literal["480p", "720p", "1080p"] | None = None,
    width: Literal["stretch"] | int = "stretch",
) -> UploadedFile | None:
    """Display the camera with a button to take a photo; returns it as a JPEG file, or None.

    Example:
        >>> picture = st.camera_input("Take a picture")
        >>> if picture:
        ...     st.image(picture)
    """
    if resolution is not None and resolution not in _RESOLUTION_HEIGHTS:
        raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
    return _media_input(
        "camera_input", label, key, help, on_change, args, kwargs, disabled,
        label_visibility, width, resolution=resolution,
        resolution_height=_RESOLUTION_HEIGHTS.get(resolution or ""),
    )  # fmt: skip


def audio_input(
    label: str,
    *,
    sample_rate: int | None = 16000,
    key: str | int | None = None,
    help: str | None = None,
    on_change: _widgets.WidgetCallback | _widgets.OnChangeMode | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: _widgets.LabelVisibility = "visible",
    width: Literal["stretch"] | int = "stretch",
) -> UploadedFile | None:
    """Display a microphone recorder; returns the recording as a WAV file, or None.

    `sample_rate` is the WAV's rate in Hz (16000 by default; None keeps the
    microphone's own rate).

    Example:
        >>> audio = st.audio_input("Record a voice message")
        >>> if audio:
        ...     st.audio(audio)
    """
    check_sample_rate("sample_rate", sample_rate)
    return _media_input(
        "audio_input", label, key, help, on_change, args, kwargs, disabled,
        label_visibility, width, sample_rate=sample_rate,
    )  # fmt: skip


def check_sample_rate(parameter: str, sample_rate: object) -> None:
    """Streamlit's error for a recording rate (named `parameter`) it does not offer; None is allowed."""
    if sample_rate is not None and sample_rate not in _SAMPLE_RATES:
        raise StreamlitValueError(parameter, [str(rate) for rate in _SAMPLE_RATES] + ["None"])


def _media_input(
    kind: str,
    label: str,
    key: str | int | None,
    help: str | None,
    on_change: Any,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    label_visibility: _widgets.LabelVisibility,
    width: Any,
    **identity: Any,
) -> UploadedFile | None:
    user_key = _widgets.to_key(key)
    callback = _widgets.callback(on_change)
    width = _widgets.width(width, allow_content=False)
    _widgets.check_writes_allowed(user_key)
    resolution_height = identity.pop("resolution_height", None)
    widget_id = _widgets.widget_id(
        kind, user_key, key_as_main_identity=True, label=label, help=help, width=width, **identity
    )

    def deserialize(ui: Any) -> UploadedFile | None:
        files = files_value(widget_id, ui)
        return files[0] if files else None

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
    extra = {"resolution_height": resolution_height} if kind == "camera_input" else identity
    active()._enqueue(
        kind,
        _widgets.props(
            label,
            help=help,
            disabled=disabled,
            label_visibility=label_visibility,
            value=file_infos(current),
            default=[],
            on_change=on_change,
            width=width,
            **extra,
        ),
        widget_id,
    )
    return current  # type: ignore[no-any-return]
