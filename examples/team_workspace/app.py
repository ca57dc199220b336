"""Team workspace: st.navigation with sections, pages from functions and from files, shared state."""

import streamlit as st

st.set_page_config(page_title="Team workspace", page_icon="🏢", layout="wide")

st.session_state.setdefault("display_name", "Guest")
st.session_state.setdefault("tasks", [
    {"task": "Write the release notes", "owner": "Sam", "done": False},
    {"task": "Review the Q3 budget", "owner": "Ana", "done": True},
    {"task": "Plan the team offsite", "owner": "Sam", "done": False},
])


def home():
    st.title(f"👋 Welcome back, {st.session_state.display_name}")
    tasks = st.session_state.tasks
    open_tasks = [t for t in tasks if not t["done"]]
    left, right = st.columns(2)
    left.metric("Open tasks", len(open_tasks))
    right.metric("Done", len(tasks) - len(open_tasks))
    st.subheader("Up next")
    for task in open_tasks[:3]:
        st.write(f"- {task['task']} ({task['owner']})")
    st.page_link(tasks_page, label="Open the task board", icon="✅")


def settings():
    st.title("⚙️ Settings")
    name = st.text_input("Display name", st.session_state.display_name)
    if st.button("Save", type="primary"):
        st.session_state.display_name = name.strip() or "Guest"
        st.toast(f"Saved. Hello, {st.session_state.display_name}!", icon="💾")
        st.switch_page(home_page)
    st.caption("Settings are kept for this browser tab only.")


home_page = st.Page(home, title="Home", icon="🏠", default=True)
tasks_page = st.Page("views/tasks.py", title="Task board", icon="✅")
pages = {
    "Workspace": [home_page, tasks_page],
    "Tools": [st.Page("views/tip_splitter.py", title="Tip splitter", icon="🧮")],
    "Account": [st.Page(settings, title="Settings", icon="⚙️", url_path="settings")],
}
page = st.navigation(pages)
st.sidebar.caption(f"Signed in as **{st.session_state.display_name}**")
page.run()
