"""Layout, chat, status, media and fragments in a real browser: what the visitor sees and does."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script, run_count, wait_until_idle


def app(page: Page):
    return page.locator("headwater-app")


def test_expander_and_tabs_keep_what_the_visitor_opened(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.button("Rerun")
        with st.expander("Details"):
            st.write("Hidden details")
        cat, dog = st.tabs(["Cat", "Dog"])
        cat.write("Meow")
        dog.write("Woof")
        left, right = st.columns(2)
        left.write("Left side")
        right.write("Right side")
    """)
    expect(page.get_by_text("Hidden details")).to_be_hidden()
    page.get_by_text("Details", exact=True).click()
    expect(page.get_by_text("Hidden details")).to_be_visible()
    expect(page.get_by_text("Woof")).to_be_hidden()
    page.get_by_role("tab", name="Dog").click()
    expect(page.get_by_role("tab", name="Dog")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Woof")).to_be_visible()
    expect(page.get_by_text("Meow")).to_be_hidden()
    interact(page, lambda: page.get_by_role("button", name="Rerun").click())
    # The rerun patched both in place: still open, still on Dog.
    expect(page.get_by_text("Hidden details")).to_be_visible()
    expect(page.get_by_text("Woof")).to_be_visible()
    left = page.get_by_text("Left side").bounding_box()
    right = page.get_by_text("Right side").bounding_box()
    assert left["x"] < right["x"] and abs(left["y"] - right["y"]) < 2


def test_a_fragment_reruns_alone_and_on_its_timer(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.session_state.setdefault("app_runs", 0)
        st.session_state.app_runs += 1
        st.write(f"app runs: {st.session_state.app_runs}")

        @st.fragment
        def counter():
            st.session_state.setdefault("clicks", 0)
            if st.button("Click me"):
                st.session_state.clicks += 1
            st.write(f"clicks: {st.session_state.clicks}")

        @st.fragment(run_every=0.3)
        def ticker():
            st.session_state.setdefault("ticks", 0)
            st.session_state.ticks += 1
            st.write(f"ticks: {st.session_state.ticks}")
            if st.session_state.ticks >= 3:
                st.write("ticked enough")

        counter()
        if st.session_state.app_runs == 1:
            ticker()
    """)
    expect(page.get_by_text("app runs: 1")).to_be_visible()
    # The timer reruns only the ticker: the app's own count stays.
    expect(page.get_by_text("ticked enough")).to_be_visible()
    expect(page.get_by_text("app runs: 1")).to_be_visible()
    for clicks in (1, 2):
        interact(page, lambda: page.get_by_role("button", name="Click me").click())
        expect(page.get_by_text(f"clicks: {clicks}")).to_be_visible()
    expect(page.get_by_text("app runs: 1")).to_be_visible()


def test_dialog_reruns_alone_and_closes_on_rerun(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.session_state.setdefault("dialog_app_runs", 0)
        st.session_state.dialog_app_runs += 1

        @st.dialog("Cast your vote")
        def vote(item):
            st.write(f"Why is {item} your favorite?")
            reason = st.text_input("Because...")
            if st.button("Submit"):
                st.session_state.vote = f"{item}: {reason}"
                st.rerun()

        st.write(f"app runs: {st.session_state.dialog_app_runs}")
        if "vote" not in st.session_state:
            if st.button("Vote A"):
                vote("A")
        else:
            st.write(f"You voted {st.session_state.vote}")
    """)
    interact(page, lambda: page.get_by_role("button", name="Vote A").click())
    dialog = page.get_by_role("dialog", name="Cast your vote")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_text("Why is A your favorite?")).to_be_visible()
    box = dialog.get_by_role("textbox", name="Because...")
    box.fill("it is first")
    interact(page, lambda: box.press("Enter"))
    # Only the dialog's function ran: the app did not, and the dialog is still open.
    expect(page.get_by_text("app runs: 2")).to_be_visible()
    expect(dialog).to_be_visible()
    interact(page, lambda: dialog.get_by_role("button", name="Submit").click())
    expect(page.get_by_text("You voted A: it is first")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)


def test_chat_input_is_pinned_and_sends_on_enter(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        st.session_state.setdefault("messages", [])
        for role, text in st.session_state.messages:
            with st.chat_message(role):
                st.write(text)
        if prompt := st.chat_input("Say something"):
            st.session_state.messages.append(("user", prompt))
            st.session_state.messages.append(("assistant", f"Echo: {prompt}"))
            st.rerun()
        st.button("Rerun")
    """)
    box = page.get_by_role("textbox", name="Say something")
    expect(box).to_be_visible()
    # Pinned: the input sits below the main block, in the bottom container.
    expect(page.get_by_test_id("stBottom").get_by_role("textbox", name="Say something")).to_be_visible()
    box.fill("Hello")
    interact(page, lambda: box.press("Enter"))
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)
    expect(page.get_by_text("Echo: Hello")).to_be_visible()
    expect(page.get_by_test_id("stChatMessageAvatarUser")).to_have_count(1)
    expect(page.get_by_test_id("stChatMessageAvatarAssistant")).to_have_count(1)
    expect(box).to_have_value("")
    # The text reached the script only in the run it caused.
    interact(page, lambda: page.get_by_role("button", name="Rerun").click())
    expect(page.get_by_test_id("stChatMessage")).to_have_count(2)


def test_chat_input_sends_attached_files(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        with st.container():
            prompt = st.chat_input("Attach and send", accept_file=True, file_type="txt")
        if prompt:
            st.write(f"got {prompt.text!r} with {[(f.name, f.read().decode()) for f in prompt.files]}")
    """)
    page.get_by_test_id("stChatInput").locator("input[type=file]").set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello file"}]
    )
    expect(page.get_by_text("notes.txt")).to_be_visible()
    box = page.get_by_role("textbox", name="Attach and send")
    box.fill("read this")
    interact(page, lambda: box.press("Enter"))
    expect(page.get_by_text("got 'read this' with [('notes.txt', 'hello file')]")).to_be_visible()
    expect(page.get_by_text("notes.txt", exact=True)).to_have_count(0)


