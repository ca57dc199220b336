"""Mortgage calculator: monthly payment, total interest and the amortization schedule."""

import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Mortgage calculator", page_icon="🏠", layout="wide")
st.title("🏠 Mortgage calculator")

with st.sidebar:
    st.header("Your loan")
    price = st.number_input("Home price ($)", min_value=10_000, max_value=5_000_000, value=400_000, step=10_000)
    down_pct = st.slider("Down payment (%)", 0, 50, 20, format="%d%%")
    rate = st.number_input("Interest rate (% a year)", min_value=0.0, max_value=20.0, value=6.5, step=0.125,
                           format="%.3f")
    years = st.select_slider("Term (years)", options=[10, 15, 20, 25, 30], value=30)
    extra = st.number_input("Extra payment each month ($)", min_value=0, max_value=10_000, value=0, step=50)


def schedule(principal: float, annual_rate: float, months: int, extra: float) -> tuple[float, pd.DataFrame]:
    """The fixed monthly payment and the month-by-month schedule (paid off early by extra payments)."""
    r = annual_rate / 100 / 12
    payment = principal / months if r == 0 else principal * r / (1 - (1 + r) ** -months)
    balance, rows = principal, []
    for month in range(1, months + 1):
        interest = balance * r
        paid = min(payment + extra, balance + interest)
        balance -= paid - interest
        rows.append((month, paid, paid - interest, interest, max(balance, 0.0)))
        if balance <= 0.005:
            break
    return payment, pd.DataFrame(rows, columns=["month", "payment", "principal", "interest", "balance"])


loan = price * (1 - down_pct / 100)
payment, plan = schedule(loan, rate, years * 12, extra)
total_interest = plan["interest"].sum()

cols = st.columns(4)
cols[0].metric("Loan amount", f"${loan:,.0f}")
cols[1].metric("Monthly payment", f"${payment + extra:,.2f}")
cols[2].metric("Total interest", f"${total_interest:,.0f}")
cols[3].metric("Paid off in", f"{len(plan) // 12} y {len(plan) % 12} m",
               f"{years * 12 - len(plan)} months early" if len(plan) < years * 12 else None)

plan["year"] = (plan["month"] - 1) // 12 + 1
yearly = plan.groupby("year").agg(principal=("principal", "sum"), interest=("interest", "sum"),
                                  balance=("balance", "last"))

chart_col, split_col = st.columns([2, 1])
with chart_col:
    st.subheader("Balance over time")
    st.area_chart(yearly, y="balance", x_label="Year", y_label="Balance ($)", color="#2e7d32")
with split_col:
    st.subheader("Where the money goes")
    st.bar_chart(yearly[["principal", "interest"]], stack=True, x_label="Year", y_label="Paid ($)",
                 color=["#2e7d32", "#f57c00"])

st.subheader("Yearly schedule")
st.dataframe(
    yearly.reset_index(),
    hide_index=True,
    use_container_width=True,
    column_config={
        "year": st.column_config.NumberColumn("Year", format="%d"),
        "principal": st.column_config.NumberColumn("Principal paid", format="dollar"),
        "interest": st.column_config.NumberColumn("Interest paid", format="dollar"),
        "balance": st.column_config.ProgressColumn(
            "Balance left", format="dollar", min_value=0, max_value=float(np.ceil(loan))),
    },
)
