import streamlit as st

st.title("🧮 Tip splitter")
bill = st.number_input("Bill ($)", min_value=0.0, value=84.0, step=1.0)
tip = st.slider("Tip (%)", 0, 30, 15)
people = st.number_input("People", min_value=1, max_value=50, value=4, step=1)
total = bill * (1 + tip / 100)
left, right = st.columns(2)
left.metric("Total with tip", f"${total:,.2f}")
right.metric("Each pays", f"${total / people:,.2f}")
