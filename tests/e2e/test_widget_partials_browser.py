"""The input widgets' last 1.67 parameters in the browser (one shared page): a bound
pagination, checkbox/toggle wrap, selectbox new options, text_input checks, download
data made on click, chat_input's recorder and upload limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import interact, load_script, run_count
from playwright.sync_api import Page, expect

LONG = "A label far too long to fit " * 6


@pytest.fixture(scope="module")
def shared_page(browser_type, export_site):
    """The module's one booted page, in a Chromium whose microphone is a fake Chromium provides."""
    import build

    browser = browser_type.launch(
        executable_path=build.CHROMIUM,
        args=[*build.CHROMIUM_FLAGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
    )
    site = export_site("import streamlit as st\nst.write('ready')\n", name="widget-partials")
    page = site.open(browser.new_page())
    expect(page.get_by_text("ready")).to_be_visible()
    yield page
    browser.close()


def test_a_bound_pagination_writes_the_page_to_the_address(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        page = st.pagination(9, key="pg", bind="query-params")
        st.text(f"page={page}")
    """)
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Page 3").click())
    expect(shared_page.get_by_text("page=3")).to_be_visible()
    shared_page.wait_for_function("() => new URLSearchParams(location.search).get('pg') === '3'")
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Page 1").click())
    shared_page.wait_for_function("() => !new URLSearchParams(location.search).has('pg')")


def _label_lines(page: Page, name: str) -> dict:
    """How the label of the checkbox or toggle named `name` is drawn."""
    return page.get_by_role("checkbox", name=name).or_(page.get_by_role("switch", name=name)).evaluate(
        """(input) => {
            const text = input.closest('.hw-checkbox').querySelector('.hw-checkbox-label');
            const line = parseFloat(getComputedStyle(text).lineHeight);
            return {rows: Math.round(text.getBoundingClientRect().height / line),
                    cut: text.scrollWidth > text.clientWidth, title: text.title};
        }""")


def test_wrap_keeps_a_long_label_on_one_row_or_lets_it_wrap(shared_page: Page):
    load_script(shared_page, f"""
        import streamlit as st
        left, right = st.columns(2)
        left.checkbox("In a column {LONG}")
        left.toggle("Wrapped toggle {LONG}", wrap=True)
        st.checkbox("Full width {LONG}")
        st.checkbox("One row {LONG}", wrap=False)
        st.checkbox("Narrow {LONG}", width=200, wrap=True)
    """)
    in_column = _label_lines(shared_page, f"In a column {LONG}".strip())
    assert in_column["rows"] == 1 and in_column["cut"] and in_column["title"].startswith("In a column")
    assert _label_lines(shared_page, f"Wrapped toggle {LONG}".strip())["rows"] > 1
    assert _label_lines(shared_page, f"Full width {LONG}".strip())["rows"] > 1
    one_row = _label_lines(shared_page, f"One row {LONG}".strip())
    assert one_row["rows"] == 1 and one_row["cut"]
    narrow = shared_page.get_by_role("checkbox", name=f"Narrow {LONG}".strip()).evaluate(
        "(input) => input.closest('.hw-checkbox').getBoundingClientRect().width")
    assert narrow == 200


TEXT_CHECKS = """
    import streamlit as st
    name = st.text_input("Name", required=True)
    code = st.text_input("Code", validate=(r"^\\d+$", "Digits only."))
    mail = st.text_input("Mail", type="email")
    find = st.text_input("Find", type="search", live="0ms")
    slow = st.text_input("Slow", live=True)
    st.text(f"name={name!r} code={code!r} mail={mail!r} find={find!r} slow={slow!r}")
    with st.form("sign"):
        nick = st.text_input("Nick", required=True)
        sent = st.form_submit_button("Sign")
    st.text(f"sent={sent} nick={nick!r}")
"""


def test_text_input_checks_required_and_validate_before_sending(shared_page: Page):
    page = shared_page
    load_script(page, TEXT_CHECKS)
    name, code = page.get_by_role("textbox", name="Name"), page.get_by_role("textbox", name="Code")
    name.fill("Ada")
    interact(page, lambda: name.press("Enter"))
    name.fill("  ")
    name.press("Enter")  # blank: marked, not sent
    expect(page.get_by_role("alert").filter(has_text="This field is required.")).to_have_count(1)
    expect(name).to_have_attribute("aria-invalid", "true")
    code.fill("12a")
    code.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Digits only.")).to_have_count(1)
    code.fill("123")
    interact(page, lambda: code.press("Enter"))
    expect(page.get_by_text("name='Ada' code='123'")).to_be_visible()  # the blank name never went
    expect(code).not_to_have_attribute("aria-invalid", "true")


def test_an_email_input_has_its_icon_and_rule(shared_page: Page):
    page = shared_page
    load_script(page, TEXT_CHECKS)
    mail = page.get_by_role("textbox", name="Mail")
    expect(mail).to_have_attribute("type", "email")
    expect(mail).to_have_attribute("placeholder", "you@example.com")
    widget = page.get_by_test_id("stTextInput").filter(has=mail)
    expect(widget.get_by_test_id("stTextInputIcon")).to_have_text("mail")
    mail.fill("ada@host")
    mail.press("Enter")
    expect(page.get_by_role("alert").filter(has_text="Enter a valid email address.")).to_have_count(1)
    mail.fill("ada@host.org")
    interact(page, lambda: mail.press("Enter"))
    expect(page.get_by_text("mail='ada@host.org'")).to_be_visible()


def test_a_live_text_input_sends_while_typing_and_search_clears(shared_page: Page):
    page = shared_page
    load_script(page, TEXT_CHECKS)
    find, slow = page.get_by_role("searchbox", name="Find"), page.get_by_role("textbox", name="Slow")
    find.press_sequentially("kiwi")  # no Enter, no blur
    expect(page.get_by_text("find='kiwi'")).to_be_visible()
    slow.press_sequentially("pear")
    expect(page.get_by_text("slow='pear'")).to_be_visible()
    interact(page, lambda: page.get_by_role("button", name="Clear entry").click())
    expect(page.get_by_text("find=''")).to_be_visible()


def test_a_required_text_input_blocks_its_form_until_filled(shared_page: Page):
    page = shared_page
    load_script(page, TEXT_CHECKS)
    runs = run_count(page)
    page.get_by_role("button", name="Sign").click()
    form = page.get_by_test_id("stForm")
    expect(form.get_by_role("alert").filter(has_text="This field is required.")).to_have_count(1)
    expect(form.get_by_role("textbox", name="Nick")).to_have_attribute("aria-invalid", "true")
    page.wait_for_timeout(300)
    assert run_count(page) == runs  # the form was not submitted
    expect(page.get_by_text("sent=False nick=''")).to_be_visible()
    page.get_by_role("textbox", name="Nick").fill("ada")
    interact(page, lambda: page.get_by_role("button", name="Sign").click())
    expect(page.get_by_text("sent=True nick='ada'")).to_be_visible()


def test_a_callable_download_runs_on_click_and_saves_its_bytes(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        made = st.session_state.setdefault("made", [])

        def report():
            made.append(1)
            return f"report {len(made)}"

        st.download_button("Get report", report, file_name="report.txt")
        st.download_button("Broken", lambda: 1 / 0, on_click="ignore")
        st.text(f"made={len(made)}")
    """)
    expect(page.get_by_text("made=0")).to_be_visible()  # drawn, not made
    with page.expect_download() as download:
        interact(page, lambda: page.get_by_role("button", name="Get report").click())
    assert download.value.suggested_filename == "report.txt"
    assert Path(download.value.path()).read_text() == "report 1"
    expect(page.get_by_text("made=1")).to_be_visible()
    page.get_by_role("button", name="Broken").click()
    expect(page.get_by_test_id("stDownloadButtonError")).to_have_text("Failed to generate file for download")


VOICE_CHAT = """
    import streamlit as st
    prompt = st.chat_input("Talk", accept_audio=True, accept_file=True, max_upload_size=1, audio_sample_rate=8000)
    if prompt:
        data = prompt.audio.getvalue() if prompt.audio else b""
        st.text(f"text={prompt.text} files={len(prompt.files)} audio={prompt.audio and prompt.audio.type} "
                f"wav={data[:4] == b'RIFF'} rate={int.from_bytes(data[24:28], 'little')}")
"""


def test_chat_input_records_and_submits_a_voice_message(shared_page: Page):
    page = shared_page
    load_script(page, VOICE_CHAT)
    chat = page.get_by_test_id("stChatInput")
    chat.get_by_role("textbox").fill("listen")
    chat.get_by_role("button", name="Start recording").click()
    expect(chat.get_by_role("button", name="Submit recording")).to_be_visible()
    expect(chat.get_by_role("textbox")).to_be_hidden()
    # Speak for a moment: a recording stopped at once holds no audio to decode.
    page.wait_for_timeout(1500)
    interact(page, lambda: chat.get_by_role("button", name="Submit recording").click())
    expect(page.get_by_text("text=listen files=0 audio=audio/wav wav=True rate=8000")).to_be_visible()
    expect(chat.get_by_role("button", name="Start recording")).to_be_visible()


def test_chat_input_refuses_a_file_over_max_upload_size(shared_page: Page):
    page = shared_page
    load_script(page, VOICE_CHAT)
    chat = page.get_by_test_id("stChatInput")
    with page.expect_file_chooser() as chooser:
        chat.get_by_role("button", name="Attach files").click()
    chooser.value.set_files([{"name": "big.bin", "mimeType": "application/octet-stream", "buffer": b"x" * (1024 * 1024 + 1)}])
    expect(chat.get_by_test_id("stChatInputFile")).to_contain_text("File must be 1.0MB or smaller.")
    chat.get_by_role("textbox").fill("with file")
    interact(page, lambda: chat.get_by_role("textbox").press("Enter"))
    expect(page.get_by_text("text=with file files=0 audio=None")).to_be_visible()


SELECTS = """
    import streamlit as st
    fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], accept_new_options=True)
    size = st.selectbox("Size", ["small", "medium", "large"], filter_mode="prefix", icon=":material/straighten:")
    plain = st.selectbox("Plain", ["one", "two"], filter_mode=None)
    st.text(f"fruit={fruit!r} size={size!r} plain={plain!r}")
    with st.form("order"):
        pick = st.selectbox("Pick", ["x", "y"], index=None, required=True)
        done = st.form_submit_button("Order")
    st.text(f"done={done} pick={pick!r}")
"""


def test_a_selectbox_takes_a_new_option_typed_by_the_visitor(shared_page: Page):
    page = shared_page
    load_script(page, SELECTS)
    fruit = page.get_by_role("combobox", name="Fruit")
    fruit.fill("kiwi")
    expect(page.get_by_role("option", name="Add: kiwi")).to_be_visible()
    interact(page, lambda: fruit.press("Enter"))
    expect(page.get_by_text("fruit='kiwi'")).to_be_visible()
    expect(fruit).to_have_value("kiwi")
    fruit.fill("CHERRY")  # an option in another case is that option
    interact(page, lambda: fruit.press("Enter"))
    expect(page.get_by_text("fruit='cherry'")).to_be_visible()


def test_a_selectbox_filters_by_its_mode_and_shows_its_icon(shared_page: Page):
    page = shared_page
    load_script(page, SELECTS)
    size = page.get_by_role("combobox", name="Size")
    size.fill("l")  # prefix: "large" only, not "small"
    expect(page.get_by_role("listbox").get_by_role("option")).to_have_text(["large"])
    interact(page, lambda: page.get_by_role("option", name="large").click())
    expect(page.get_by_text("size='large'")).to_be_visible()
    expect(page.get_by_test_id("stSelectbox").filter(has=size).locator(".hw-input-icon")).to_have_text("straighten")
    plain = page.get_by_role("combobox", name="Plain")
    expect(plain).to_have_js_property("tagName", "SELECT")  # filter_mode=None: no typing
    interact(page, lambda: plain.select_option("two"))
    expect(page.get_by_text("plain='two'")).to_be_visible()


def test_a_required_selectbox_blocks_its_form_until_chosen(shared_page: Page):
    page = shared_page
    load_script(page, SELECTS)
    form = page.get_by_test_id("stForm")
    runs = run_count(page)
    form.get_by_role("button", name="Order").click()
    expect(form.get_by_role("alert")).to_have_text("This field is required.")
    page.wait_for_timeout(300)
    assert run_count(page) == runs  # the form was not submitted
    expect(page.get_by_text("done=False pick=None")).to_be_visible()
    pick = form.get_by_role("combobox", name="Pick")
    pick.click()
    page.get_by_role("option", name="y").click()
    expect(pick).to_have_value("y")
    # A chosen value can be cleared, except in a required box.
    fruit = page.get_by_test_id("stSelectbox").filter(has=page.get_by_role("combobox", name="Fruit"))
    expect(fruit.get_by_role("button", name="Clear value")).to_be_visible()
    expect(form.get_by_role("button", name="Clear value")).to_be_hidden()
    interact(page, lambda: form.get_by_role("button", name="Order").click())
    expect(page.get_by_text("done=True pick='y'")).to_be_visible()


def test_a_password_input_can_be_shown_and_hidden(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.text_input("Secret", type="password")
    """)
    secret = page.get_by_label("Secret")
    expect(secret).to_have_attribute("type", "password")
    page.get_by_role("button", name="Show password").click()
    expect(secret).to_have_attribute("type", "text")
    page.get_by_role("button", name="Hide password").click()
    expect(secret).to_have_attribute("type", "password")
