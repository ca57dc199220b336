import streamlit as st

st.title("Hello, Headwater")
x = st.slider("x")
st.write(x, "squared is", x * x)
