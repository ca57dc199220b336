/**
 * The colours behind the placeholders of Streamlit's Plotly template
 * (py/streamlit/elements/_plotly_theme.py): `#000001`…`#000040`, in groups of ten
 * (categorical, sequential, diverging), then candlestick and waterfall colours, greys
 * and table fills. Streamlit's theme gets Streamlit's palette (light or dark); a chart
 * with `theme=None` gets plotly's own defaults, as in Streamlit.
 */
import { CATEGORY_COLORS } from './chart-theme.js';

const _PLOTLY = [
  '#636efa', '#EF553B', '#00cc96', '#ab63fa', '#FFA15A', '#19d3f3', '#FF6692', '#B6E880', '#FF97FF', '#FECB52',
  '#0d0887', '#46039f', '#7201a8', '#9c179e', '#bd3786', '#d8576b', '#ed7953', '#fb9f3a', '#fdca26', '#f0f921',
  '#8e0152', '#c51b7d', '#de77ae', '#f1b6da', '#fde0ef', '#e6f5d0', '#b8e186', '#7fbc41', '#4d9221', '#276419',
  null, '#3D9970', '#FF4136', '#4499FF', '#B2B5BE', '#2a3f5f', '#2a3f5f', '#EBF0F8', 'white', '#C8D4E3',
];

const _BLUES = ['#e4f5ff', '#c7ebff', '#a6dcff', '#83c9ff', '#60b4ff', '#3d9df3', '#1c83e1', '#0068c9', '#0054a3', '#004280'];
const _DIVERGING = ['#7d353b', '#bd4043', '#ff4b4b', '#ff8c8c', '#ffc7c7', '#a6dcff', '#60b4ff', '#1c83e1', '#0054a3', '#004280'];

const _LIGHT = [
  ...CATEGORY_COLORS,
  ..._BLUES,
  ..._DIVERGING,
  null, '#29b09d', '#ff2b2b', '#0068c9', '#e6eaf1', '#808495', '#262730', '#ffffff', 'rgba(49, 51, 63, 0.1)', 'rgba(248, 249, 251, 1)',
];

const _DARK = [
  '#83c9ff', '#0068c9', '#ffabab', '#ff2b2b', '#7defa1', '#29b09d', '#ffd16a', '#ff8700', '#6d3fc0', '#d5dae5',
  ...[..._BLUES].reverse(),
  ..._DIVERGING,
  null, '#7defa1', '#ffabab', '#83c9ff', '#31333F', '#e6eaf1', '#fafafa', '#0e1117', 'rgba(250, 250, 250, 0.1)', 'rgba(26, 28, 36, 1)',
];

/**
 * A figure's JSON text with the template's placeholder colours replaced.
 * @param {string} text
 * @param {string|null} theme the chart's `theme` prop
 * @param {boolean} dark
 */
export function withThemeColors(text, theme, dark) {
  const colors = theme === 'streamlit' ? (dark ? _DARK : _LIGHT) : _PLOTLY;
  return text.replace(/#0000([0-4]\d)(?![0-9a-fA-F])/g, (placeholder, n) => colors[Number(n) - 1] ?? placeholder);
}
