"""Live server monitor: a fragment refreshes the readings on a timer; another logs incidents on its own.

Only the fragments rerun: the rest of the page (and the count of full runs) stays as it is.
"""

import math
from datetime import datetime, timedelta

import streamlit as st

st.set_page_config(page_title="Server monitor", page_icon="🖥️")

SERVERS = {"web-1": 35, "web-2": 50, "db-1": 65}

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1

st.title("🖥️ Server monitor")
server = st.selectbox("Server", list(SERVERS))
if st.session_state.get("server") != server:  # a new server starts a new series
    st.session_state.server = server
    st.session_state.readings = []
live = st.toggle("Live updates", help="Refresh the readings every half second.")


def next_reading() -> float:
    """A made-up CPU load: a slow wave around the server's usual level."""
    n = len(st.session_state.readings)
    return round(SERVERS[server] + 15 * math.sin(n / 3) + 5 * math.sin(n * 1.7), 1)


@st.fragment(run_every=0.5 if live else None)
def readings():
    history = st.session_state.readings
    if live or not history:
        history.append(next_reading())
    latest, previous = history[-1], (history[-2] if len(history) > 1 else history[-1])
    left, right = st.columns(2)
    left.metric("CPU load", f"{latest:.1f}%", f"{latest - previous:+.1f} points")
    right.metric("Peak", f"{max(history):.1f}%")
    st.line_chart({"CPU %": history[-60:]}, height=200, y_label="%", x_label="reading")
    st.caption(f"Readings: {len(history)}")
    if latest > 75:
        st.error("CPU load above 75%!", icon="🔥")


@st.fragment
def incidents():
    st.subheader("Incident log")
    log = st.session_state.setdefault("incidents", [])
    with st.form("incident", clear_on_submit=True, border=False):
        text = st.text_input("What happened?")
        severity = st.select_slider("Severity", ["low", "medium", "high"], value="medium")
        if st.form_submit_button("Log incident") and text.strip():
            stamp = datetime(2025, 1, 6, 9, 0) + timedelta(minutes=7 * len(log))
            log.append(f"{stamp:%H:%M} · {severity} · {text.strip()} ({server})")
    for entry in reversed(log):
        st.write(entry)
    st.caption(f"{len(log)} incident{'s' if len(log) != 1 else ''} logged")


readings()
incidents()
st.caption(f"Full page runs: {st.session_state.full_runs}")
