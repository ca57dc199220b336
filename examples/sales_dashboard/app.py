"""Sales dashboard: KPIs, trends and a breakdown of a year of orders, filtered in the sidebar."""

import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales dashboard", page_icon="📊", layout="wide")


@st.cache_data
def load_sales() -> pd.DataFrame:
    df = pd.read_csv("sales.csv", parse_dates=["date"])
    df["month"] = df["date"].dt.to_period("M").dt.to_timestamp()
    return df


sales = load_sales()

with st.sidebar:
    st.header("Filters")
    regions = st.multiselect("Region", sorted(sales["region"].unique()), default=sorted(sales["region"].unique()))
    categories = st.pills(
        "Category", sorted(sales["category"].unique()), selection_mode="multi",
        default=sorted(sales["category"].unique()),
    )
    quarter = st.select_slider("Quarters", options=["Q1", "Q2", "Q3", "Q4"], value=("Q1", "Q4"))
    st.caption(f"{len(sales):,} order lines in the data set.")

first, last = int(quarter[0][1]), int(quarter[1][1])
selected = sales[
    sales["region"].isin(regions)
    & sales["category"].isin(categories)
    & sales["date"].dt.quarter.between(first, last)
]

st.title("📊 Sales dashboard")
st.caption(f"Fiscal year 2024 · {', '.join(regions) or 'no region'} · Q{first}–Q{last}")

if selected.empty:
    st.warning("No orders match the filters. Choose at least one region and one category.")
    st.stop()

# Compare with the same quarters of the other categories/regions: the share of all sales.
total_revenue = selected["revenue"].sum()
share = total_revenue / sales[sales["date"].dt.quarter.between(first, last)]["revenue"].sum()
orders = selected["order_id"].nunique()

revenue_col, orders_col, aov_col, units_col = st.columns(4)
revenue_col.metric("Revenue", f"${total_revenue:,.0f}", f"{share:.0%} of all sales", delta_color="off", border=True)
orders_col.metric("Orders", f"{orders:,}", border=True)
aov_col.metric("Average order", f"${total_revenue / orders:,.2f}", border=True)
units_col.metric("Units sold", f"{selected['units'].sum():,}", border=True)

trend, breakdown = st.columns([3, 2])
with trend:
    st.subheader("Monthly revenue")
    monthly = selected.pivot_table(index="month", columns="category", values="revenue", aggfunc="sum").fillna(0)
    st.area_chart(monthly, y_label="Revenue ($)", x_label="Month", stack=True)
with breakdown:
    st.subheader("Revenue by region")
    by_region = selected.groupby("region", as_index=False)["revenue"].sum()
    st.bar_chart(by_region, x="region", y="revenue", horizontal=True, x_label="", y_label="Revenue ($)")

st.subheader("Top products")
top = (
    selected.groupby(["product", "category"], as_index=False)
    .agg(units=("units", "sum"), revenue=("revenue", "sum"))
    .sort_values("revenue", ascending=False)
)
top["share"] = top["revenue"] / top["revenue"].sum()
st.dataframe(
    top,
    hide_index=True,
    use_container_width=True,
    column_config={
        "product": "Product",
        "category": "Category",
        "units": st.column_config.NumberColumn("Units", format="%d"),
        "revenue": st.column_config.NumberColumn("Revenue", format="dollar"),
        "share": st.column_config.ProgressColumn("Share of revenue", format="percent", min_value=0, max_value=1),
    },
)

with st.expander("Raw order lines"):
    st.dataframe(selected.drop(columns="month"), hide_index=True)
    st.download_button("Download filtered CSV", selected.drop(columns="month").to_csv(index=False),
                       file_name="sales_filtered.csv", mime="text/csv")
