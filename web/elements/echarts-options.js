/**
 * What Streamlit does to an ECharts option before drawing it, without the DOM
 * (unit-tested in tests/js): its tooltip extensions, and its defaults for
 * large series.
 */
import { formatWith } from './number-format.js';

/**
 * Changes `option` in place, as Streamlit's page does.
 * @param {any} option the parsed ECharts option
 * @param {boolean} selecting whether the chart reports selections (`on_select`)
 */
export function prepareOption(option, selecting) {
  _tooltips(option);
  _largeDefaults(option, selecting);
}

/** @returns {any[]} a value ECharts takes as one item or a list, as a list */
export function asList(value) {
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

function _variants(option) {
  const variants = [option, option.baseOption, ...asList(option.options)].filter(Boolean);
  return variants.flatMap((variant) => [variant, ...asList(variant.media).map((entry) => entry?.option).filter(Boolean)]);
}

/**
 * Streamlit's tooltip extensions, for what JSON cannot carry as a function: a
 * `valueFormatter` string is a number format (a name such as "dollar", or
 * printf), anything else is dropped; a `formatter` template may read the hovered
 * item's dimensions with `{@name}` and `{@[index]}` (ECharts does so only in labels).
 */
function _tooltips(option) {
  const variants = _variants(option);
  const tooltips = variants.flatMap((variant) => [
    ...asList(variant.tooltip),
    ...asList(variant.series).flatMap((series) => asList(series?.tooltip)),
  ]);
  for (const tooltip of tooltips) {
    const format = tooltip?.valueFormatter;
    if (typeof format === 'string') {
      if (formatWith(format, 1) === null) delete tooltip.valueFormatter;
      else tooltip.valueFormatter = (value) => formatWith(format, value) ?? String(value ?? '-');
    }
    if (typeof tooltip?.formatter === 'string' && tooltip.formatter.includes('{@')) tooltip.formatter = _template(tooltip.formatter);
  }
}

const _placeholder = /\{(?:@\[(\d+)\]|@([^}]+)|([abcd])(\d*))\}/g;
const _escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A tooltip template as a function: ECharts' `{a}`-`{d}` (`{a1}`: the second series) and the dimensions of the first item. */
function _template(template) {
  return (params) => {
    const items = asList(params);
    return template.replace(_placeholder, (match, index, name, letter, number) => {
      const item = items[Number(number || 0)] ?? {};
      let value;
      if (index !== undefined) value = _dimension(items[0], Number(index));
      else if (name !== undefined) value = _dimension(items[0], name);
      else value = { a: item.seriesName, b: item.name, c: item.value, d: item.percent }[letter];
      return String(value ?? '').replace(/[&<>"']/g, (char) => _escapes[char]);
    });
  };
}

function _dimension(item, key) {
  const value = item?.value;
  const index = typeof key === 'number' ? key : (item?.dimensionNames ?? []).indexOf(key);
  if (Array.isArray(value)) return index >= 0 ? value[index] : undefined;
  if (value !== null && typeof value === 'object') return value[key];
  return index === 0 || (typeof key === 'string' && index >= 0) ? value : undefined; // a plain number: its one dimension
}

/**
 * As Streamlit: big scatter and bar series draw in `large` mode, and dense
 * lines on a value or time axis without symbols, unless the option says
 * otherwise, or the chart selects (every item must stay its own shape).
 */
function _largeDefaults(option, selecting) {
  const variants = _variants(option);
  const series = variants.flatMap((variant) => asList(variant.series)).filter(Boolean);
  const brushes = variants.some((variant) => variant.brush || asList(variant.toolbox).some((box) => box?.feature?.brush));
  if (selecting || brushes || series.some((entry) => entry.selectedMode)) return;
  const visualMap = variants.some((variant) => variant.visualMap);
  const itemTooltip = variants.some((variant) => asList(variant.tooltip).some((tip) => tip?.trigger === 'item'));
  for (const entry of series) {
    const data = _items(option, entry);
    if (!data || data.some((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) continue;
    const big = { scatter: 20_000, bar: 2_000 }[entry.type];
    if (big && data.length > big && !('large' in entry) && !visualMap && entry.colorBy !== 'data') entry.large = true;
    if (entry.type === 'line' && data.length > 2_000 && !('showSymbol' in entry) && _continuousAxis(option, entry)
        && !itemTooltip && entry.tooltip?.trigger !== 'item' && !data.some((item) => item == null || item === '-')) {
      entry.showSymbol = false;
    }
  }
}

/** The series' items: its `data`, or the rows of its dataset. */
function _items(option, entry) {
  if (Array.isArray(entry.data)) return entry.data;
  const dataset = asList(option.dataset ?? option.baseOption?.dataset)[entry.datasetIndex ?? 0];
  return Array.isArray(dataset?.source) ? dataset.source : null;
}

function _continuousAxis(option, entry) {
  const axis = asList(option.xAxis ?? option.baseOption?.xAxis)[entry.xAxisIndex ?? 0];
  return axis?.type === 'value' || axis?.type === 'time';
}
