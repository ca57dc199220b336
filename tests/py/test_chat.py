"""Chat: message containers and the chat input."""

from __future__ import annotations

import json

import pytest

from streamlit import _bridge


def error_of(app):
    [exc] = app.get("exception")
    return exc["props"]["type"].rpartition(".")[2], exc["props"]["message"]


def test_chat_messages_have_avatars_and_hold_elements(run_app):
    app = run_app("""
        import streamlit as st
        for name in ["user", "Human", "assistant", "ai", "Bob"]:
            st.chat_message(name).write(name)
        st.chat_message("x", avatar="🦖")
        st.chat_message("y", avatar=":material/smart_toy:")
        st.chat_message("z", avatar="assistant")
        with st.chat_message("user", width="content"):
            st.write("a")
            st.button("b")
    """)
    avatars = [e["props"]["avatar"] for e in app.elements() if e["kind"] == "block"]
    assert avatars == [
        {"type": "user", "value": None},
        {"type": "user", "value": None},
        {"type": "assistant", "value": None},
        {"type": "assistant", "value": None},
        {"type": "initial", "value": "B"},
        {"type": "emoji", "value": "🦖"},
        {"type": "icon", "value": ":material/smart_toy:"},
        {"type": "assistant", "value": None},
        {"type": "user", "value": None},
    ]
    assert app.tree["main.0"]["props"]["layout"] == "chat_message"
    assert app.tree["main.1"]["props"]["name"] == "Human"
    assert app.tree["main.0.0"]["props"]["body"] == "user"
    assert [e["kind"] for e in app.elements("main.8")] == ["markdown", "button"]
    assert app.tree["main.8"]["props"]["width"] == "content"


def test_chat_message_image_avatar(run_app):
    app = run_app(
        """
        import streamlit as st
        st.chat_message("me", avatar="face.png")
        """,
        files={"face.png": "\x89PNG\r\n\x1a\n"},
    )
    avatar = app.tree["main.0"]["props"]["avatar"]
    assert avatar["type"] == "image" and avatar["mime"] == "image/png"
    assert avatar["src"].startswith(b"\xc2\x89PNG") or avatar["src"].startswith(b"\x89PNG")


def test_chat_input_pins_to_the_bottom_and_returns_text_once(run_app):
    app = run_app("""
        import streamlit as st
        st.session_state.setdefault("log", [])
        prompt = st.chat_input("Say something", max_chars=50)
        if prompt:
            st.session_state.log.append(prompt)
        for line in st.session_state.log:
            st.chat_message("user").write(line)
        st.write(f"prompt={prompt!r}")
    """)
    [chat_input] = app.elements("bottom")
    assert chat_input["kind"] == "chat_input"
    props = chat_input["props"]
    assert (props["placeholder"], props["max_chars"], props["position"], props["value"]) == (
        "Say something", 50, "bottom", None,
    )  # fmt: skip
    assert app.bodies() == ["prompt=None"]
    app.run(triggers={chat_input["id"]: "hello"})
    assert app.bodies() == ["hello", "prompt='hello'"]
    app.run()
    assert app.bodies() == ["hello", "prompt=None"]


def test_chat_input_inside_a_container_stays_inline(run_app):
    app = run_app("""
        import streamlit as st
        with st.container():
            st.chat_input("In a container")
        col, = st.columns(1)
        col.chat_input("In a column")
    """)
    assert app.elements("bottom") == []
    assert [e["props"]["position"] for e in app.get("chat_input")] == ["inline", "inline"]


def test_chat_input_callback_and_session_state(run_app):
    app = run_app("""
        import streamlit as st
        def sent():
            st.session_state.heard = st.session_state.msg
        st.chat_input(key="msg", on_submit=sent)
        st.write(f"{st.session_state.get('heard')} {st.session_state.msg!r}")
    """)
    assert app.bodies() == ["None None"]
    app.run(triggers={app.get("chat_input")[0]["id"]: "hi"})
    assert app.bodies() == ["hi 'hi'"]
    app.run()
    assert app.bodies() == ["hi None"]


def test_chat_input_with_files(run_app):
    app = run_app("""
        import streamlit as st
        prompt = st.chat_input("Say", accept_file="multiple", file_type=["csv", "image"])
        if prompt:
            st.write(f"{prompt.text!r} {[(f.name, f.type, f.read()) for f in prompt.files]} {sorted(prompt)}")
            st.write(f"{prompt['text']!r} {len(prompt.files)} {hasattr(prompt, 'audio')}")
    """)
    [chat_input] = app.get("chat_input")
    assert (chat_input["props"]["accept_file"], chat_input["props"]["file_type"]) == (
        "multiple", ["image/*", ".csv"],
    )  # fmt: skip
    file = {"file_id": "f1", "name": "a.csv", "type": "text/csv", "size": 3, "data": {"__bytes__": 0}}
    triggers = json.dumps({chat_input["id"]: {"text": "see this", "files": [file]}})
    app.status = _bridge.rerun("{}", triggers, buffers=[b"x,y"])
    assert app.bodies() == [
        "'see this' [('a.csv', 'text/csv', b'x,y')] ['files', 'text']",
        "'see this' 1 False",
    ]
    app.run()
    assert app.bodies() == []


def test_text_set_through_session_state_fills_the_input(run_app):
    app = run_app("""
        import streamlit as st
        if st.button("Suggest"):
            st.session_state.msg = "How tall is Everest?"
        prompt = st.chat_input(key="msg")
        st.write(f"{prompt!r} {st.session_state.msg!r}")
    """)
    app.click("Suggest")
    assert app.get("chat_input")[0]["props"]["value"] == "How tall is Everest?"
    assert app.bodies() == ["None None"]
    app.run()
    assert app.get("chat_input")[0]["props"]["value"] is None


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.chat_input(accept_file='yes')", "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. Got 'yes'."),
        ("st.chat_input(submit_mode='later')", "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."),
        ("st.chat_message(None)", "The `name` parameter is required."),
    ],
)
def test_chat_errors(run_app, call, message):
    app = run_app(f"import streamlit as st\n{call}\n")
    assert error_of(app)[1] == message
