"""SQL explorer: query a bundled SQLite database through st.connection, chart the result."""

import streamlit as st

st.set_page_config(page_title="SQL explorer", page_icon="🗄️", layout="wide")

conn = st.connection("bookstore", type="sql", url="sqlite:///bookstore.db")

EXAMPLES = {
    "Best-selling books": """select b.title, a.name as author, sum(s.quantity) as copies
from sales s join books b on b.id = s.book_id join authors a on a.id = b.author_id
group by b.id order by copies desc, b.title limit 10""",
    "Revenue by genre": """select b.genre, round(sum(s.quantity * b.price), 2) as revenue
from sales s join books b on b.id = s.book_id
group by b.genre order by revenue desc""",
    "Sales by month": """select substr(s.sold_on, 1, 7) as month, sum(s.quantity) as copies
from sales s group by month order by month""",
    "Authors by country": """select a.country, a.name, count(b.id) as books
from authors a left join books b on b.author_id = a.id
group by a.id order by a.country""",
}


def use_example() -> None:
    if st.session_state.example:
        st.session_state.sql = EXAMPLES[st.session_state.example]


st.title("🗄️ Bookstore SQL explorer")

with st.sidebar:
    st.header("Schema")
    tables = conn.query("select name from sqlite_master where type = 'table' order by name")["name"]
    for table in tables:
        count = conn.query(f"select count(*) as n from {table}")["n"][0]
        with st.expander(f"**{table}** · {count:,} rows"):
            columns = conn.query(f"select name, type from pragma_table_info('{table}')")
            st.dataframe(columns, hide_index=True, use_container_width=True)

st.selectbox("Example queries", list(EXAMPLES), index=None, key="example", on_change=use_example,
             placeholder="Pick an example, or write your own query below")
st.session_state.setdefault("sql", EXAMPLES["Best-selling books"])
sql = st.text_area("SQL", key="sql", height=140, help="Read-only: `select` and `with` queries. Ctrl+Enter runs it.")

if not sql.strip().lower().startswith(("select", "with")):
    st.error("Only read-only queries (`select ...` or `with ...`) can run here.")
    st.stop()

try:
    result = conn.query(sql, ttl=600)
except Exception as error:  # noqa: BLE001 - show the database's message for any bad query
    st.error(f"The query failed: {error}")
    st.stop()

st.caption(f"{len(result):,} rows · {len(result.columns)} columns")
table_tab, chart_tab = st.tabs(["Result", "Chart"])
with table_tab:
    st.dataframe(result, hide_index=True, use_container_width=True)
    st.download_button("Download CSV", result.to_csv(index=False), file_name="query.csv", mime="text/csv")
with chart_tab:
    numeric = result.select_dtypes("number").columns.tolist()
    labels = [c for c in result.columns if c not in numeric]
    if not numeric or not labels:
        st.info("A chart needs a text column and a numeric column in the result.")
    else:
        value = st.selectbox("Value", numeric)
        st.bar_chart(result, x=labels[0], y=value, horizontal=len(result) > 8, sort=False)
