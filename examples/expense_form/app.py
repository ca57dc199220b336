"""Expense report: a validated form, the submissions kept in session state, and a CSV to download."""

import csv
import io
from datetime import date

import streamlit as st

st.set_page_config(page_title="Expense report", page_icon="🧾")

CATEGORIES = ["Travel", "Meals", "Lodging", "Equipment", "Other"]
LIMITS = {"Meals": 75.0, "Lodging": 250.0}

if "expenses" not in st.session_state:
    st.session_state.expenses = []

st.title("🧾 Expense report")
st.write("Add each expense, then download the report for accounting.")

with st.form("expense", clear_on_submit=True):
    name = st.text_input("Employee name", key="employee", placeholder="Ada Lovelace")
    left, right = st.columns(2)
    spent_on = left.date_input("Date", date(2024, 3, 14), max_value=date(2024, 12, 31))
    category = right.selectbox("Category", CATEGORIES, index=None, placeholder="Choose a category")
    amount = st.number_input("Amount ($)", min_value=0.0, step=5.0, format="%.2f")
    note = st.text_area("What was it for?", max_chars=200)
    has_receipt = st.checkbox("I have a receipt for this expense")
    submitted = st.form_submit_button("Add expense", type="primary")

if submitted:
    problems = []
    if not name.strip():
        problems.append("Enter the employee name.")
    if category is None:
        problems.append("Choose a category.")
    if amount <= 0:
        problems.append("The amount must be more than $0.")
    if amount > 25 and not has_receipt:
        problems.append("Expenses over $25 need a receipt.")
    if problems:
        for problem in problems:
            st.error(problem, icon="🚫")
    else:
        over = category in LIMITS and amount > LIMITS[category]
        st.session_state.expenses.append({
            "employee": name.strip(), "date": spent_on.isoformat(), "category": category,
            "amount": amount, "note": note, "needs approval": over,
        })
        st.success(f"Added {category.lower()} expense of ${amount:,.2f}.", icon="✅")
        if over:
            st.warning(f"{category} over ${LIMITS[category]:,.0f} needs a manager's approval.", icon="⚠️")

expenses = st.session_state.expenses
st.divider()
st.subheader("This report")
if not expenses:
    st.info("No expenses yet.")
    st.stop()

total = sum(e["amount"] for e in expenses)
left, right = st.columns(2)
left.metric("Total", f"${total:,.2f}")
right.metric("Expenses", len(expenses), f"{sum(e['needs approval'] for e in expenses)} need approval",
             delta_color="off")
st.dataframe(
    expenses,
    column_config={"amount": st.column_config.NumberColumn("Amount", format="dollar")},
    hide_index=True,
)

buffer = io.StringIO()
writer = csv.DictWriter(buffer, fieldnames=list(expenses[0]))
writer.writeheader()
writer.writerows(expenses)
left, right = st.columns(2)
left.download_button("Download report (CSV)", buffer.getvalue(), file_name="expenses.csv", mime="text/csv",
                     icon="⬇️")
if right.button("Start a new report"):
    st.session_state.expenses = []
    st.rerun()
