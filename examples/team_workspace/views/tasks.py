import streamlit as st

st.title("✅ Task board")
tasks = st.session_state.tasks

with st.form("add_task", clear_on_submit=True, border=False):
    left, middle, right = st.columns([4, 2, 1], vertical_alignment="bottom")
    text = left.text_input("New task", placeholder="What needs doing?")
    owner = middle.selectbox("Owner", ["Sam", "Ana", "Lee"])
    if right.form_submit_button("Add", use_container_width=True) and text.strip():
        tasks.append({"task": text.strip(), "owner": owner, "done": False})

show_done = st.toggle("Show finished tasks", value=True)
for index, task in enumerate(tasks):
    if task["done"] and not show_done:
        continue
    task["done"] = st.checkbox(f"{task['task']} · {task['owner']}", value=task["done"], key=f"task_{index}")
st.caption(f"{sum(t['done'] for t in tasks)} of {len(tasks)} tasks done")
