"""Input widgets and forms in a real browser: drive each by role and label, check what the script sees."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import interact, load_script, run_count


def seen(page: Page, text: str):
    """The script's report of a value: an st.text line, matched whole."""
    return page.get_by_test_id("stText").filter(has_text=re.compile(rf"^{re.escape(text)}$"))


def test_toggle_is_a_switch(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"on={st.toggle('Dark mode')}")
    """)
    switch = shared_page.get_by_role("switch", name="Dark mode")
    expect(switch).not_to_be_checked()
    interact(shared_page, switch.click)
    expect(seen(shared_page, "on=True")).to_be_visible()
    expect(switch).to_be_checked()
    interact(shared_page, lambda: switch.press("Space"))
    expect(seen(shared_page, "on=False")).to_be_visible()


def test_labels_and_options_are_inline_markdown(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"agree={st.checkbox('I **really** agree')}")
        st.radio("Pick *one*", ["`code`", "plain"])
        st.button("**Go**")
    """)
    expect(shared_page.get_by_role("checkbox", name="I really agree")).to_be_visible()
    expect(shared_page.get_by_text("really", exact=True)).to_have_css("font-weight", "700")
    expect(shared_page.get_by_role("radiogroup", name="Pick one")).to_be_visible()
    expect(shared_page.get_by_role("radio", name="code")).to_be_checked()
    expect(shared_page.get_by_role("button", name="Go", exact=True)).to_be_visible()


def test_radio_group_by_click_and_arrow_keys(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        genre = st.radio("Genre", ["Comedy", "Drama", "Documentary"], captions=["Laugh", "Cry", "Learn"])
        st.text(f"genre={genre}")
        size = st.radio("Size", ["S", "M"], index=None, horizontal=True)
        st.text(f"size={size}")
    """)
    group = shared_page.get_by_role("radiogroup", name="Genre")
    expect(group.get_by_role("radio")).to_have_count(3)
    expect(seen(shared_page, "genre=Comedy")).to_be_visible()
    expect(seen(shared_page, "size=None")).to_be_visible()
    interact(shared_page, lambda: group.get_by_role("radio", name="Drama").check())
    expect(seen(shared_page, "genre=Drama")).to_be_visible()
    interact(shared_page, lambda: group.get_by_role("radio", name="Drama").press("ArrowDown"))
    expect(seen(shared_page, "genre=Documentary")).to_be_visible()
    expect(group.get_by_role("radio", name="Documentary")).to_be_checked()
    expect(group.get_by_text("Learn")).to_be_visible()
    interact(shared_page, lambda: shared_page.get_by_role("radio", name="M", exact=True).check())
    expect(seen(shared_page, "size=M")).to_be_visible()


def test_multiselect_choose_filter_remove_and_add(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        colors = st.multiselect("Colors", ["Green", "Yellow", "Red", "Blue"], default=["Yellow"])
        st.text(f"colors={colors}")
        tags = st.multiselect("Tags", ["a", "b"], accept_new_options=True, max_selections=2)
        st.text(f"tags={tags}")
    """)
    box = shared_page.get_by_role("combobox", name="Colors")
    expect(seen(shared_page, "colors=['Yellow']")).to_be_visible()
    box.click()
    listbox = shared_page.get_by_role("listbox")
    expect(listbox.get_by_role("option", name="Blue")).to_be_visible()
    expect(listbox.get_by_role("option", name="Yellow")).to_have_count(0)  # already chosen
    interact(shared_page, lambda: listbox.get_by_role("option", name="Blue").click())
    expect(seen(shared_page, "colors=['Yellow', 'Blue']")).to_be_visible()
    box.fill("gre")
    expect(shared_page.get_by_role("option")).to_have_text(["Green"])
    interact(shared_page, lambda: box.press("Enter"))
    expect(seen(shared_page, "colors=['Yellow', 'Blue', 'Green']")).to_be_visible()
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Remove Yellow").click())
    expect(seen(shared_page, "colors=['Blue', 'Green']")).to_be_visible()
    interact(shared_page, lambda: box.press("Backspace"))
    expect(seen(shared_page, "colors=['Blue']")).to_be_visible()
    box.press("Escape")

    tags = shared_page.get_by_role("combobox", name="Tags")
    tags.fill("purple")
    expect(shared_page.get_by_role("option", name="Add: purple")).to_be_visible()
    interact(shared_page, lambda: tags.press("Enter"))
    expect(seen(shared_page, "tags=['purple']")).to_be_visible()
    tags.fill("a")
    interact(shared_page, lambda: tags.press("Enter"))
    expect(seen(shared_page, "tags=['purple', 'a']")).to_be_visible()
    tags.click()
    expect(shared_page.get_by_text("You can only select up to 2 options. Remove an option first.")).to_be_visible()


