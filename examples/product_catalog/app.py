"""A product catalog: cards in a grid, pages, a sort menu, a product sheet in a frame,
and a star rating that is a custom component shipped in the app's `rating/` folder."""

import time
from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

st.set_page_config(page_title="Product catalog", page_icon="🛍️")

PER_PAGE = 6
SORTS = {
    "Name": (lambda p: p["name"], False),
    "Price: low to high": (lambda p: p["price"], False),
    "Price: high to low": (lambda p: p["price"], True),
    "Rating": (lambda p: p["stars"], True),
}
rating = components.declare_component("rating", path=Path(__file__).parent / "rating")


@st.cache_data
def load_products() -> list[dict]:
    """The catalog; a real app would call an API here, so the first load takes a moment."""
    time.sleep(0.3)
    names = [
        ("Trail backpack", "Outdoor", 89.0, 4.6), ("Camping stove", "Outdoor", 54.5, 4.2),
        ("Headlamp", "Outdoor", 24.0, 4.4), ("Water filter", "Outdoor", 39.9, 4.7),
        ("Espresso grinder", "Kitchen", 129.0, 4.5), ("Cast-iron pan", "Kitchen", 45.0, 4.8),
        ("Chef's knife", "Kitchen", 79.0, 4.6), ("Pour-over kettle", "Kitchen", 62.0, 4.1),
        ("Desk lamp", "Home office", 48.0, 4.0), ("Standing mat", "Home office", 35.0, 3.9),
        ("Mechanical keyboard", "Home office", 119.0, 4.7), ("Monitor arm", "Home office", 99.0, 4.3),
        ("Noise-cancelling headphones", "Audio", 249.0, 4.6), ("Bookshelf speakers", "Audio", 179.0, 4.4),
        ("USB microphone", "Audio", 89.0, 4.2), ("Turntable", "Audio", 229.0, 4.5),
        ("Yoga mat", "Fitness", 29.0, 4.3), ("Kettlebell 12 kg", "Fitness", 42.0, 4.8),
        ("Jump rope", "Fitness", 12.5, 4.1), ("Foam roller", "Fitness", 19.0, 4.4),
    ]
    return [
        {"sku": f"P{n:03d}", "name": name, "category": category, "price": price, "stars": stars}
        for n, (name, category, price, stars) in enumerate(names, start=1)
    ]


def product_sheet(product: dict) -> str:
    """A printable product sheet: HTML with its own styles, shown in a sandboxed frame."""
    return f"""
    <style>
      body {{ font-family: system-ui, sans-serif; margin: 0; padding: 1rem; color: #31333f; }}
      h2 {{ margin: 0 0 .25rem; }} .sku {{ color: #888; }} table {{ border-collapse: collapse; margin-top: .75rem; }}
      td {{ padding: .25rem .75rem .25rem 0; border-bottom: 1px solid #eee; }}
    </style>
    <h2>{product["name"]}</h2><div class="sku">{product["sku"]} · {product["category"]}</div>
    <table>
      <tr><td>Price</td><td>${product["price"]:.2f}</td></tr>
      <tr><td>Average rating</td><td>{product["stars"]:.1f} / 5</td></tr>
      <tr><td>Shipping</td><td>{"Free" if product["price"] >= 50 else "$4.90"}</td></tr>
    </table>"""


st.session_state.setdefault("sort", "Name")
st.session_state.setdefault("selected", None)
st.session_state.setdefault("ratings", {})

st.title("🛍️ Product catalog")

with st.skeleton(height=240):
    products = load_products()

with st.sidebar:
    categories = st.pills("Category", sorted({p["category"] for p in products}), selection_mode="multi")

header, sort_menu = st.columns([3, 1], vertical_alignment="bottom")
chosen = sort_menu.menu_button("Sort", list(SORTS), width="stretch")
if chosen:
    st.session_state.sort = chosen
key, descending = SORTS[st.session_state.sort]
shown = sorted((p for p in products if not categories or p["category"] in categories), key=key, reverse=descending)

cards = st.container()
pages = max(1, -(-len(shown) // PER_PAGE))
with st.container(horizontal_alignment="center"):
    page = st.pagination(pages, key=f"page-{st.session_state.sort}-{','.join(categories)}")
first = (page - 1) * PER_PAGE
header.caption(f"Showing {first + 1}–{min(first + PER_PAGE, len(shown))} of {len(shown)} products · sorted by {st.session_state.sort}")

grid = cards.grid(3, border=True, min_column_width=180)
for product in shown[first : first + PER_PAGE]:
    with grid.cell():
        st.markdown(f"**{product['name']}**")
        st.caption(f"{product['category']} · {'★' * round(product['stars'])} {product['stars']:.1f}")
        st.markdown(f"### ${product['price']:.2f}")
        if st.button("Details", key=f"details-{product['sku']}", width="stretch"):
            st.session_state.selected = product["sku"]

selected = next((p for p in products if p["sku"] == st.session_state.selected), None)
if selected:
    st.divider()
    st.subheader(f"About the {selected['name']}")
    sheet, rate = st.columns([3, 2])
    with sheet:
        st.iframe(product_sheet(selected), alt="Product sheet")
    with rate:
        st.write("Rate this product")
        stars = rating(stars=st.session_state.ratings.get(selected["sku"], 0), key=f"rating-{selected['sku']}", default=None)
        if stars:
            st.session_state.ratings[selected["sku"]] = stars
        given = st.session_state.ratings.get(selected["sku"])
        st.write(f"Your rating for the {selected['name']}: {given} / 5" if given else "Not rated yet.")
