/** Streamlit's chart look, shared by the chart libraries' themes (Vega, Plotly, ECharts, Mermaid). */

export const CHART_FONT = '"Source Sans Pro", "Source Sans 3", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif';

/** Streamlit's categorical palette, in order. */
export const CATEGORY_COLORS = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