def test_progress_shows_while_the_script_works(shared_page: Page):
    page = shared_page
    before = run_count(page)
    page.evaluate(
        """async (source) => {
            const app = document.querySelector('headwater-app').app;
            await app.setFiles({'app.py': source});
            app.rerun();
        }""",
        "import time\nimport streamlit as st\nbar = st.progress(0, text='Working')\n"
        "for i in range(1, 11):\n    time.sleep(0.15)\n    bar.progress(i * 10, text=f'Working {i}')\n"
        "st.write('finished')\n",
    )
    # A value part-way through, seen while the run is still going.
    page.wait_for_function(
        """() => {
            const host = document.querySelector('headwater-app');
            const bar = host.shadowRoot.querySelector('[role=progressbar]');
            const now = Number(bar?.getAttribute('aria-valuenow'));
            return host.getAttribute('state') === 'running' && now > 0 && now < 100;
        }"""
    )
    wait_until_idle(page, before)
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "100")
    expect(page.get_by_text("Working 10")).to_be_visible()


def test_status_toast_and_popover(shared_page: Page):
    page = shared_page
    load_script(page, """
        import streamlit as st
        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
        st.status("It broke", state="error")
        if st.button("Toast"):
            st.toast("Saved the file", icon="🎉", duration=1)
        with st.popover("Settings"):
            st.checkbox("Dark mode")
            st.write("In the popover")
    """)
    expect(page.get_by_text("Searching for data...")).to_be_visible()
    completed = page.get_by_test_id("stExpander").filter(has_text="Downloading data...")
    expect(completed).to_have_attribute("data-state", "complete")
    expect(page.get_by_test_id("stExpander").filter(has_text="It broke")).to_have_attribute("data-state", "error")
    interact(page, lambda: page.get_by_role("button", name="Toast").click())
    toast = page.get_by_test_id("stToast").filter(has_text="Saved the file")
    expect(toast).to_be_visible()
    expect(toast).to_be_hidden()  # after its second
    expect(page.get_by_text("In the popover")).to_be_hidden()
    page.get_by_role("button", name="Settings").click()
    expect(page.get_by_text("In the popover")).to_be_visible()
    interact(page, lambda: page.get_by_role("checkbox", name="Dark mode").check())
    # A rerun caused inside the popover leaves it open.
    expect(page.get_by_text("In the popover")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.get_by_text("In the popover")).to_be_hidden()


MEDIA_APP = """
import io
import numpy as np
from PIL import Image
import streamlit as st

if st.button("Swap"):
    st.session_state.swapped = True
rgb = np.zeros((30, 60, 3), dtype=np.uint8)
rgb[:, :30] = (255, 0, 0)
if st.session_state.get("swapped"):
    st.image(np.full((10, 10), 128, dtype=np.uint8), caption="Swapped")
else:
    st.image(rgb, caption="From NumPy")
buffer = io.BytesIO()
Image.new("RGB", (40, 20), (0, 128, 255)).save(buffer, format="PNG")
st.image(Image.open(buffer), caption="From PIL", width=80)
t = np.linspace(0, 1, 8000, endpoint=False)
st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=8000)
"""


@pytest.fixture(scope="module")
def media_page(browser, export_site):
    site = export_site(MEDIA_APP, name="media")
    context = browser.new_context()
    page = site.open(context.new_page())
    yield page
    context.close()


def test_images_and_audio_from_bytes(media_page: Page):
    page = media_page
    numpy_image = page.get_by_role("img", name="From NumPy")
    pil_image = page.get_by_role("img", name="From PIL")
    expect(numpy_image).to_be_visible()
    expect(pil_image).to_be_visible()
    sizes = [image.evaluate("(img) => [img.naturalWidth, img.naturalHeight, img.src.slice(0, 5)]") for image in (numpy_image, pil_image)]
    assert sizes == [[60, 30, "blob:"], [40, 20, "blob:"]]
    assert pil_image.evaluate("(img) => img.getBoundingClientRect().width") == 80
    expect(page.get_by_text("From NumPy")).to_be_visible()
    audio = page.get_by_test_id("stAudio")
    audio.evaluate("(a) => new Promise((resolve) => a.readyState >= 1 ? resolve() : a.addEventListener('loadedmetadata', resolve))")
    assert round(audio.evaluate("(a) => a.duration"), 2) == 1.0
    # A replaced image's object URL is revoked; the new one loads.
    fetch = "(url) => fetch(url).then(() => 'loaded', () => 'revoked')"
    url = numpy_image.evaluate("(img) => img.src")
    assert page.evaluate(fetch, url) == "loaded"
    interact(page, lambda: page.get_by_role("button", name="Swap").click())
    swapped = page.get_by_role("img", name="Swapped")
    expect(swapped).to_be_visible()
    assert page.evaluate(fetch, url) == "revoked"
    assert page.evaluate(fetch, swapped.evaluate("(img) => img.src")) == "loaded"
