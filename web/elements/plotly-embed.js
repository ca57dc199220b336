/**
 * Draws a Plotly figure with Streamlit's look. Loaded lazily with plotly.js.
 *
 * plotly.js puts its stylesheet (modebar, hover labels) into the document's
 * head, which does not reach into the app's shadow root, so its rules are
 * copied into the shadow root after each plot.
 */
import Plotly from 'plotly.js-dist-min';
import { isDark } from './color-scheme.js';
import { withThemeColors } from './plotly-colors.js';
import { CHART_FONT, CATEGORY_COLORS } from './chart-theme.js';


/** Streamlit's Plotly theme: its font, palette and grid on a transparent background. */
function _template(dark) {
  const text = dark ? '#fafafa' : '#31333f';
  const grid = dark ? '#31333f' : '#e6eaf1';
  const axis = { gridcolor: grid, linecolor: grid, zerolinecolor: grid, tickfont: { color: dark ? '#a3a8b8' : '#808495' }, title: { font: { color: dark ? '#a3a8b8' : '#808495' } } };
  return {
    layout: {
      font: { family: CHART_FONT, color: text, size: 12 },
      colorway: CATEGORY_COLORS,
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: text } },
      hoverlabel: { font: { family: CHART_FONT } },
      margin: { t: 40, r: 20, b: 40, l: 50 },
    },
  };
}

/**
 * @param {HTMLElement} el
 * @param {{figure: string, config: object, theme: string|null, width: number|null, height: number|null, use_container_width: boolean, selection_mode?: string[]}} props
 * @param {((state: object) => void)|null} onSelect  for a chart with `on_select`: called with each new selection state
 * @param {object|null} [selected]  the selection state to draw (a chart drawn anew keeps what was picked)
 */
export async function drawPlotly(el, props, onSelect, selected = null) {
  const figure = JSON.parse(withThemeColors(props.figure, props.theme, isDark(el)));
  const layout = { ...(figure.layout ?? {}) };
  if (props.theme === 'streamlit') layout.template = _template(isDark(el));
  if (props.height) layout.height = props.height;
  if (props.width) layout.width = props.width;
  layout.autosize = props.use_container_width && !props.width;
  el.style.width = props.width ? `${props.width}px` : '';
  const modes = onSelect ? (props.selection_mode ?? []) : [];
  const config = { displaylogo: false, responsive: true, ...props.config };
  if (modes.length) _selectable(layout, config, modes);
  if (modes.length && selected) _showSelected(figure.data ?? [], layout, selected.selection);
  await Plotly.react(el, figure.data ?? [], layout, config);
  _listen(el, modes, onSelect);
  _copyStyles(el);
  return { purge: () => Plotly.purge(el) };
}

/** As Streamlit sets a selecting chart up: a click selects a point, a drag draws a box (or a lasso). */
function _selectable(layout, config, modes) {
  layout.clickmode = modes.includes('points') ? 'event+select' : 'none';
  layout.hovermode = 'closest';
  layout.dragmode = modes.includes('box') ? 'select' : modes.includes('lasso') ? 'lasso' : 'pan';
  const unused = [!modes.includes('box') && 'select2d', !modes.includes('lasso') && 'lasso2d'].filter(Boolean);
  config.modeBarButtonsToRemove = [...(config.modeBarButtonsToRemove ?? []), ...unused];
}

/** Marks the points and draws the boxes and lassos of a selection state, as Streamlit restores them. */
function _showSelected(data, layout, { points = [], box = [], lasso = [] }) {
  for (const point of points) {
    const trace = data[point.curve_number];
    if (trace && point.point_index != null) (trace.selectedpoints ??= []).push(point.point_index);
  }
  const shapes = [
    ...box.map(({ xref, yref, x, y }) => ({ type: 'rect', xref, yref, x0: x[0], x1: x[1], y0: y[0], y1: y[1] })),
    ...lasso.map(({ xref, yref, x, y }) => ({ type: 'path', xref, yref, path: `M${x.map((px, i) => `${px},${y[i]}`).join('L')}Z` })),
  ];
  if (shapes.length) layout.selections = shapes;
}

/** Plotly keeps its listeners across `react`, so they are replaced, not added, on each draw. */
function _listen(el, modes, onSelect) {
  el.removeAllListeners?.('plotly_selected');
  el.removeAllListeners?.('plotly_deselect');
  if (!modes.length) return;
  el.on('plotly_selected', (event) => {
    const state = selectionState(event);
    // A box or lasso the script did not ask for is not sent (Plotly draws one if its modebar allows).
    if (state.selection.box.length && !modes.includes('box')) return;
    if (state.selection.lasso.length && !modes.includes('lasso')) return;
    onSelect(state);
  });
  el.on('plotly_deselect', () => onSelect(selectionState(null)));
}

/**
 * A `plotly_selected` event as Streamlit sends it: each point's own values
 * with snake_case keys (`curve_number`, `point_index`, `marker_size`), the
 * selected point indices, and the boxes and lassos drawn, in data coordinates.
 */
function selectionState(event) {
  const points = [];
  const indices = new Set();
  for (const point of event?.points ?? []) {
    const entry = { legendgroup: point.data?.legendgroup || undefined };
    for (const [key, value] of Object.entries(point)) {
      // The trace and axis objects are Plotly's internals (and cyclic).
      if (['data', 'fullData', 'xaxis', 'yaxis'].includes(key) || typeof value === 'function') continue;
      entry[_snakeCase(key)] = value;
    }
    points.push(JSON.parse(JSON.stringify(entry)));
    if (point.pointIndex != null) indices.add(point.pointIndex);
    for (const index of point.pointIndices ?? []) indices.add(index);
  }
  const box = [];
  const lasso = [];
  for (const shape of event?.selections ?? []) {
    if (shape.type === 'rect') box.push({ xref: shape.xref, yref: shape.yref, x: [shape.x0, shape.x1], y: [shape.y0, shape.y1] });
    if (shape.type === 'path') lasso.push({ xref: shape.xref, yref: shape.yref, ..._pathPoints(shape.path) });
  }
  return { selection: { points, point_indices: [...indices], box, lasso } };
}

function _snakeCase(key) {
  return key.replace(/\./g, '_').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A lasso's SVG path ("M1,2L3,4L5,6Z") as its x and y coordinates. */
function _pathPoints(path) {
  const x = [];
  const y = [];
  for (const point of (path ?? '').replace(/^M|Z$/g, '').split('L').filter(Boolean)) {
    const [px, py] = point.split(',').map(Number);
    x.push(px);
    y.push(py);
  }
  return { x, y };
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
