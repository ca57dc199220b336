"""To-do list in an editable table: add, edit, tick off and delete tasks; see what is left."""

from datetime import date

import pandas as pd
import streamlit as st

st.set_page_config(page_title="To-do list", page_icon="✅")

if "todos" not in st.session_state:
    st.session_state.todos = pd.DataFrame({
        "task": ["Renew passport", "Buy a birthday present", "Fix the bike light"],
        "priority": ["High", "Medium", "Low"],
        "due": [date(2025, 3, 1), date(2025, 3, 8), date(2025, 4, 1)],
        "done": [False, False, True],
    })

st.title("✅ To-do list")
st.caption("Double-click a cell to edit it. Add a task with the + below the table, or select rows to delete them.")

edited = st.data_editor(
    st.session_state.todos,
    num_rows="dynamic",
    hide_index=True,
    use_container_width=True,
    key="editor",
    column_config={
        "task": st.column_config.TextColumn("Task", required=True, width="large"),
        "priority": st.column_config.SelectboxColumn("Priority", options=["High", "Medium", "Low"],
                                                     default="Medium", required=True),
        "due": st.column_config.DateColumn("Due", format="D MMM YYYY"),
        "done": st.column_config.CheckboxColumn("Done", default=False),
    },
)

todos = edited.dropna(subset=["task"])
done = int(todos["done"].fillna(False).sum())
total = len(todos)
st.progress(done / total if total else 0.0, text=f"{done} of {total} done")

open_tasks = todos[~todos["done"].fillna(False)]
left, right = st.columns(2)
left.metric("Open", len(open_tasks))
right.metric("High priority open", int((open_tasks["priority"] == "High").sum()))

if not open_tasks.empty:
    next_up = open_tasks.sort_values("due", na_position="last").iloc[0]
    st.info(f"Next up: **{next_up['task']}**")
else:
    st.success("All done! 🎉")

if st.button("Clear finished tasks", disabled=done == 0):
    st.session_state.todos = todos[~todos["done"].fillna(False)].reset_index(drop=True)
    del st.session_state["editor"]
    st.rerun()
