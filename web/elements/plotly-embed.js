/**
 * Draws a Plotly figure with Streamlit's look. Loaded lazily with plotly.js.
 *
 * plotly.js puts its stylesheet (modebar, hover labels) into the document's
 * head, which does not reach into the app's shadow root, so its rules are
 * copied into the shadow root after each plot.
 */
import Plotly from 'plotly.js-dist-min';
import { isDark } from './color-scheme.js';

const _font = '"Source Sans Pro", "Source Sans 3", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif';
const _colorway = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];

/** Streamlit's Plotly theme: its font, palette and grid on a transparent background. */
function _template(dark) {
  const text = dark ? '#fafafa' : '#31333f';
  const grid = dark ? '#31333f' : '#e6eaf1';
  const axis = { gridcolor: grid, linecolor: grid, zerolinecolor: grid, tickfont: { color: dark ? '#a3a8b8' : '#808495' }, title: { font: { color: dark ? '#a3a8b8' : '#808495' } } };
  return {
    layout: {
      font: { family: _font, color: text, size: 12 },
      colorway: _colorway,
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: text } },
      hoverlabel: { font: { family: _font } },
      margin: { t: 40, r: 20, b: 40, l: 50 },
    },
  };
}

/**
 * @param {HTMLElement} el
 * @param {{figure: string, config: object, theme: string|null, width: number|null, height: number|null, use_container_width: boolean}} props
 */
export async function drawPlotly(el, props) {
  const figure = JSON.parse(props.figure);
  const layout = { ...(figure.layout ?? {}) };
  if (props.theme === 'streamlit') layout.template = _template(isDark(el));
  if (props.height) layout.height = props.height;
  if (props.width) layout.width = props.width;
  layout.autosize = props.use_container_width && !props.width;
  el.style.width = props.width ? `${props.width}px` : '';
  const config = { displaylogo: false, responsive: true, ...props.config };
  await Plotly.react(el, figure.data ?? [], layout, config);
  _copyStyles(el);
  return { purge: () => Plotly.purge(el) };
}

function _copyStyles(el) {
  const root = el.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const rules = [];
  for (const style of document.head.querySelectorAll('style[id^="plotly.js-style"]')) {
    for (const rule of style.sheet?.cssRules ?? []) rules.push(rule.cssText);
  }
  let copy = root.querySelector(':scope > style[data-hw-plotly]');
  if (!copy) {
    copy = document.createElement('style');
    copy.dataset.hwPlotly = '';
    root.append(copy);
  }
  const text = rules.join('\n');
  if (copy.textContent !== text) copy.textContent = text;
}
