"""CSV explorer: look at a table, filter it, chart two columns and summarize by group."""

import pandas as pd
import streamlit as st

st.set_page_config(page_title="CSV explorer", page_icon="🔎", layout="wide")


@st.cache_data
def read_csv(data) -> pd.DataFrame:
    return pd.read_csv(data)


st.title("🔎 CSV explorer")
uploaded = st.file_uploader("Upload a CSV file", type="csv", help="Without a file, the app shows sample housing data.")
if uploaded is None:
    df, source = read_csv("housing.csv"), "housing.csv (sample data)"
else:
    df, source = read_csv(uploaded), uploaded.name
st.caption(f"**{source}** · {len(df):,} rows × {len(df.columns)} columns")

numeric = df.select_dtypes("number").columns.tolist()
categorical = [c for c in df.columns if c not in numeric]

table_tab, chart_tab, group_tab, stats_tab = st.tabs(["📄 Table", "📈 Chart", "🧮 Group by", "📋 Summary"])

with table_tab:
    columns = st.multiselect("Columns", df.columns.tolist(), default=df.columns.tolist())
    query = st.text_input("Filter rows", placeholder="e.g. price > 300000 and bedrooms >= 3",
                          help="A pandas `DataFrame.query` expression.")
    shown = df
    if query:
        try:
            shown = df.query(query)
        except Exception as error:  # noqa: BLE001 - any bad expression is the visitor's typo
            st.error(f"Could not filter with `{query}`: {error}")
    st.dataframe(
        shown[columns],
        hide_index=True,
        column_config={
            "price": st.column_config.NumberColumn("Price", format="dollar"),
            "sqft": st.column_config.NumberColumn("Area (sq ft)", format="%d"),
            "year_built": st.column_config.NumberColumn("Built", format="%d"),
            "garage": st.column_config.CheckboxColumn("Garage"),
        },
    )
    st.caption(f"{len(shown):,} of {len(df):,} rows match.")

with chart_tab:
    if len(numeric) < 2:
        st.info("The chart needs two numeric columns.")
    else:
        left, middle, right = st.columns(3)
        x = left.selectbox("X axis", numeric, index=numeric.index("sqft") if "sqft" in numeric else 0)
        y = middle.selectbox("Y axis", numeric, index=numeric.index("price") if "price" in numeric else 1)
        color = right.selectbox("Color by", [None, *categorical], format_func=lambda c: "—" if c is None else c)
        st.scatter_chart(df, x=x, y=y, color=color, height=420)
        correlation = df[x].corr(df[y])
        st.write(f"Correlation of **{x}** and **{y}**: `{correlation:.2f}`")

with group_tab:
    if not categorical or not numeric:
        st.info("Grouping needs a text column and a numeric column.")
    else:
        left, middle, right = st.columns([2, 2, 3])
        by = left.selectbox("Group by", categorical)
        value = middle.selectbox("Value", numeric, index=numeric.index("price") if "price" in numeric else 0)
        how = right.segmented_control("Aggregate", ["mean", "median", "sum", "count"], default="mean")
        grouped = df.groupby(by)[value].agg(how or "mean").sort_values(ascending=False)
        st.bar_chart(grouped, horizontal=True, height=260)
        st.write(f"Highest {how} {value}: **{grouped.index[0]}** with `{grouped.iloc[0]:,.0f}`")

with stats_tab:
    st.dataframe(df.describe().T, column_config={"count": st.column_config.NumberColumn(format="%d")})
    missing = df.isna().sum()
    if missing.any():
        st.warning(f"Missing values: {', '.join(f'{k} ({v})' for k, v in missing[missing > 0].items())}")
    else:
        st.success("No missing values.")
