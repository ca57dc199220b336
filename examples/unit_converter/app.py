"""Unit converter: pick a quantity and two units; swap them with one click."""

import streamlit as st

st.set_page_config(page_title="Unit converter", page_icon="📏")

# Each unit as (factor, offset) to the quantity's base unit: base = value * factor + offset.
UNITS = {
    "Length": {"millimetre": (0.001, 0), "centimetre": (0.01, 0), "metre": (1, 0), "kilometre": (1000, 0),
               "inch": (0.0254, 0), "foot": (0.3048, 0), "yard": (0.9144, 0), "mile": (1609.344, 0)},
    "Mass": {"gram": (0.001, 0), "kilogram": (1, 0), "tonne": (1000, 0), "ounce": (0.028349523125, 0),
             "pound": (0.45359237, 0), "stone": (6.35029318, 0)},
    "Temperature": {"Celsius": (1, 0), "Fahrenheit": (5 / 9, -32 * 5 / 9), "Kelvin": (1, -273.15)},
    "Volume": {"millilitre": (0.001, 0), "litre": (1, 0), "US cup": (0.2365882365, 0),
               "US gallon": (3.785411784, 0), "imperial pint": (0.56826125, 0)},
}
DEFAULTS = {"Length": ("kilometre", "mile"), "Mass": ("kilogram", "pound"),
            "Temperature": ("Celsius", "Fahrenheit"), "Volume": ("litre", "US gallon")}


def convert(value: float, source: str, target: str, units: dict) -> float:
    factor, offset = units[source]
    base = value * factor + offset
    factor, offset = units[target]
    return (base - offset) / factor


def reset_units() -> None:
    st.session_state.source, st.session_state.target = DEFAULTS[st.session_state.quantity]


def swap_units() -> None:
    st.session_state.source, st.session_state.target = st.session_state.target, st.session_state.source


st.title("📏 Unit converter")
if "quantity" not in st.session_state:
    st.session_state.quantity = "Length"
    reset_units()

quantity = st.segmented_control("Quantity", list(UNITS), key="quantity", on_change=reset_units,
                                required=True)
units = UNITS[quantity]

value = st.number_input("Value", value=10.0, step=1.0, format="%g")
left, middle, right = st.columns([5, 1, 5], vertical_alignment="bottom")
source = left.selectbox("From", list(units), key="source")
middle.button("⇄", on_click=swap_units, help="Swap the units", use_container_width=True)
target = right.selectbox("To", list(units), key="target")

result = convert(value, source, target, units)
precision = st.slider("Decimal places", 0, 8, 3)
st.metric(f"{value:g} {source} is", f"{result:,.{precision}f} {target}")

with st.expander(f"Quick table: {source} → {target}"):
    rows = [f"| {v:g} {source} | {convert(v, source, target, units):,.{precision}f} {target} |"
            for v in (1, 5, 10, 50, 100)]
    st.markdown("\n".join([f"| {source} | {target} |", "| ---: | ---: |", *rows]))
