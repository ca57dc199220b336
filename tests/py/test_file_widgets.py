"""File uploader, camera and audio input: bytes from the page become UploadedFile objects."""

import json

from streamlit import _bridge, _errors
from streamlit.widgets.file_uploader import UploadedFile, normalize_types


def send(app, widgets, buffers):
    """Rerun as the worker does: file bytes beside the JSON, as ``{"__bytes__": n}``."""
    app.status = _bridge.rerun(json.dumps(widgets), "{}", buffers=buffers)
    return app


def file(file_id, name, n=None, type="text/plain"):
    entry = {"file_id": file_id, "name": name, "type": type, "size": 0}
    if n is not None:
        entry["data"] = {"__bytes__": n}
    return entry


def test_a_picked_file_arrives_as_uploaded_file(run_app):
    app = run_app("""
        import streamlit as st
        f = st.file_uploader("Data", type="csv")
        if f is not None:
            st.write(f"{type(f).__name__} {f.name} {f.type} {f.size} {f.file_id} {f.read()!r} {f.getvalue()!r}")
    """)
    assert app.value("Data") == []
    widget = app.widget("Data")["id"]
    send(app, {widget: [file("id1", "a.csv", 0, "text/csv")]}, [memoryview(b"x,y\n")])
    assert app.bodies() == ["UploadedFile a.csv text/csv 4 id1 b'x,y\\n' b'x,y\\n'"]
    assert app.value("Data") == [{"file_id": "id1", "name": "a.csv", "type": "text/csv", "size": 4}]
    # The next run reads the same file from its start again.
    app.run()
    assert app.bodies() == ["UploadedFile a.csv text/csv 4 id1 b'x,y\\n' b'x,y\\n'"]


def test_files_already_sent_are_named_by_id_only(run_app):
    app = run_app("""
        import streamlit as st
        files = st.file_uploader("Many", accept_multiple_files=True)
        st.write(repr([(f.name, f.getvalue()) for f in files]))
    """)
    widget = app.widget("Many")["id"]
    send(app, {widget: [file("a", "a.txt", 0), file("b", "b.txt", 1)]}, [b"AAA", b"BB"])
    assert app.bodies() == ["[('a.txt', b'AAA'), ('b.txt', b'BB')]"]
    # Removing one: the page lists the other without its bytes.
    send(app, {widget: [file("b", "b.txt")]}, [])
    assert app.bodies() == ["[('b.txt', b'BB')]"]
    # A file whose bytes never came is left out rather than invented.
    send(app, {widget: [file("b", "b.txt"), file("zzz", "ghost.txt")]}, [])
    assert app.bodies() == ["[('b.txt', b'BB')]"]
    send(app, {widget: []}, [])
    assert app.bodies() == ["[]"]


def test_file_uploader_props_and_types(run_app):
    app = run_app("""
        import streamlit as st
        st.file_uploader("Pics", type=["JPG", "image/png", "text"], accept_multiple_files="directory",
                         max_upload_size=5, help="Pick")
    """)
    props = app.widget("Pics")["props"]
    assert props["type"] == ["image/png", "text/*", ".jpg", ".jpeg"]
    assert (props["accept_multiple_files"], props["max_upload_size"]) == ("directory", 5)
    assert normalize_types("csv") == [".csv"]


def test_a_file_of_a_refused_type_is_an_error(run_app):
    app = run_app("""
        import streamlit as st
        st.file_uploader("Data", type="csv")
    """)
    widget = app.widget("Data")["id"]
    send(app, {widget: [file("x", "evil.exe", 0)]}, [b"MZ"])
    props = app.get("exception")[0]["props"]
    assert props["message"] == "Invalid file extension: `.exe`. Allowed: ['.csv']"


def test_file_uploader_refuses_session_state_writes(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.up = None
        st.file_uploader("Up", key="up")
    """)
    assert app.get("exception")[0]["props"]["message"] == str(
        _errors.StreamlitValueAssignmentNotAllowedError("up")
    )


def test_max_upload_size_must_be_positive(run_app):
    app = run_app("""
        import streamlit as st
        st.file_uploader("Up", max_upload_size=0)
    """)
    assert app.get("exception")[0]["props"]["message"] == (
        "Invalid `max_upload_size` value. Supported values: a positive integer. "
        "Set it to None to fall back to the `server.maxUploadSize` configuration option."
    )


def test_camera_and_audio_input(run_app):
    app = run_app("""
        import streamlit as st
        photo = st.camera_input("Photo", resolution="720p")
        voice = st.audio_input("Voice", sample_rate=None)
        st.write(f"{photo!r} {voice.type if voice else None}")
    """)
    assert app.widget("Photo")["props"]["resolution_height"] == 720
    assert app.widget("Voice")["props"]["sample_rate"] is None
    assert app.bodies() == ["None None"]
    send(
        app,
        {
            app.widget("Photo")["id"]: [file("p", "camera.jpg", 0, "image/jpeg")],
            app.widget("Voice")["id"]: [file("v", "audio.wav", 1, "audio/wav")],
        },
        [b"\xff\xd8jpeg", b"RIFFwav"],
    )
    assert app.bodies() == [
        "UploadedFile(file_id='p', name='camera.jpg', type='image/jpeg', size=6) audio/wav"
    ]


def test_media_input_errors(run_app):
    app = run_app("""
        import streamlit as st
        st.camera_input("C", resolution="4k")
    """)
    assert app.get("exception")[0]["props"]["message"] == (
        "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."
    )
    app = run_app("""
        import streamlit as st
        st.audio_input("A", sample_rate=1234)
    """)
    assert app.get("exception")[0]["props"]["message"].startswith(
        "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000"
    )


def test_uploaded_file_is_a_bytes_io():
    f = UploadedFile("id", "n.bin", "application/octet-stream", b"abc")
    assert f.read(2) == b"ab" and f.getvalue() == b"abc" and f.size == 3
    assert f == UploadedFile("id", "other", "x", b"")
    assert len({f, UploadedFile("id", "n", "t", b"")}) == 1