def test_pills_segmented_control_and_feedback(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"dirs={st.pills('Directions', ['North', 'East', 'South'], selection_mode='multi')}")
        st.text(f"view={st.segmented_control('View', ['Day', 'Week'], default='Week')}")
        st.text(f"req={st.pills('Plan', ['Free', 'Pro'], default='Free', required=True)}")
        st.text(f"thumbs={st.feedback('thumbs')}")
        st.text(f"stars={st.feedback('stars', key='s')}")
    """)
    dirs = shared_page.get_by_role("group", name="Directions")
    interact(shared_page, lambda: dirs.get_by_role("button", name="East").click())
    interact(shared_page, lambda: dirs.get_by_role("button", name="North").click())
    expect(seen(shared_page, "dirs=['East', 'North']")).to_be_visible()
    expect(dirs.get_by_role("button", name="East")).to_have_attribute("aria-pressed", "true")

    view = shared_page.get_by_role("group", name="View")
    expect(seen(shared_page, "view=Week")).to_be_visible()
    interact(shared_page, lambda: view.get_by_role("button", name="Week").click())
    expect(seen(shared_page, "view=None")).to_be_visible()  # deselected
    interact(shared_page, lambda: view.get_by_role("button", name="Day").press("Enter"))
    expect(seen(shared_page, "view=Day")).to_be_visible()

    before = run_count(shared_page)
    shared_page.get_by_role("group", name="Plan").get_by_role("button", name="Free").click()
    expect(shared_page.get_by_role("button", name="Free")).to_have_attribute("aria-pressed", "true")
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Pro").click())
    assert run_count(shared_page) == before + 1  # releasing a required choice sent nothing
    expect(seen(shared_page, "req=Pro")).to_be_visible()

    ratings = shared_page.get_by_role("radiogroup", name="Feedback rating")
    interact(shared_page, lambda: ratings.first.get_by_role("radio", name="Thumbs up").click())
    expect(seen(shared_page, "thumbs=1")).to_be_visible()
    stars = ratings.nth(1)
    stars.get_by_role("radio", name="1 out of 5 stars").focus()
    shared_page.keyboard.press("ArrowRight")
    shared_page.keyboard.press("ArrowRight")
    interact(shared_page, lambda: shared_page.keyboard.press("Enter"))
    expect(seen(shared_page, "stars=2")).to_be_visible()
    expect(stars.get_by_role("radio", name="3 out of 5 stars")).to_have_attribute("aria-checked", "true")
    interact(shared_page, lambda: stars.get_by_role("radio", name="3 out of 5 stars").click())
    expect(seen(shared_page, "stars=None")).to_be_visible()


def test_select_slider_and_date_time_sliders(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        from datetime import date, time
        st.text(f"size={st.select_slider('Size', ['S', 'M', 'L', 'XL'], value='M')}")
        lo, hi = st.select_slider('Band', ['red', 'green', 'blue'], value=('red', 'blue'))
        st.text(f"band={lo}-{hi}")
        st.text(f"day={st.slider('Day', value=date(2024, 1, 31))}")
        st.text(f"at={st.slider('At', value=time(9, 0), format='hh:mm A')}")
    """)
    size = shared_page.get_by_role("slider", name="Size")
    expect(size).to_have_attribute("aria-valuetext", "M")
    interact(shared_page, lambda: size.press("ArrowRight"))
    expect(seen(shared_page, "size=L")).to_be_visible()
    band_low = shared_page.get_by_role("slider", name="Band").first
    interact(shared_page, lambda: band_low.press("ArrowRight"))
    expect(seen(shared_page, "band=green-blue")).to_be_visible()

    day = shared_page.get_by_role("slider", name="Day")
    expect(day).to_have_attribute("aria-valuetext", "2024-01-31")
    interact(shared_page, lambda: day.press("ArrowRight"))
    expect(seen(shared_page, "day=2024-02-01")).to_be_visible()
    at = shared_page.get_by_role("slider", name="At")
    expect(at).to_have_attribute("aria-valuetext", "09:00 AM")
    interact(shared_page, lambda: at.press("ArrowLeft"))
    expect(seen(shared_page, "at=08:45:00")).to_be_visible()


