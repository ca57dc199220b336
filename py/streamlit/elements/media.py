"""Media: images, audio, video, PDFs and the app logo.

Media go to the page as bytes (``{"__bytes__": n}``; the page shows them through
object URLs) or, for http(s) and data URLs, as the URL. A path is read from the
app's folder, the script's working directory. NumPy images are encoded as PNG
and NumPy audio as 16-bit WAV here, so neither needs Pillow.
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
import struct
import wave
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from streamlit import _types
from streamlit._container import Container, active, container_at
from streamlit._errors import (
    StreamlitAPIException,
    StreamlitInvalidURLError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit._time import to_seconds
from streamlit.elements import _sizing

__all__ = ["audio", "image", "image_source", "logo", "pdf", "video"]

Channels = Literal["RGB", "BGR"]
_URL = re.compile(r"^(https?:|data:)", re.IGNORECASE)
_SVG = re.compile(r"^\s*(<\?xml[\s\S]*<svg[\s>]|<svg[\s>])")
# Streamlit serves an app's static/ folder at app/static/.
_STATIC_PREFIX = "app/static/"
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"\x1aE\xdf\xa3", "video/webm"),
]
_TIME_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported "
    "by [Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/"
    'pandas.Timedelta.html), e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)


def image(
    image: Any,
    caption: str | list[str] | None = None,
    width: int | Literal["stretch", "content"] = "content",
    clamp: bool = False,
    channels: Channels = "RGB",
    output_format: Literal["JPEG", "PNG", "GIF", "auto"] = "auto",
    *,
    use_container_width: bool | None = None,
    link: str | None = None,
    use_column_width: Any = None,
    alt: str | Sequence[str | None] | None = None,
) -> Container:
    """Display an image or a list of images (PIL images, NumPy arrays, bytes, paths or URLs).

    Example:
        >>> st.image("sunrise.jpg", caption="Sunrise by the mountains")
        >>> st.image(numpy_rgb_array, width=200)
    """
    if use_container_width is True:
        width = "stretch"
    elif use_container_width is False and not isinstance(width, int):
        width = "content"
    images = _image_list(image)
    captions = _per_image("caption", caption, len(images))
    alts = _per_image("alt", alt, len(images))
    if link and len(images) > 1:
        raise StreamlitAPIException(
            "The `link` parameter is only supported when displaying a single image. "
            f"You passed {len(images)} images."
        )
    props = {
        "images": [
            {**image_source(img, clamp=clamp, channels=channels, output_format=output_format),
             "caption": None if cap is None else str(cap),
             "alt": None if a is None else str(a)}
            for img, cap, a in zip(images, captions, alts)
        ],
        "width": _sizing.width(width, allow_content=True),
        "link": link,
    }
    return active()._enqueue("image", props)


def _image_list(image: Any) -> list[Any]:
    if _types.is_type(image, "numpy.ndarray") and image.ndim == 4:
        return list(image)
    if isinstance(image, (list, tuple)):
        return list(image)
    return [image]


def _per_image(name: str, value: Any, count: int) -> list[Any]:
    if value is None:
        return [None] * count
    if isinstance(value, str):
        values = [value]
    elif _types.is_type(value, "numpy.ndarray"):
        values = value.tolist()
    elif isinstance(value, Sequence):
        values = list(value)
    else:
        values = [str(value)]
    if len(values) != count:
        label = "captions" if name == "caption" else "alt values"
        raise StreamlitAPIException(f"Cannot pair {len(values)} {label} with {count} images.")
    return values


def image_source(
    image: Any,
    *,
    clamp: bool = False,
    channels: Channels = "RGB",
    output_format: str = "auto",
) -> dict[str, Any]:
    """``{"src": bytes or URL, "mime": str | None}`` for anything st.image accepts."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        return _string_source(image, default_mime=None)
    if isinstance(image, (bytes, bytearray, memoryview)):
        data = bytes(image)
        return {"src": data, "mime": _sniff(data, "image/png")}
    if _types.is_type(image, "numpy.ndarray"):
        return {"src": _png(_image_array(image, clamp, channels)), "mime": "image/png"}
    if _types.is_type(image, "PIL.Image"):
        return _pil_source(image, output_format)
    if hasattr(image, "read"):
        data = _read(image)
        return {"src": data, "mime": _sniff(data, "image/png")}
    raise StreamlitAPIException(f"Unrecognized type of image: {type(image).__name__}")


