import streamlit as st

from library import shelf

st.set_page_config(page_title="Add a book", page_icon="➕")
books = shelf()
st.title("➕ Add a book")

with st.form("new_book", clear_on_submit=True):
    title = st.text_input("Title")
    author = st.text_input("Author")
    genre = st.radio("Genre", ["Fiction", "Non-fiction", "Poetry"], horizontal=True)
    pages = st.number_input("Pages", min_value=1, max_value=5000, value=250)
    started = st.toggle("I have started it")
    added = st.form_submit_button("Add to my list", type="primary")

if added:
    if not title.strip() or not author.strip():
        st.error("A book needs a title and an author.")
    elif any(book["title"].lower() == title.strip().lower() for book in books):
        st.warning(f"“{title.strip()}” is already on the list.")
    else:
        books.append({"title": title.strip(), "author": author.strip(), "genre": genre, "pages": pages,
                      "pages_read": 1 if started else 0, "rating": None})
        st.success(f"Added “{title.strip()}”. You have {len(books)} books on the list.")

st.caption(f"{len(books)} books on the list so far.")