def test_text_area_applies_on_ctrl_enter_and_blur(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"notes={st.text_area('Notes', 'one', max_chars=20)!r}")
    """)
    area = shared_page.get_by_role("textbox", name="Notes")
    area.fill("one\ntwo")
    expect(shared_page.get_by_text("Ctrl+Enter to apply")).to_be_visible()
    interact(shared_page, lambda: area.press("Control+Enter"))
    expect(seen(shared_page, "notes='one\\ntwo'")).to_be_visible()
    area.fill("three")
    interact(shared_page, lambda: area.blur())
    expect(seen(shared_page, "notes='three'")).to_be_visible()
    expect(area).to_have_attribute("maxlength", "20")


def test_date_input_typed_and_from_the_calendar(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        from datetime import date
        st.text(f"day={st.date_input('Day', date(2024, 1, 5))}")
        st.text(f"trip={st.date_input('Trip', (date(2024, 1, 1), date(2024, 1, 3)), format='DD.MM.YYYY')}")
        st.text(f"maybe={st.date_input('Maybe', None, min_value=date(2024, 1, 1), max_value=date(2024, 12, 31))}")
    """)
    day = shared_page.get_by_role("combobox", name="Day")
    expect(day).to_have_value("2024/01/05")
    day.fill("2024/02/03")
    interact(shared_page, lambda: day.press("Enter"))
    expect(seen(shared_page, "day=2024-02-03")).to_be_visible()
    day.click()
    calendar = shared_page.get_by_role("dialog", name="Choose a date")
    expect(calendar.get_by_role("grid", name="February 2024")).to_be_visible()
    interact(shared_page, lambda: calendar.get_by_role("button", name="Saturday, February 10, 2024").click())
    expect(seen(shared_page, "day=2024-02-10")).to_be_visible()
    expect(calendar).to_be_hidden()

    trip = shared_page.get_by_role("combobox", name="Trip")
    expect(trip).to_have_value("01.01.2024 – 03.01.2024")
    trip.click()
    shared_page.get_by_role("button", name="Friday, January 5, 2024").click()
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Monday, January 8, 2024").click())
    expect(seen(shared_page, "trip=(datetime.date(2024, 1, 5), datetime.date(2024, 1, 8))")).to_be_visible()

    maybe = shared_page.get_by_role("combobox", name="Maybe")
    expect(seen(shared_page, "maybe=None")).to_be_visible()
    maybe.fill("2025/01/01")  # past max_value: refused, the field shows the old value again
    maybe.press("Enter")
    expect(maybe).to_have_value("")
    # The keyboard: ArrowDown opens the calendar on today, kept within min..max (today is
    # past 2024, so December 31); arrows move, Enter chooses.
    maybe.press("ArrowDown")
    expect(shared_page.get_by_role("grid", name="December 2024")).to_be_visible()
    shared_page.keyboard.press("ArrowLeft")
    interact(shared_page, lambda: shared_page.keyboard.press("Enter"))
    expect(seen(shared_page, "maybe=2024-12-30")).to_be_visible()


