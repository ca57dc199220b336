"""What the pages share: the list of books in session state, seeded with a few."""

import streamlit as st

SEED = [
    {"title": "The Left Hand of Darkness", "author": "Ursula K. Le Guin", "genre": "Fiction", "pages": 304,
     "pages_read": 304, "rating": 5},
    {"title": "Thinking in Systems", "author": "Donella Meadows", "genre": "Non-fiction", "pages": 240,
     "pages_read": 120, "rating": None},
    {"title": "Piranesi", "author": "Susanna Clarke", "genre": "Fiction", "pages": 272, "pages_read": 0,
     "rating": None},
]


def shelf() -> list[dict]:
    if "books" not in st.session_state:
        st.session_state.books = [dict(book) for book in SEED]
        st.session_state.yearly_goal = 12
    return st.session_state.books


def progress_of(book: dict) -> float:
    return book["pages_read"] / book["pages"]
