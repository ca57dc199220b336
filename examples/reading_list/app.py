"""Reading list, a multipage app: this home page, plus pages/ to add books and browse the shelf.

The pages share st.session_state, so a book added on one page shows on the others.
"""

import streamlit as st

from library import progress_of, shelf

st.set_page_config(page_title="Reading list", page_icon="📚")

books = shelf()
st.title("📚 My reading list")
st.write("Track what you read this year. Add books on **Add a book**, update them on **Shelf**.")


def keep_goal() -> None:
    st.session_state.yearly_goal = st.session_state.goal


# Streamlit forgets a widget's value on pages that do not draw it: restore it from a plain key.
st.session_state.goal = st.session_state.yearly_goal
goal = st.number_input("Yearly goal (books)", min_value=1, max_value=200, key="goal", on_change=keep_goal)
finished = sum(book["pages_read"] >= book["pages"] for book in books)
reading = [book for book in books if 0 < book["pages_read"] < book["pages"]]

left, middle, right = st.columns(3)
left.metric("Books on the list", len(books))
middle.metric("Finished", finished, f"{finished / goal:.0%} of goal", delta_color="off")
right.metric("Pages read", f"{sum(b['pages_read'] for b in books):,}")
st.progress(min(finished / goal, 1.0), text=f"{finished} of {goal} books")

st.subheader("Currently reading")
if not reading:
    st.info("Nothing in progress.")
for book in reading:
    st.write(f"**{book['title']}** by {book['author']}: {progress_of(book):.0%}")

st.page_link("pages/1_➕_Add_a_book.py", label="Add a book", icon="➕")