def test_time_and_datetime_inputs(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        from datetime import time, datetime
        st.text(f"alarm={st.time_input('Alarm', time(8, 45))}")
        st.text(f"lap={st.time_input('Lap', None, step=30)}")
        st.text(f"meet={st.datetime_input('Meeting', datetime(2025, 3, 1, 9, 30))}")
    """)
    alarm = shared_page.get_by_role("combobox", name="Alarm")
    expect(alarm).to_have_value("08:45")
    alarm.fill("9:10 pm")
    interact(shared_page, lambda: alarm.press("Enter"))
    expect(seen(shared_page, "alarm=21:10:00")).to_be_visible()
    alarm.click()
    interact(shared_page, lambda: shared_page.get_by_role("option", name="10:00").click())
    expect(seen(shared_page, "alarm=10:00:00")).to_be_visible()

    lap = shared_page.get_by_role("combobox", name="Lap")
    lap.fill("00:01:30")
    interact(shared_page, lambda: lap.press("Enter"))
    expect(seen(shared_page, "lap=00:01:30")).to_be_visible()
    lap.fill("")
    interact(shared_page, lambda: lap.press("Enter"))
    expect(seen(shared_page, "lap=None")).to_be_visible()

    meet_day = shared_page.get_by_role("combobox", name="Meeting", exact=True)
    meet_time = shared_page.get_by_role("combobox", name="Meeting time")
    expect(meet_day).to_have_value("2025/03/01")
    meet_time.fill("14:15")
    interact(shared_page, lambda: meet_time.press("Enter"))
    expect(seen(shared_page, "meet=2025-03-01 14:15:00")).to_be_visible()
    meet_day.fill("2025/03/04")
    interact(shared_page, lambda: meet_day.press("Enter"))
    expect(seen(shared_page, "meet=2025-03-04 14:15:00")).to_be_visible()


def test_color_picker(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"color={st.color_picker('Pick a color', '#00f900')}")
    """)
    picker = shared_page.get_by_label("Pick a color")
    expect(picker).to_have_value("#00f900")
    interact(shared_page, lambda: picker.fill("#ff0000"))
    expect(seen(shared_page, "color=#ff0000")).to_be_visible()


def test_file_uploader_sends_bytes_and_reuses_them(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        one = st.file_uploader("Data", type=["csv"])
        if one is not None:
            st.text(f"one={one.name} {one.type} {one.size} {one.read()!r}")
        else:
            st.text("one=None")
        many = st.file_uploader("Images", accept_multiple_files=True)
        st.text("many=" + ",".join(f"{f.name}:{len(f.getvalue())}" for f in many))
        st.button("Rerun")
    """)
    data = shared_page.get_by_label("Data")
    interact(shared_page, lambda: data.set_input_files(
        files=[{"name": "a.csv", "mimeType": "text/csv", "buffer": b"x,y\n1,2\n"}]))
    expect(seen(shared_page, "one=a.csv text/csv 8 b'x,y\\n1,2\\n'")).to_be_visible()
    expect(shared_page.get_by_test_id("stFileUploaderFile")).to_have_count(1)
    # Another run: the file is still there, and reads from the start again.
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Rerun").click())
    expect(seen(shared_page, "one=a.csv text/csv 8 b'x,y\\n1,2\\n'")).to_be_visible()
    # A file type the widget does not take is refused on the page.
    data.set_input_files(files=[{"name": "b.txt", "mimeType": "text/plain", "buffer": b"no"}])
    expect(shared_page.get_by_role("alert").filter(has_text="b.txt")).to_be_visible()

    images = shared_page.get_by_label("Images")
    blob = bytes(range(256)) * 40
    interact(shared_page, lambda: images.set_input_files(files=[
        {"name": "p.bin", "mimeType": "application/octet-stream", "buffer": blob},
        {"name": "q.bin", "mimeType": "application/octet-stream", "buffer": b"q"},
    ]))
    expect(seen(shared_page, "many=p.bin:10240,q.bin:1")).to_be_visible()
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Remove p.bin").click())
    expect(seen(shared_page, "many=q.bin:1")).to_be_visible()
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Remove a.csv").click())
    expect(seen(shared_page, "one=None")).to_be_visible()


def test_download_button_saves_the_file_and_reruns(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        clicked = st.download_button("Save CSV", "a,b\\n1,2\\n", file_name="data.csv", mime="text/csv")
        st.text(f"clicked={clicked}")
        st.download_button("Quiet", b"\\x00\\x01", on_click="ignore")
    """)
    with shared_page.expect_download() as download_info:
        interact(shared_page, lambda: shared_page.get_by_role("button", name="Save CSV").click())
    download = download_info.value
    assert download.suggested_filename == "data.csv"
    assert open(download.path(), "rb").read() == b"a,b\n1,2\n"
    expect(seen(shared_page, "clicked=True")).to_be_visible()
    before = run_count(shared_page)
    with shared_page.expect_download() as quiet:
        shared_page.get_by_role("button", name="Quiet").click()
    assert open(quiet.value.path(), "rb").read() == b"\x00\x01"
    assert quiet.value.suggested_filename == "download.bin"
    assert run_count(shared_page) == before


