import streamlit as st

from library import progress_of, shelf

st.set_page_config(page_title="Shelf", page_icon="📖")
books = shelf()
st.title("📖 Shelf")

genres = sorted({book["genre"] for book in books})
chosen = st.segmented_control("Genre", genres, selection_mode="multi", default=genres)
status = st.radio("Show", ["All", "To read", "Reading", "Finished"], horizontal=True)


def status_of(book: dict) -> str:
    if book["pages_read"] >= book["pages"]:
        return "Finished"
    return "Reading" if book["pages_read"] else "To read"


def save_progress(book: dict, key: str) -> None:
    book["pages_read"] = st.session_state[key]


shown = [b for b in books if b["genre"] in chosen and status in ("All", status_of(b))]
st.caption(f"{len(shown)} of {len(books)} books")

for index, book in enumerate(books):
    if book not in shown:
        continue
    with st.container(border=True):
        st.markdown(f"**{book['title']}** · {book['author']} · _{book['genre']}_")
        key = f"read_{index}"
        st.slider("Pages read", 0, book["pages"], book["pages_read"], key=key, label_visibility="collapsed",
                  on_change=save_progress, args=(book, key))
        st.progress(progress_of(book), text=f"{status_of(book)}: {book['pages_read']} of {book['pages']} pages")
        if status_of(book) == "Finished":
            stars = st.feedback("stars", key=f"rating_{index}")
            if stars is not None:
                book["rating"] = stars + 1
            if book["rating"]:
                st.caption(f"Your rating: {'★' * book['rating']}{'☆' * (5 - book['rating'])}")