def _string_source(text: str, *, default_mime: str | None) -> dict[str, Any]:
    if _SVG.match(text):
        markup = text if "xmlns" in text else text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
        return {"src": markup.encode(), "mime": "image/svg+xml"}
    path = text[len(_STATIC_PREFIX) :] if text.startswith(_STATIC_PREFIX) else text
    static = os.path.join("static", path) if text.startswith(_STATIC_PREFIX) else path
    for candidate in (static, path):
        if not _URL.match(text) and os.path.isfile(candidate):
            with open(candidate, "rb") as file:
                data = file.read()
            mime = mimetypes.guess_type(candidate)[0] or _sniff(data, default_mime)
            return {"src": data, "mime": mime}
    # A URL, or a path the app does not have: the page loads it as a URL, as Streamlit would.
    return {"src": text, "mime": mimetypes.guess_type(text)[0] or default_mime}


def _read(file: Any) -> bytes:
    if hasattr(file, "getvalue"):
        return bytes(file.getvalue())
    if hasattr(file, "seek"):
        file.seek(0)
    data = file.read()
    return data.encode() if isinstance(data, str) else bytes(data)


def _sniff(data: bytes, default: str | None) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        return {b"WAVE": "audio/wav", b"WEBP": "image/webp", b"AVI ": "video/x-msvideo"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if _SVG.match(data[:512].decode("utf-8", "ignore")):
        return "image/svg+xml"
    return default


def _pil_source(image: Any, output_format: str) -> dict[str, Any]:
    fmt = output_format.upper()
    if fmt == "JPG":
        fmt = "JPEG"
    if fmt == "AUTO":
        if getattr(image, "format", None) == "GIF":
            fmt = "GIF"
        elif image.mode in ("RGBA", "LA", "P") or "transparency" in image.info:
            fmt = "PNG"
        else:
            fmt = "JPEG"
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return {"src": buffer.getvalue(), "mime": f"image/{fmt.lower()}"}


def _image_array(array: Any, clamp: bool, channels: Channels) -> Any:
    import numpy as np

    if array.ndim not in (2, 3):
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if array.ndim == 3 and array.shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {array.shape[-1]}. Shape is {array.shape}"
        )
    if array.ndim == 3 and array.shape[-1] == 1:
        array = array[:, :, 0]
    if np.issubdtype(array.dtype, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.")
        array = array * 255
    elif clamp:
        array = np.clip(array, 0, 255)
    elif np.amin(array) < 0 or np.amax(array) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.")
    if channels == "BGR":
        if array.ndim != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels'
            )
        array = array[:, :, [2, 1, 0]]
    return array.astype(np.uint8)


def _png(array: Any) -> bytes:
    """A PNG of a uint8 array shaped (h, w), (h, w, 3) or (h, w, 4)."""
    import numpy as np

    height, width = array.shape[:2]
    channels = 1 if array.ndim == 2 else array.shape[2]
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    rows = np.zeros((height, 1 + width * channels), dtype=np.uint8)  # filter byte 0 per row
    rows[:, 1:] = np.ascontiguousarray(array).reshape(height, width * channels)

    def chunk(tag: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(tag + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)),
            chunk(b"IEND", b""),
        ]
    )


def audio(
    data: Any,
    format: str = "audio/wav",  # noqa: A002 - Streamlit's parameter name
    start_time: int | float | str | Any = 0,
    *,
    sample_rate: int | None = None,
    end_time: int | float | str | Any | None = None,
    loop: bool = False,
    autoplay: bool = False,
    alt: str | None = None,
    width: Literal["stretch"] | int = "stretch",
) -> Container:
    """Display an audio player: bytes, a path, a URL, or a NumPy array with `sample_rate`.

    Example:
        >>> st.audio("cat-purr.mp3", format="audio/mpeg", loop=True)
        >>> st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=44100)
    """
    start, end = _times(start_time, end_time)
    is_array = _types.is_type(data, "numpy.ndarray")
    if is_array and sample_rate is None:
        raise StreamlitMissingRequiredParameterError(
            "sample_rate", detail="Must be specified when `data` is a numpy array."
        )
    source = (
        {"src": _wav(data, sample_rate), "mime": "audio/wav"}
        if is_array
        else _media_source(data, format)
    )
    props = {
        **source,
        "start_time": start,
        "end_time": end,
        "loop": bool(loop),
        "autoplay": bool(autoplay),
        "alt": alt,
        "width": _sizing.width(width),
    }
    return active()._enqueue("audio", props)