def test_button_keyboard_shortcuts(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"saved={st.button('Save', shortcut='Ctrl+K')}")
        st.text_input("Notes")
    """)
    expect(shared_page.get_by_role("button", name="Save")).to_have_attribute("aria-keyshortcuts", "ctrl+k")
    interact(shared_page, lambda: shared_page.keyboard.press("Control+k"))
    expect(seen(shared_page, "saved=True")).to_be_visible()
    # A plain letter typed in a field is text, not a shortcut; with Ctrl it still is one.
    notes = shared_page.get_by_role("textbox", name="Notes")
    notes.press("k")
    expect(notes).to_have_value("k")
    interact(shared_page, lambda: notes.press("Control+k"))
    expect(seen(shared_page, "saved=True")).to_be_visible()


def test_link_button_refuses_javascript_urls(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.link_button("Gallery", "https://streamlit.io/gallery")
        st.link_button("Sneaky", "javascript:alert(document.cookie)")
    """)
    gallery = shared_page.get_by_role("link", name="Gallery")
    expect(gallery).to_have_attribute("href", "https://streamlit.io/gallery")
    expect(gallery).to_have_attribute("target", "_blank")
    sneaky = shared_page.get_by_role("link", name="Sneaky")
    expect(sneaky).not_to_have_attribute("href", re.compile(".*"))
    expect(sneaky).to_have_attribute("aria-disabled", "true")


def test_on_change_ignore_waits_for_the_next_rerun(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        quiet = st.toggle("Quiet", on_change="ignore")
        size = st.select_slider("Size", ["S", "M", "L"], on_change="ignore")
        go = st.button("Go")
        st.text(f"runs={st.session_state.runs} quiet={quiet} size={size} go={go}")
    """)
    expect(seen(shared_page, "runs=1 quiet=False size=S go=False")).to_be_visible()
    shared_page.get_by_role("switch", name="Quiet").click()
    shared_page.get_by_role("slider", name="Size").press("End")
    expect(shared_page.get_by_role("switch", name="Quiet")).to_be_checked()
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Go").click())
    # One run, the button's, carried both changes: neither change ran the script itself.
    expect(seen(shared_page, "runs=2 quiet=True size=L go=True")).to_be_visible()


def test_form_holds_values_until_submit_then_clears(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.session_state.setdefault("submits", 0)

        def count():
            st.session_state.submits += 1

        with st.form("profile", clear_on_submit=True):
            name = st.text_input("Name")
            level = st.slider("Level", 0, 10, 2)
            pets = st.multiselect("Pets", ["cat", "dog"])
            doc = st.file_uploader("Doc")
            ok = st.form_submit_button("Save", on_click=count)
        doc = doc.name if doc else None
        st.text(f"name={name!r} level={level} pets={pets} doc={doc} ok={ok} submits={st.session_state.submits}")
        st.button("Elsewhere")
    """)
    start = "name='' level=2 pets=[] doc=None ok=False submits=0"
    expect(seen(shared_page, start)).to_be_visible()
    shared_page.get_by_role("textbox", name="Name").fill("Ada")
    shared_page.get_by_role("textbox", name="Name").blur()
    shared_page.get_by_role("slider", name="Level").press("ArrowRight")
    shared_page.get_by_role("combobox", name="Pets").click()
    shared_page.get_by_role("option", name="dog").click()
    shared_page.get_by_role("combobox", name="Pets").press("Escape")
    shared_page.get_by_label("Doc").set_input_files(files=[{"name": "cv.txt", "mimeType": "text/plain", "buffer": b"hi"}])
    expect(shared_page.get_by_test_id("stFileUploaderFile")).to_have_text(re.compile("cv.txt"))
    # A rerun from outside the form does not carry the form's changes.
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Elsewhere").click())
    expect(seen(shared_page, start)).to_be_visible()
    expect(shared_page.get_by_role("textbox", name="Name")).to_have_value("Ada")

    interact(shared_page, lambda: shared_page.get_by_role("button", name="Save").click())
    expect(seen(shared_page, "name='Ada' level=3 pets=['dog'] doc=cv.txt ok=True submits=1")).to_be_visible()
    # clear_on_submit: the widgets show their defaults again, held for the next submit.
    expect(shared_page.get_by_role("textbox", name="Name")).to_have_value("")
    expect(shared_page.get_by_role("slider", name="Level")).to_have_attribute("aria-valuenow", "2")
    expect(shared_page.get_by_role("button", name="Remove dog")).to_have_count(0)
    expect(shared_page.get_by_test_id("stFileUploaderFile")).to_have_count(0)
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Save").click())
    expect(seen(shared_page, "name='' level=2 pets=[] doc=None ok=True submits=2")).to_be_visible()


