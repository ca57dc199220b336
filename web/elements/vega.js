/**
 * Draws a Vega-Lite spec with Streamlit's chart theme. Loaded lazily: Vega is
 * most of the page's code by weight and many apps never draw a chart.
 */
import embed from 'vega-embed';
import { isDark } from './color-scheme.js';
import { CHART_FONT, CATEGORY_COLORS } from './chart-theme.js';


/**
 * Streamlit's categorical palette and axis look.
 * @returns {import('vega-embed').Config}
 */
function _theme(dark) {
  const label = dark ? '#a3a8b8' : '#808495';
  const grid = dark ? '#31333f' : '#e6eaf1';
  return {
    background: 'transparent',
    font: CHART_FONT,
    view: { stroke: null },
    axisX: { grid: false },
    axis: { labelColor: label, titleColor: label, gridColor: grid, domain: false, tickColor: grid, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' },
    legend: { labelColor: label, titleColor: label, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' },
    title: { color: dark ? '#fafafa' : '#31333f', fontSize: 16, fontWeight: 'normal' },
    range: { category: CATEGORY_COLORS },
    line: { color: '#0068c9' },
    bar: { color: '#0068c9' },
    area: { color: '#0068c9' },
    point: { color: '#0068c9' },
    circle: { color: '#0068c9' },
  };
}

/** Streamlit sends a selection once it has been still this long (a drag changes it on every move). */
const SELECTION_DEBOUNCE_MS = 150;

/**
 * What charts that left the page had selected (Vega-Lite's `<param>_store` data), by
 * widget id: a chart drawn anew under the same id (moved by an element inserted
 * above it) shows its selection again. Streamlit keeps it the same way.
 */
const _keptSelections = new Map();

/** Keeps what a chart that is leaving the page has selected, for `embedChart` to restore. */
export function keepSelection(widgetId, view) {
  _keptSelections.set(widgetId, view.getState({ data: (name) => name.endsWith('_store'), recurse: false }));
}

/**
 * Renders `spec` into `el`, which must be in the page: a container-width
 * chart reads the element's width once, then follows window resizes.
 *
 * @param {HTMLElement} el
 * @param {object} spec a Vega-Lite spec with inline data
 * @param {boolean} useContainerWidth
 * @param {boolean} [themed] Streamlit's look (`theme="streamlit"`), or Vega-Lite's own
 * @param {{id: string, params: string[], restore: boolean, onChange: (param: string, value: any) => void}|null} [selection]
 *   for a chart with `on_select`: its widget id, the selection parameters to follow, whether
 *   to draw what a chart of that id had selected when it left the page (`keepSelection`),
 *   and what to call with each parameter's new value, as `selectionValue` gives it
 * @returns {Promise<{finalize(): void}>} the Vega view
 */
export async function embedChart(el, spec, useContainerWidth, themed = true, selection = null) {
  // Specs from Python name the Vega-Lite v5 $schema; vega-embed would warn on every chart
  // although Vega-Lite 6 draws these specs unchanged.
  const { $schema, ...rest } = spec;
  const sized = useContainerWidth ? { ...rest, width: 'container', autosize: rest.autosize ?? { type: 'fit', contains: 'padding' } } : rest;
  // defaultStyle: false keeps vega-embed from adding a stylesheet to the host page.
  const dark = isDark(el);
  const { view } = await embed(el, sized, { actions: false, defaultStyle: false, config: themed ? _theme(dark) : {}, renderer: 'canvas' });
  if (selection?.restore && _keptSelections.has(selection.id)) view.setState(_keptSelections.get(selection.id));
  _keptSelections.delete(selection?.id);
  for (const param of selection?.params ?? []) {
    let timer = 0;
    view.addSignalListener(param, (name, value) => {
      clearTimeout(timer);
      // A click picks points once; only a drag needs waiting out (Streamlit waits for both).
      if (value?.vlPoint) selection.onChange(name, selectionValue(value));
      else timer = setTimeout(() => selection.onChange(name, selectionValue(value)), SELECTION_DEBOUNCE_MS);
    });
  }
  return view;
}

/**
 * A selection parameter's signal as Streamlit hands it to the script: a point
 * selection's list of points (`vlPoint.or`, e.g. `[{_vgsid_: 3}]`), an
 * interval's `{field: [low, high]}`, and `{}` when nothing is selected.
 */
function selectionValue(value) {
  if (value?.vlPoint?.or) return JSON.parse(JSON.stringify(value.vlPoint.or));
  return value ? JSON.parse(JSON.stringify(value)) : {};
}