def video(
    data: Any,
    format: str = "video/mp4",  # noqa: A002
    start_time: int | float | str | Any = 0,
    *,
    subtitles: Any = None,
    end_time: int | float | str | Any | None = None,
    loop: bool = False,
    autoplay: bool = False,
    muted: bool = False,
    alt: str | None = None,
    width: Literal["stretch"] | int = "stretch",
) -> Container:
    """Display a video player: bytes, a path or a URL; YouTube URLs are embedded.

    Example:
        >>> st.video("star.mp4", start_time=2, muted=True, autoplay=True)
    """
    start, end = _times(start_time, end_time)
    source = _media_source(data, format)
    if isinstance(source["src"], str):
        source["src"] = _youtube_embed(source["src"]) or source["src"]
    props = {
        **source,
        "start_time": start,
        "end_time": end,
        "loop": bool(loop),
        "autoplay": bool(autoplay),
        "muted": bool(muted),
        "alt": alt,
        "subtitles": _subtitles(subtitles),
        "width": _sizing.width(width),
    }
    return active()._enqueue("video", props)


def _media_source(data: Any, format: str) -> dict[str, Any]:  # noqa: A002
    if data is None:
        raise StreamlitAPIException("Invalid binary data format: NoneType")
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        return _string_source(data, default_mime=format)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return {"src": bytes(data), "mime": format}
    if _types.is_type(data, "numpy.ndarray"):
        return {"src": data.tobytes(), "mime": format}
    if hasattr(data, "read"):
        return {"src": _read(data), "mime": format}
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def _wav(data: Any, sample_rate: int | None) -> bytes:
    import numpy as np

    samples = np.array(data, dtype=float)
    if samples.ndim == 1:
        channels = 1
    elif samples.ndim == 2:
        # A row per channel; WAV interleaves them.
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    scaled = (samples / peak * 32767 if peak else samples).astype(np.int16)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setframerate(int(sample_rate or 0))
        out.setsampwidth(2)
        out.writeframes(scaled.tobytes())
    return buffer.getvalue()


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    try:
        start = int(to_seconds(start_time))
    except ValueError:
        raise StreamlitAPIException(_TIME_ERROR.format(name="start_time", value=start_time)) from None
    if end_time is None:
        return start, None
    try:
        return start, int(to_seconds(end_time))
    except ValueError:
        raise StreamlitAPIException(_TIME_ERROR.format(name="end_time", value=end_time)) from None


def _youtube_embed(url: str) -> str | None:
    match = re.match(
        r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([\w-]{11})",
        url,
    )
    return f"https://www.youtube.com/embed/{match.group(1)}" if match else None


def _subtitles(subtitles: Any) -> list[dict[str, Any]]:
    if subtitles is None:
        return []
    tracks = subtitles if isinstance(subtitles, dict) else {"default": subtitles}
    return [{"label": str(label), "src": _vtt(data)} for label, data in tracks.items()]


def _vtt(data: Any) -> bytes:
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        if os.path.isfile(data):
            with open(data, "rb") as file:
                data = file.read()
        else:
            data = data.encode()
    elif hasattr(data, "read"):
        data = _read(data)
    text = bytes(data).decode("utf-8-sig").strip()
    if not text.startswith("WEBVTT"):
        # SRT: the same cues, with commas in the timestamps and numbered.
        text = "WEBVTT\n\n" + re.sub(r"(\d\d:\d\d:\d\d),(\d\d\d)", r"\1.\2", text)
    return text.encode()


def pdf(
    data: Any,
    *,
    height: int | Literal["stretch"] = 500,
    key: str | None = None,
    alt: str | None = None,
) -> Container:
    """Display a PDF: bytes, a file, a path or a URL.

    Example:
        >>> st.pdf("report.pdf", height=600)
    """
    source = _media_source(data, "application/pdf")
    props = {**source, "height": _sizing.height(height), "alt": alt, "key": key}
    return active()._enqueue("pdf", props)


def logo(
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show a logo in the top-left corner of the app (and of the sidebar).

    Example:
        >>> st.logo("logo.png", link="https://streamlit.io", icon_image="icon.png")
    """
    sizes = ("small", "medium", "large")
    if not isinstance(size, str) or size.lower() not in sizes:
        raise StreamlitValueError("size", [f"'{s}'" for s in sizes])
    if link and not re.match(r"^https?://", link):
        raise StreamlitInvalidURLError(link)
    props = {
        "image": _logo_source(image, "image"),
        "icon_image": None if icon_image is None else _logo_source(icon_image, "icon_image"),
        "size": size.lower(),
        "link": link,
    }
    container_at("event")._enqueue("logo", props)


def _logo_source(image: Any, name: str) -> dict[str, Any]:
    try:
        return image_source(image)
    except Exception as exc:
        raise StreamlitAPIException(
            f"The value passed to `{name}` is invalid: it must be an image (a path, a URL, "
            "bytes, a PIL image or a NumPy array)."
        ) from exc
