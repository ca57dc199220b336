"""The input widgets' last 1.67 parameters: pagination's bind/persist_state, checkbox and
toggle wrap, selectbox new options, text_input checks, lazy download data, chat audio."""

from __future__ import annotations

import json

import pytest
from streamlit import _bridge
from test_widget_binding import address, app_with, browse, by_key, set_key, shown  # noqa: F401 (browse: a fixture)


# -- st.pagination: bind and persist_state ----------------------------------------------


def test_a_bound_pagination_writes_its_page_to_the_address_and_reads_it_back(browse):
    source = app_with('st.pagination(9, key="page", bind="query-params")')
    app = browse(source)
    assert by_key(app, "page")["props"]["bind"] == {"key": "page", "kind": "text", "default": 1}
    set_key(app, "page", 4)
    assert (shown(app), address(app)) == ("4", "page=4")
    visit = browse(source, query="page=4")
    assert (shown(visit), by_key(visit, "page")["props"]["value"]) == ("4", 4)


@pytest.mark.parametrize("query", ["page=12", "page=two", "page=0"])
def test_a_page_the_pagination_cannot_show_in_the_address_gives_the_default(browse, query):
    app = browse(app_with('st.pagination(9, default=2, key="page", bind="query-params")'), query=query)
    assert (shown(app), address(app, query)) == ("2", "")


HIDEABLE_PAGES = """
import streamlit as st
if st.checkbox("Show"):
    st.pagination(9, key="name"{options})
st.text(repr(st.session_state.get("name")))
"""


@pytest.mark.parametrize(("options", "kept"), [("", False), (', persist_state="session"', True), (', bind="query-params"', True)])
def test_a_hidden_pagination_keeps_its_page_with_persist_state_or_bind(browse, options, kept):
    app = browse(HIDEABLE_PAGES.format(options=options))
    app.set("Show", True)
    set_key(app, "name", 5)
    app.set("Show", False)
    app.run()
    assert shown(app) == ("5" if kept else "None")
    app.set("Show", True)
    assert by_key(app, "name")["props"]["value"] == (5 if kept else 1)


# -- st.checkbox / st.toggle: width and wrap --------------------------------------------


@pytest.mark.parametrize("command", ["checkbox", "toggle"])
def test_checkbox_and_toggle_send_width_and_wrap(run_app, command):
    app = run_app(f'import streamlit as st\nst.{command}("A", width=120, wrap=False)\nst.{command}("B")')
    assert [(e["props"]["width"], e["props"]["wrap"]) for _, e in app.all()] == [(120, False), ("content", None)]


# -- st.text_input: type, required, icon, validate, live ---------------------------------


def _text_input_props(run_app, call: str) -> dict:
    app = run_app(f"import streamlit as st\n{call}")
    return app.all()[0][1]["props"]


def test_a_typed_text_input_fills_in_what_is_left_as_none(run_app):
    props = _text_input_props(run_app, 'st.text_input("Mail", type="email")')
    assert {k: props[k] for k in ("type", "icon", "placeholder", "autocomplete", "validate_regex", "validate_message")} == {
        "type": "email",
        "icon": ":material/mail:",
        "placeholder": "you@example.com",
        "autocomplete": "email",
        "validate_regex": r"^[^\s@]+@[^\s@]+\.[^\s@]+$",
        "validate_message": "Enter a valid email address.",
    }
    off = _text_input_props(run_app, 'st.text_input("Mail", type="email", icon="", validate="", placeholder="")')
    assert (off["icon"], off["validate_regex"], off["placeholder"]) == ("", None, "")


@pytest.mark.parametrize(
    ("call", "regex", "message", "live_ms", "required"),
    [
        ('st.text_input("Code", validate=r"^\\d+$")', r"^\d+$", None, None, False),
        ('st.text_input("Code", validate=("^a", "Start with a."), required=True)', "^a", "Start with a.", None, True),
        ('st.text_input("Find", live=True)', None, None, 250, False),
        ('st.text_input("Find", live="0.5s")', None, None, 500, False),
        ('st.text_input("Find", live="0ms")', None, None, 0, False),
    ],
)
def test_text_input_sends_its_checks_and_its_typing_pause(run_app, call, regex, message, live_ms, required):
    props = _text_input_props(run_app, call)
    assert (props["validate_regex"], props["validate_message"], props["live_ms"], props["required"]) == (
        regex, message, live_ms, required,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.text_input("A", live=300)', "Invalid `live` type. Expected one of: bool, str. Provided type: int. A number"),
        ('st.text_input("A", live="2m")', "The `live` parameter, set to 2m, is outside the required range [0ms, 1m]."),
        ('st.text_input("A", validate=("x",))', "Invalid `validate` value. Supported values: a regex string"),
        ('st.text_input("A", icon="nope")', "not a valid"),
        ('st.text_input("A", type="password", key="p", bind="query-params")', "`bind='query-params'` and `type='password'` cannot be used together."),
    ],
)
def test_text_input_refuses_what_streamlit_refuses(run_app, call, message):
    app = run_app(f"import streamlit as st\n{call}")
    assert message in app.get("exception")[0]["props"]["message"]


# -- st.download_button: a callable `data` runs on click ---------------------------------

LAZY_DOWNLOAD = """
import streamlit as st
calls = st.session_state.setdefault("calls", [])

def make():
    calls.append("made")
    st.write("ignored")  # Streamlit commands inside the callable are ignored
    return "a,b\\n1,2\\n"

st.download_button("Save", make, file_name="table.csv")
st.download_button("Off", make, disabled=True)
st.write(f"calls={len(calls)}")
"""


