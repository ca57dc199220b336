"""Chart gallery: the same kind of data drawn with Streamlit's charts, Matplotlib, Vega-Lite, a map,
and diagrams (Graphviz, Mermaid, ECharts)."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Chart gallery", page_icon="📈", layout="wide")

with st.sidebar:
    st.header("Data")
    samples = st.slider("Samples", 100, 2000, 500, step=100)
    noise = st.slider("Noise", 0.0, 2.0, 0.5, step=0.1)
    seed = st.number_input("Random seed", 0, 9999, 42)


@st.cache_data
def make_data(samples: int, noise: float, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 4 * np.pi, samples)
    return pd.DataFrame({
        "x": x,
        "sine": np.sin(x) + rng.normal(0, noise, samples) * 0.3,
        "cosine": np.cos(x) + rng.normal(0, noise, samples) * 0.3,
        "group": rng.choice(["alpha", "beta", "gamma"], samples, p=[0.5, 0.3, 0.2]),
        "value": rng.normal(10, 1 + noise, samples),
    })


data = make_data(samples, noise, seed)
st.title("📈 Chart gallery")
st.caption(f"{len(data):,} samples · noise {noise:.1f} · seed {seed} · mean value {data['value'].mean():.3f}")

builtin, mpl, vega, geo, diagrams = st.tabs(["Streamlit charts", "Matplotlib", "Vega-Lite", "Map", "Diagrams"])

with builtin:
    left, right = st.columns(2)
    left.line_chart(data, x="x", y=["sine", "cosine"], height=260)
    right.area_chart(data.assign(sine=data["sine"].abs(), cosine=data["cosine"].abs()), x="x",
                     y=["sine", "cosine"], height=260)
    counts = data["group"].value_counts().rename_axis("group").reset_index(name="count")
    left.bar_chart(counts, x="group", y="count", color="group", height=260)
    right.scatter_chart(data, x="sine", y="cosine", color="group", height=260)
    st.write("Group sizes: " + ", ".join(f"{g} {c}" for g, c in zip(counts["group"], counts["count"])))

with mpl:
    bins = st.slider("Bins", 5, 60, 20)
    fig, (hist_ax, box_ax) = plt.subplots(1, 2, figsize=(10, 3.6))
    heights, _, _ = hist_ax.hist(data["value"], bins=bins, color="#ff4b4b", alpha=0.8, edgecolor="white")
    hist_ax.set_title(f"Histogram of value ({bins} bins)")
    hist_ax.set_xlabel("value")
    groups = sorted(data["group"].unique())
    box_ax.boxplot([data.loc[data["group"] == g, "value"] for g in groups], labels=groups)
    box_ax.set_title("Value by group")
    fig.tight_layout()
    st.pyplot(fig)
    st.write(f"Tallest bin holds {int(heights.max())} samples.")

with vega:
    st.vega_lite_chart(data, {
        "mark": {"type": "rect"},
        "encoding": {
            "x": {"field": "sine", "bin": {"maxbins": 20}, "type": "quantitative"},
            "y": {"field": "cosine", "bin": {"maxbins": 20}, "type": "quantitative"},
            "color": {"aggregate": "count", "type": "quantitative", "scale": {"scheme": "oranges"}},
        },
    }, use_container_width=True, height=320)
    st.vega_lite_chart(data, {
        "mark": {"type": "boxplot", "extent": "min-max"},
        "encoding": {
            "x": {"field": "group", "type": "nominal"},
            "y": {"field": "value", "type": "quantitative", "scale": {"zero": False}},
            "color": {"field": "group", "type": "nominal", "legend": None},
        },
    }, use_container_width=True, height=260)

with geo:
    rng = np.random.default_rng(seed)
    cities = pd.DataFrame({"city": ["Lisbon", "Kyoto", "Oslo", "Lima", "Nairobi"],
                           "lat": [38.72, 35.01, 59.91, -12.05, -1.29], "lon": [-9.14, 135.77, 10.75, -77.04, 36.82]})
    points = cities.loc[rng.integers(0, len(cities), 60)].reset_index(drop=True)
    points["lat"] += rng.normal(0, 1.5, len(points))
    points["lon"] += rng.normal(0, 1.5, len(points))
    st.map(points, latitude="lat", longitude="lon", size=40000, color="#1f77b4")
    st.caption(f"{len(points)} points around {len(cities)} cities.")

with diagrams:
    st.graphviz_chart(f"""
        digraph {{
            rankdir=LR
            samples [label="{len(data):,} samples", shape=box]
            {" ".join(f'samples -> {g} [label="{c}"]' for g, c in zip(counts["group"], counts["count"]))}
        }}
    """, alt="Samples split into groups")
    shares = "\n".join(f'    "{g}" : {c}' for g, c in zip(counts["group"], counts["count"]))
    st.mermaid_chart(f"pie title Group shares\n{shares}", alt="Share of each group")
    event = st.echarts_chart({
        "tooltip": {},
        "dataset": {"source": counts},
        "xAxis": {"type": "category"},
        "yAxis": {"type": "value"},
        "series": [{"type": "bar", "selectedMode": "single"}],
    }, key="group_bars", on_select="rerun", height=280)
    chosen = [counts["group"][i] for group in event.selection.selected for i in group["data_indices"]]
    st.write(f"Selected group: {chosen[0] if chosen else 'none'} (click a bar)")