def test_form_enter_to_submit_and_number_input_float(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        with st.form("search"):
            query = st.text_input("Query")
            price = st.number_input("Price", value=1.5)
            go = st.form_submit_button("Search")
        st.text(f"query={query!r} price={price!r} go={go}")
        with st.form("no_enter", enter_to_submit=False):
            other = st.text_input("Other")
            st.form_submit_button()
        st.text(f"other={other!r}")
    """)
    query = shared_page.get_by_role("textbox", name="Query")
    query.fill("llamas")
    price = shared_page.get_by_role("spinbutton", name="Price")
    price.fill("3")
    interact(shared_page, lambda: price.press("Enter"))
    expect(seen(shared_page, "query='llamas' price=3.0 go=True")).to_be_visible()

    other = shared_page.get_by_role("textbox", name="Other")
    other.fill("x")
    other.press("Enter")
    interact(shared_page, lambda: shared_page.get_by_role("button", name="Submit").click())
    expect(seen(shared_page, "other='x'")).to_be_visible()


def test_form_errors_and_missing_submit_button(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        with st.form("lonely"):
            st.text_input("Alone")
        with st.form("bad"):
            st.button("Press")
    """)
    form = shared_page.get_by_test_id("stForm").first
    expect(form.get_by_text("Missing Submit Button")).to_be_visible()
    error = shared_page.get_by_test_id("stException")
    expect(error).to_contain_text("StreamlitInvalidLayoutContextError")
    expect(error).to_contain_text("st.button() can't be used in an st.form()")


def test_camera_input_without_a_camera_says_so(shared_page: Page):
    load_script(shared_page, """
        import streamlit as st
        st.text(f"photo={st.camera_input('Take a picture')}")
    """)
    expect(seen(shared_page, "photo=None")).to_be_visible()
    message = shared_page.get_by_test_id("stCameraInput").get_by_role("status")
    expect(message).to_have_text(re.compile(r"camera", re.I))


MEDIA_APP = """
import streamlit as st
photo = st.camera_input("Take a picture")
st.text(f"photo={photo.name} {photo.type} jpeg={photo.getvalue()[:2] == bytes([0xFF, 0xD8])}" if photo else "photo=None")
voice = st.audio_input("Record a voice message", sample_rate=8000)
if voice:
    data = voice.getvalue()
    st.text(f"voice={voice.name} {voice.type} wav={data[:4] == b'RIFF' and data[8:12] == b'WAVE'} "
            f"rate={int.from_bytes(data[24:28], 'little')}")
else:
    st.text("voice=None")
"""


@pytest.fixture(scope="module")
def media_page(browser_type, export_site):
    """A page in a Chromium whose camera and microphone are fakes Chromium provides."""
    import build

    browser = browser_type.launch(
        executable_path=build.CHROMIUM,
        args=[*build.CHROMIUM_FLAGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
    )
    site = export_site(MEDIA_APP, name="media")
    page = site.open(browser.new_page())
    yield page
    browser.close()


def test_camera_and_microphone_send_a_jpeg_and_a_wav(media_page: Page):
    camera = media_page.get_by_test_id("stCameraInput")
    expect(camera.get_by_role("button", name="Take Photo")).to_be_visible()
    interact(media_page, lambda: camera.get_by_role("button", name="Take Photo").click())
    expect(seen(media_page, "photo=camera.jpg image/jpeg jpeg=True")).to_be_visible()
    expect(camera.get_by_role("img", name="Photo taken")).to_be_visible()

    recorder = media_page.get_by_test_id("stAudioInput")
    recorder.get_by_role("button", name="Record").click()
    expect(recorder.get_by_role("button", name="Stop recording")).to_be_visible()
    # Speak for a moment, as a person would: a recording stopped within milliseconds has
    # no audio, which the widget reports as unreadable instead of sending (and the test
    # would wait for a rerun that never comes).
    media_page.wait_for_timeout(1500)
    interact(media_page, lambda: recorder.get_by_role("button", name="Stop recording").click())
    expect(seen(media_page, "voice=audio.wav audio/wav wav=True rate=8000")).to_be_visible()

    interact(media_page, lambda: camera.get_by_role("button", name="Clear photo").click())
    expect(seen(media_page, "photo=None")).to_be_visible()
