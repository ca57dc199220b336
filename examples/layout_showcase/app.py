"""Layout showcase: columns, containers, tabs, expanders, a popover, a dialog, status and toasts."""

import time

import streamlit as st

st.set_page_config(page_title="Project board", page_icon="🗂️", layout="wide")

st.session_state.setdefault("profile", {"name": "Jordan", "role": "Analyst"})
st.session_state.setdefault("deploys", 0)

with st.sidebar:
    st.header("🗂️ Project board")
    st.write(f"Signed in as **{st.session_state.profile['name']}** ({st.session_state.profile['role']})")
    st.divider()
    st.caption("Everything on this page is standard Streamlit layout.")


@st.dialog("Edit profile")
def edit_profile():
    name = st.text_input("Name", st.session_state.profile["name"])
    role = st.selectbox("Role", ["Analyst", "Engineer", "Manager"],
                        index=["Analyst", "Engineer", "Manager"].index(st.session_state.profile["role"]))
    if st.button("Save profile", type="primary"):
        st.session_state.profile = {"name": name, "role": role}
        st.rerun()


header, actions = st.columns([3, 2], vertical_alignment="center")
header.title("Project board")
with actions:
    with st.container(horizontal=True, horizontal_alignment="right"):
        if st.button("Edit profile", icon="✏️"):
            edit_profile()
        with st.popover("Display", icon="⚙️"):
            compact = st.toggle("Compact cards")
            accent = st.radio("Accent", ["blue", "green", "orange", "violet"], horizontal=True)

cards = [("Backlog", 12, "Ideas and requests"), ("In progress", 5, "Being built"), ("Review", 3, "Waiting for a look"),
         ("Done", 27, "Shipped this quarter")]
for column, (title, count, blurb) in zip(st.columns(4), cards):
    with column.container(border=True):
        st.markdown(f":{accent}[**{title}**]")
        st.metric(title, count, label_visibility="collapsed")
        if not compact:
            st.caption(blurb)

overview, timeline, notes = st.tabs(["Overview", "Timeline", "Notes"])
with overview:
    left, right = st.columns(2)
    with left:
        st.subheader("Deploy")
        if st.button("Deploy to staging", type="primary"):
            with st.status("Deploying to staging...", expanded=True) as status:
                for step in ("Building the image", "Running the tests", "Rolling out"):
                    st.write(f"{step}...")
                    time.sleep(0.2)
                status.update(label="Deployed to staging", state="complete", expanded=False)
            st.session_state.deploys += 1
            st.toast("Staging is up to date", icon="🚀")
        st.write(f"Deploys this session: **{st.session_state.deploys}**")
    with right:
        st.subheader("Health")
        with st.expander("Service checks", expanded=True):
            st.success("API: healthy")
            st.warning("Search: slow responses")
            st.info("Billing: maintenance on Sunday")
with timeline:
    for week, milestone in enumerate(["Kick-off", "Design review", "Beta", "Launch"], start=1):
        st.markdown(f"**Week {week * 2}** · {milestone}")
        st.progress(min(1.0, 0.3 * week), text=f"{min(100, 30 * week)}%")
with notes:
    note = st.text_area("Meeting notes", placeholder="Write something...")
    placeholder = st.empty()
    if note:
        placeholder.caption(f"{len(note.split())} words")
