"""A five-question quiz: one question at a time, instant feedback, a score and balloons at the end."""

import streamlit as st

st.set_page_config(page_title="Python quiz", page_icon="🧠")

QUESTIONS = [
    {"q": "What does `len('héllo')` return?", "options": ["4", "5", "6"], "answer": "5",
     "why": "`len` counts characters (code points), not bytes."},
    {"q": "Which of these is immutable?", "options": ["list", "dict", "tuple", "set"], "answer": "tuple",
     "why": "Tuples cannot be changed after they are made."},
    {"q": "What is `7 // 2`?", "options": ["3", "3.5", "4"], "answer": "3",
     "why": "`//` is floor division."},
    {"q": "Which keyword makes a generator?", "options": ["return", "yield", "async"], "answer": "yield",
     "why": "A function with `yield` returns a generator when called."},
    {"q": "What does `bool([])` return?", "options": ["True", "False", "None"], "answer": "False",
     "why": "Empty containers are falsy."},
]


def restart() -> None:
    st.session_state.update(question=0, score=0, checked=False)


if "question" not in st.session_state:
    restart()

st.title("🧠 Python quiz")
number = st.session_state.question
st.progress(number / len(QUESTIONS), text=f"Question {min(number + 1, len(QUESTIONS))} of {len(QUESTIONS)}")

if number == len(QUESTIONS):
    score = st.session_state.score
    st.header(f"Your score: {score}/{len(QUESTIONS)}")
    if score == len(QUESTIONS):
        st.balloons()
        st.success("Perfect! 🎉")
    elif score >= 3:
        st.info("Well done. Try again for a perfect score.")
    else:
        st.warning("Keep practising!")
    st.button("Play again", on_click=restart, type="primary")
    st.stop()

item = QUESTIONS[number]
st.subheader(item["q"])
choice = st.radio("Your answer", item["options"], index=None, key=f"answer_{number}",
                  disabled=st.session_state.checked)

if not st.session_state.checked:
    if st.button("Check answer", type="primary", disabled=choice is None):
        st.session_state.checked = True
        st.session_state.score += choice == item["answer"]
        st.rerun()
else:
    if choice == item["answer"]:
        st.success(f"Correct! {item['why']}")
    else:
        st.error(f"Not quite: the answer is **{item['answer']}**. {item['why']}")
    last = number == len(QUESTIONS) - 1

    def next_question() -> None:
        st.session_state.question += 1
        st.session_state.checked = False

    st.button("See my score" if last else "Next question", on_click=next_question)

st.caption(f"Score so far: {st.session_state.score}")
