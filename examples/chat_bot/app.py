"""A travel-tips chat bot: chat history in session state, replies streamed word by word."""

import random
import re
import time

import streamlit as st

st.set_page_config(page_title="Trip helper", page_icon="🧳")

GUIDE = {
    "lisbon": {
        "eat": "Try pastéis de nata still warm from the oven, and grilled sardines in Alfama in June.",
        "see": "Ride tram 28 up to the castle, then walk down through the Alfama lanes at sunset.",
        "weather": "Lisbon is mild: about 15 °C in winter and 28 °C in summer, with most rain from November to March.",
        "budget": "Budget around €90 a day for a guesthouse, meals and transport.",
    },
    "kyoto": {
        "eat": "Have a kaiseki dinner once, and yudofu (simmered tofu) near the temples.",
        "see": "Go to Fushimi Inari at dawn, before the crowds, and to the Arashiyama bamboo grove.",
        "weather": "Kyoto is hot and humid in summer (33 °C) and crisp in winter (around 5 °C).",
        "budget": "Budget around ¥15,000 a day for a business hotel, meals and buses.",
    },
    "oslo": {
        "eat": "Eat fish soup at the harbour and cinnamon buns from any bakery.",
        "see": "See the Opera House roof, the Viking Ship collection and the Vigeland park.",
        "weather": "Oslo summers are light and pleasant (22 °C); winters are snowy, around −4 °C.",
        "budget": "Oslo is pricey: budget around 1,600 NOK a day.",
    },
}
TOPICS = {
    "eat": ("eat", "food", "restaurant", "dinner", "lunch"),
    "see": ("see", "visit", "do", "sight", "museum"),
    "weather": ("weather", "rain", "cold", "hot", "temperature", "pack"),
    "budget": ("budget", "cost", "price", "money", "expensive", "cheap"),
}
GREETING = "Hi! I know a few things about **Lisbon**, **Kyoto** and **Oslo**: food, sights, weather and budget."


def answer(prompt: str, last_city: str | None, brief: bool) -> tuple[str, str | None]:
    words = set(re.findall(r"[a-zà-ÿ]+", prompt.lower()))
    city = next((c for c in GUIDE if c in words), last_city)
    topic = next((t for t, keys in TOPICS.items() if words & set(keys)), None)
    if city is None:
        return "Which city are you going to: Lisbon, Kyoto or Oslo?", None
    if topic is None:
        options = ", ".join(TOPICS)
        return f"What would you like to know about {city.title()}? I can help with: {options}.", city
    reply = GUIDE[city][topic]
    if not brief:
        reply = random.choice(["Good question!", "Happy to help.", "Ah, " + city.title() + "!"]) + " " + reply
    return reply, city


def stream(text: str):
    for word in text.split(" "):
        yield word + " "
        time.sleep(0.02)


if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": GREETING}]
    st.session_state.city = None

with st.sidebar:
    st.header("🧳 Trip helper")
    brief = st.toggle("Brief answers", help="Skip the small talk.")
    st.caption(f"Talking about: **{(st.session_state.city or 'no city yet').title()}**")
    if st.button("Clear conversation", icon="🗑️"):
        st.session_state.messages = [{"role": "assistant", "content": GREETING}]
        st.session_state.city = None
        st.rerun()
    asked = sum(m["role"] == "user" for m in st.session_state.messages)
    st.metric("Questions asked", asked)

st.title("🧳 Trip helper")
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Ask about Lisbon, Kyoto or Oslo"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    reply, st.session_state.city = answer(prompt, st.session_state.city, brief)
    with st.chat_message("assistant"):
        shown = st.write_stream(stream(reply))
    st.session_state.messages.append({"role": "assistant", "content": shown.strip()})
    st.rerun()  # so the sidebar shows the new count and city