def test_a_callable_download_is_made_when_the_page_asks_for_it_not_when_drawn(run_app):
    app = run_app(LAZY_DOWNLOAD)
    save, off = app.get("download_button")
    assert (save["props"]["data"], save["props"]["deferred"], off["props"]["deferred"]) == (None, True, False)
    assert app.bodies() == ["calls=0"]
    drawn = len(app.all())
    assert _bridge.download(save["id"]) == (b"a,b\n1,2\n", "table.csv", "text/plain", None)
    assert len(app.all()) == drawn  # the callable's st.write went nowhere
    app.run()
    assert app.bodies() == ["calls=1"]


def test_a_failing_download_callable_gives_streamlits_message(run_app, capsys):
    app = run_app('import streamlit as st\nst.download_button("Save", lambda: 1 / 0)')
    assert _bridge.download(app.get("download_button")[0]["id"]) == (None, "", "", "Failed to generate file for download")
    assert "ZeroDivisionError" in capsys.readouterr().err


# -- st.chat_input: accept_audio and max_upload_size -------------------------------------

VOICE_CHAT = """
import streamlit as st
prompt = st.chat_input("Talk", accept_audio=True, accept_file="multiple", max_upload_size=1, audio_sample_rate=8000)
if prompt:
    audio = prompt.audio
    st.write(f"text={prompt.text!r} files={[f.name for f in prompt.files]} audio={audio and (audio.name, audio.type, audio.getvalue())}")
"""


def _sent(name: str, size: int, marker: int, type: str = "text/plain") -> dict:
    return {"file_id": name, "name": name, "type": type, "size": size, "data": {"__bytes__": marker}}


def test_a_chat_input_with_audio_returns_the_recording_and_drops_files_over_the_limit(run_app):
    app = run_app(VOICE_CHAT)
    [chat] = app.get("chat_input")
    assert {k: chat["props"][k] for k in ("accept_audio", "audio_sample_rate", "max_upload_size")} == {
        "accept_audio": True, "audio_sample_rate": 8000, "max_upload_size": 1,
    }  # fmt: skip
    message = {
        "text": "hi",
        "files": [_sent("small.txt", 2, 0), _sent("big.txt", 1024 * 1024 + 1, 1)],
        "audio": _sent("audio-1.wav", 4, 2, "audio/wav"),
    }
    big = b"x" * (1024 * 1024 + 1)
    app.status = _bridge.rerun("{}", json.dumps({chat["id"]: message}), buffers=[b"ok", big, b"RIFF"])
    assert app.bodies() == ["text='hi' files=['small.txt'] audio=('audio-1.wav', 'audio/wav', b'RIFF')"]


def test_a_chat_input_message_without_a_recording_has_audio_none(run_app):
    app = run_app(VOICE_CHAT)
    [chat] = app.get("chat_input")
    app.run(triggers={chat["id"]: {"text": "typed", "files": [], "audio": None}})
    assert app.bodies() == ["text='typed' files=[] audio=None"]


def test_chat_input_checks_the_sample_rate_as_streamlit(run_app):
    app = run_app('import streamlit as st\nst.chat_input(accept_audio=True, audio_sample_rate=12345)')
    assert app.get("exception")[0]["props"]["message"].startswith("Invalid `audio_sample_rate` value. Supported values: 8000, 11025")


# -- st.selectbox: accept_new_options, filter_mode, icon, required -----------------------

NEW_FRUIT = """
import streamlit as st
fruit = st.selectbox("Fruit", ["apple", "Kiwi"], accept_new_options=True, key="fruit", bind="query-params")
st.text(repr(fruit))
"""


@pytest.mark.parametrize(("sent", "seen", "value", "query"), [("mango", "'mango'", "mango", "fruit=mango"), ("kiwi", "'Kiwi'", 1, "fruit=Kiwi"), (1, "'Kiwi'", 1, "fruit=Kiwi")])
def test_a_selectbox_returns_a_typed_new_option_as_its_string(browse, sent, seen, value, query):
    app = browse(NEW_FRUIT)
    set_key(app, "fruit", sent)
    assert (shown(app), by_key(app, "fruit")["props"]["value"], address(app)) == (seen, value, query)
    assert shown(browse(NEW_FRUIT, query=query)) == seen  # the address brings it back


def test_a_selectbox_without_new_options_ignores_typed_text(run_app):
    app = run_app('import streamlit as st\nst.text(repr(st.selectbox("Fruit", ["apple", "kiwi"])))')
    app.set("Fruit", "mango")
    assert app.bodies("text") == ["'apple'"]


def test_selectbox_sends_filter_mode_icon_and_required_and_checks_them(run_app):
    app = run_app('import streamlit as st\nst.selectbox("S", ["a"], filter_mode="prefix", icon="🍎", required=True)')
    props = app.get("selectbox")[0]["props"]
    assert (props["filter_mode"], props["icon"], props["required"], props["accept_new_options"]) == ("prefix", "🍎", True, False)
    app = run_app('import streamlit as st\nst.selectbox("S", ["a"], filter_mode=None, accept_new_options=True)')
    assert app.get("exception")[0]["props"]["message"].startswith(
        "`filter_mode=None` and `accept_new_options=True` cannot be used together."
    )


@pytest.mark.parametrize(
    ("call", "placeholder"),
    [
        ('st.selectbox("S", ["a"])', "Choose an option"),
        ('st.selectbox("S", ["a"], accept_new_options=True)', "Choose or add an option"),
        ('st.selectbox("S", [], accept_new_options=True)', "Add an option"),
        ('st.selectbox("S", [])', "No options to select"),
        ('st.selectbox("S", ["a"], placeholder="")', " "),
    ],
)
def test_selectbox_placeholder_as_streamlits_page_words_it(run_app, call, placeholder):
    app = run_app(f"import streamlit as st\n{call}")
    assert app.get("selectbox")[0]["props"]["placeholder"] == placeholder
