"""Text analyzer: word counts, readability and the most frequent words of any text."""

import re
from collections import Counter

import pandas as pd
import streamlit as st

st.set_page_config(page_title="Text analyzer", page_icon="📝")

SAMPLE = """The quick brown fox jumps over the lazy dog. The dog sleeps in the sun.
A fox is quick; a dog is lazy. Foxes and dogs rarely agree on anything, but both like the sun."""
STOPWORDS = set("a an and are as at be but by for from has have in is it its of on or that the to was were "
                "will with this these those they them their there i you he she we our your".split())

st.title("📝 Text analyzer")
text = st.text_area("Text to analyze", SAMPLE, height=160, help="Press Ctrl+Enter to analyze.")

words = re.findall(r"[A-Za-z']+", text.lower())
sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
if not words:
    st.info("Type or paste some text above.")
    st.stop()

minutes = len(words) / 200
cols = st.columns(4)
cols[0].metric("Words", len(words))
cols[1].metric("Unique words", len(set(words)))
cols[2].metric("Sentences", len(sentences))
cols[3].metric("Reading time", f"{max(1, round(minutes * 60))} s" if minutes < 1 else f"{minutes:.1f} min")

st.subheader("Most frequent words")
left, right = st.columns([1, 2])
skip_common = left.checkbox("Skip common words", value=True)
top_n = right.slider("How many", 3, 20, 5)
counted = Counter(w for w in words if not (skip_common and w in STOPWORDS))
top = pd.DataFrame(counted.most_common(top_n), columns=["word", "count"])
st.bar_chart(top, x="word", y="count", sort="-count", height=260)
st.write("Top words:", ", ".join(f"{w} ({c})" for w, c in counted.most_common(top_n)))

with st.expander("Find a word"):
    needle = st.text_input("Word", placeholder="fox")
    if needle:
        hits = words.count(needle.lower())
        st.write(f"**{needle}** appears {hits} time{'s' if hits != 1 else ''}.")
        lines = [line for line in text.splitlines() if needle.lower() in line.lower()]
        for line in lines:
            st.markdown("> " + re.sub(f"(?i)({re.escape(needle)})", r"**\1**", line))

average = sum(map(len, words)) / len(words)
st.caption(f"Average word length: {average:.1f} letters · average sentence: {len(words) / len(sentences):.1f} words")
