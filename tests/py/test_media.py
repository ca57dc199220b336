"""Media: images (NumPy, bytes, paths, URLs, SVG), audio (NumPy → WAV), video, PDF and the logo."""

from __future__ import annotations

import io
import struct
import wave
import zlib

import pytest

PNG = b"\x89PNG\r\n\x1a\n"


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, color type, raw scanlines) of a PNG written by the shim."""
    assert data.startswith(PNG)
    chunks, pos = {}, len(PNG)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(tag + body) & 0xFFFFFFFF
        chunks[tag] = chunks.get(tag, b"") + body
        pos += 12 + length
    width, height, depth, color, *_ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert depth == 8
    return width, height, color, zlib.decompress(chunks[b"IDAT"])


def test_numpy_images_become_pngs(run_app):
    app = run_app("""
        import numpy as np
        import streamlit as st
        rgb = np.zeros((2, 3, 3), dtype=np.uint8)
        rgb[0, 0] = (255, 0, 0)
        st.image(rgb, caption="rgb", width=120)
        st.image(np.array([[0.0, 1.0]]), caption="gray float")
        st.image(rgb, channels="BGR")
        st.image(np.zeros((4, 2, 2, 4), dtype=np.uint8), caption=["a", "b", "c", "d"])
    """)
    rgb, gray, bgr, batch = app.get("image")
    [image] = rgb["props"]["images"]
    assert (image["mime"], image["caption"], rgb["props"]["width"]) == ("image/png", "rgb", 120)
    width, height, color, rows = decode_png(image["src"])
    assert (width, height, color) == (3, 2, 2)
    assert rows[:4] == b"\x00\xff\x00\x00"  # filter byte, then the red pixel
    assert decode_png(gray["props"]["images"][0]["src"])[2:] == (0, b"\x00\x00\xff")
    assert decode_png(bgr["props"]["images"][0]["src"])[3][:4] == b"\x00\x00\x00\xff"
    assert [i["caption"] for i in batch["props"]["images"]] == ["a", "b", "c", "d"]
    assert decode_png(batch["props"]["images"][0]["src"])[:3] == (2, 2, 6)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.image(np.array([[2.0]]))", "Data is outside [0.0, 1.0] and clamp is not set."),
        ("st.image(np.array([[300]]))", "Data is outside [0, 255] and clamp is not set."),
        ("st.image(np.zeros((2, 2, 2)))", "Channel can only be 1, 3, or 4 got 2. Shape is (2, 2, 2)"),
        ("st.image(np.zeros((2, 2)), channels='BGR')", 'When using `channels="BGR"`, the input image should have exactly 3 color channels'),
        ("st.image([b'x', b'y'], caption=['one'])", "Cannot pair 1 captions with 2 images."),
        ("st.image([b'x', b'y'], link='https://a.b')", "The `link` parameter is only supported when displaying a single image. You passed 2 images."),
    ],
)
def test_image_errors(run_app, call, message):
    app = run_app(f"import numpy as np\nimport streamlit as st\n{call}\n")
    assert error_of(app)[1] == message


def test_clamp(run_app):
    app = run_app("""
        import numpy as np
        import streamlit as st
        st.image(np.array([[-1.0, 2.0]]), clamp=True)
    """)
    assert decode_png(app.get("image")[0]["props"]["images"][0]["src"])[3] == b"\x00\x00\xff"


def test_image_sources(run_app, tmp_path):
    (tmp_path / "static").mkdir()
    app = run_app(
        """
        import io, pathlib
        import streamlit as st
        st.image("logo.png", use_container_width=True)
        st.image(pathlib.Path("static/pic.gif"))
        st.image("app/static/pic.gif")
        st.image("https://example.com/cat.jpg")
        st.image("missing.png")
        st.image("<svg viewBox='0 0 1 1'></svg>")
        st.image(io.BytesIO(b"\\xff\\xd8\\xff\\xe0rest"))
        st.image(b"RIFF\\x00\\x00\\x00\\x00WEBPVP8 ")
        """,
        files={"logo.png": "png", "static/pic.gif": "GIF89a"},
    )
    images = [e["props"]["images"][0] for e in app.get("image")]
    assert [(i["src"], i["mime"]) for i in images] == [
        (b"png", "image/png"),
        (b"GIF89a", "image/gif"),
        (b"GIF89a", "image/gif"),
        ("https://example.com/cat.jpg", "image/jpeg"),
        ("missing.png", "image/png"),
        (b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox='0 0 1 1'></svg>", "image/svg+xml"),
        (b"\xff\xd8\xff\xe0rest", "image/jpeg"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
    ]
    assert app.get("image")[0]["props"]["width"] == "stretch"


def test_pil_images(run_app):
    pytest.importorskip("PIL")
    app = run_app("""
        from PIL import Image
        import streamlit as st
        st.image(Image.new("RGBA", (4, 3)))
        st.image(Image.new("RGB", (4, 3)), output_format="PNG")
        st.image(Image.new("RGB", (4, 3)))
    """)
    assert [e["props"]["images"][0]["mime"] for e in app.get("image")] == ["image/png", "image/png", "image/jpeg"]


def test_audio_from_numpy_is_a_wav(run_app):
    app = run_app("""
        import numpy as np
        import streamlit as st
        st.audio(np.array([0.0, 0.5, -1.0]), sample_rate=8000, start_time="1s", loop=True)
        st.audio(np.array([[0.0, 1.0], [0.5, -0.5]]), sample_rate=4000, autoplay=True, end_time=2)
    """)
    mono, stereo = app.get("audio")
    assert (mono["props"]["mime"], mono["props"]["start_time"], mono["props"]["loop"]) == ("audio/wav", 1, True)
    with wave.open(io.BytesIO(mono["props"]["src"])) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth()) == (1, 8000, 2)
        assert struct.unpack("<3h", wav.readframes(3)) == (0, 16383, -32767)
    with wave.open(io.BytesIO(stereo["props"]["src"])) as wav:
        assert (wav.getnchannels(), wav.getnframes()) == (2, 2)
        # Channels interleave: left 0, right 0.5, then left 1, right -0.5.
        assert struct.unpack("<4h", wav.readframes(2)) == (0, 16383, 32767, -16383)
    assert (stereo["props"]["autoplay"], stereo["props"]["end_time"]) == (True, 2)


def test_audio_and_video_sources(run_app):
    app = run_app(
        """
        import streamlit as st
        st.audio("purr.mp3")
        st.audio(b"ID3...", format="audio/mpeg")
        st.video("https://youtu.be/_T8LGqJtuGc", start_time=5, muted=True)
        st.video(b"....ftypmp42", subtitles="1\\n00:00:01,000 --> 00:00:02,000\\nHello\\n")
        """,
        files={"purr.mp3": "ID3"},
    )
    path, raw = app.get("audio")
    assert (path["props"]["src"], path["props"]["mime"]) == (b"ID3", "audio/mpeg")
    assert raw["props"]["mime"] == "audio/mpeg"
    youtube, video = app.get("video")
    assert youtube["props"]["src"] == "https://www.youtube.com/embed/_T8LGqJtuGc"
    assert (youtube["props"]["start_time"], youtube["props"]["muted"]) == (5, True)
    [track] = video["props"]["subtitles"]
    assert track == {
        "label": "default",
        "src": b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHello",
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.audio(np.zeros(3))", "The `sample_rate` parameter is required. Must be specified when `data` is a numpy array."),
        ("st.audio(np.zeros((1, 1, 1)), sample_rate=1)", "Numpy array audio input must be a 1D or 2D array."),
        ("st.audio(b'', start_time='soon')", "Failed to convert 'start_time' to a timedelta."),
    ],
)
def test_audio_errors(run_app, call, message):
    app = run_app(f"import numpy as np\nimport streamlit as st\n{call}\n")
    assert error_of(app)[1].startswith(message)


def test_pdf_and_logo(run_app):
    app = run_app(
        """
        import streamlit as st
        st.pdf("doc.pdf", height=300)
        st.logo("logo.png", size="large", link="https://example.com", icon_image="https://example.com/i.png")
        """,
        files={"doc.pdf": "%PDF-1.4", "logo.png": "png"},
    )
    [pdf] = app.get("pdf")
    assert (pdf["props"]["src"], pdf["props"]["mime"], pdf["props"]["height"]) == (b"%PDF-1.4", "application/pdf", 300)
    [logo] = app.elements("event")
    assert logo["kind"] == "logo"
    assert logo["props"]["image"] == {"src": b"png", "mime": "image/png"}
    assert logo["props"]["icon_image"]["src"] == "https://example.com/i.png"
    assert (logo["props"]["size"], logo["props"]["link"]) == ("large", "https://example.com")
    app = run_app("import streamlit as st\nst.logo('x.png', link='example.com')\n")
    assert error_of(app)[0] == "StreamlitInvalidURLError"
