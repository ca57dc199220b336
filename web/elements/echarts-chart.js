/**
 * `st.echarts_chart`: an ECharts option drawn with Streamlit's look. With
 * `on_select` it is a widget whose value is the selection, as Streamlit shapes
 * it: `{selection: {selected: [...], areas: [...]}}`. A lazy chunk with
 * ECharts (see lazy-view.js).
 */
import * as echarts from 'echarts';
import { h, equal } from '../dom.js';
import { drawnProps } from './chart.js';
import { isDark } from './color-scheme.js';
import { asList, prepareOption } from './echarts-options.js';
import { Widget, applyWidth } from './widget.js';
import { CHART_FONT, CATEGORY_COLORS } from './chart-theme.js';

const _none = { selected: [], areas: [] };

export class EChartsChart extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-echarts');
    /** @type {Chart|null} */
    this._chart = null;
    this._box = h('div', { class: 'hw-echarts-canvas' });
    this.el.append(this._box);
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    const selection = this.id && this._takesValue(props, prev) ? props.value?.selection ?? _none : null;
    if (equal(drawnProps(props), drawnProps(prev))) {
      if (selection) this._chart?.select(selection);
      return;
    }
    applyWidth(this.el, props.width);
    this._box.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    this.el.dataset.height = String(props.height);
    try {
      this._chart = _draw(this._box, props, this._chart, (value) => this.id && this._send({ selection: value }));
      if (this.id) this._chart.select(props.value?.selection ?? _none);
    } catch (error) {
      this._chart?.dispose();
      this._chart = null;
      this._box.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', 'data-testid': 'stEChartsChartError', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
    }
  }

  destroy() {
    this._chart?.dispose();
  }
}


/** Streamlit's ECharts theme: its palette and font on a transparent background. */
function _theme(dark) {
  const text = dark ? '#fafafa' : '#31333f';
  const muted = dark ? '#a3a8b8' : '#808495';
  const grid = dark ? '#31333f' : '#e6eaf1';
  const axis = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { lineStyle: { color: grid } },
    axisLabel: { color: muted },
    splitLine: { lineStyle: { color: grid } },
    nameTextStyle: { color: muted },
  };
  return {
    color: CATEGORY_COLORS,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: CHART_FONT, color: text },
    title: { textStyle: { color: text }, subtextStyle: { color: muted } },
    legend: { textStyle: { color: text } },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
  };
}
echarts.registerTheme('streamlit-light', _theme(false));
echarts.registerTheme('streamlit-dark', _theme(true));

/**
 * @typedef {object} Chart
 * @property {(option: object) => void} setOption  draw another option
 * @property {(selection: {selected: any[], areas: any[]}) => void} select  show the script's selection
 * @property {() => void} dispose
 * @property {string} key  what the ECharts instance was made with (theme, renderer)
 */

/**
 * @param {HTMLElement} box
 * @param {{spec: string, theme: string|null, renderer: string, alt: string|null, selection: boolean}} props
 * @param {Chart|null} previous the chart drawn in `box` before, reused when its theme and renderer match
 * @param {(selection: {selected: any[], areas: any[]}) => void} onSelect
 * @returns {Chart}
 */
function _draw(box, props, previous, onSelect) {
  const option = JSON.parse(props.spec);
  prepareOption(option, props.selection);
  if (props.alt) {
    const aria = option.aria ?? {};
    option.aria = { ...aria, enabled: true, label: { ...aria.label, enabled: true, description: props.alt } };
  }
  const theme = props.theme === 'streamlit' ? (isDark(box) ? 'streamlit-dark' : 'streamlit-light') : null;
  const key = `${theme}/${props.renderer}`;
  if (previous && previous.key === key) {
    previous.setOption(option);
    return previous;
  }
  previous?.dispose();
  return _chart(box, theme, props.renderer, key, option, onSelect);
}

function _chart(box, theme, renderer, key, option, onSelect) {
  box.replaceChildren(); // an earlier error's message
  const instance = echarts.init(box, theme, { renderer });
  const resize = new ResizeObserver(() => instance.resize());
  resize.observe(box);
  let series = [];
  /** series index → data indices picked by click, and by the brush */
  let points = new Map();
  let brushed = new Map();
  let areas = [];
  let sent = JSON.stringify({ selected: [], areas: [] });
  let applying = false;
  let dragging = false;

  const report = () => {
    if (applying) return;
    const value = _selection(series, points, brushed, areas);
    const text = JSON.stringify(value);
    if (text === sent) return;
    sent = text;
    onSelect(value);
  };
  instance.on('selectchanged', (event) => {
    points = new Map((event.selected ?? []).map((s) => [s.seriesIndex, [...s.dataIndex]]));
    report();
  });
  instance.on('brushselected', (event) => {
    const batch = event.batch?.[0] ?? {};
    brushed = new Map((batch.selected ?? []).map((s) => [s.seriesIndex, [...s.dataIndex]]));
    areas = (batch.areas ?? [])
      .filter((area) => area.coordRange)
      .map((area, index) => ({ brush_index: index, brush_type: area.brushType, coord_range: area.coordRange }));
    if (!dragging) report();
  });
  // A drag is sent when it ends: a rerun in the middle would redraw the chart under the pointer.
  instance.on('brush', () => {
    if (!applying) dragging = true;
  });
  instance.on('brushEnd', () => {
    dragging = false;
    setTimeout(report); // after the brushselected event of the final areas
  });
  // As Streamlit: a double click clears point and brush selections.
  instance.getZr().on('dblclick', () => {
    applying = true;
    for (const [seriesIndex, dataIndex] of points) instance.dispatchAction({ type: 'unselect', seriesIndex, dataIndex });
    instance.dispatchAction({ type: 'brush', areas: [] });
    applying = false;
    points = new Map();
    brushed = new Map();
    areas = [];
    report();
  });

  const chart = {
    key,
    setOption(next) {
      series = asList(next.series);
      applying = true;
      instance.setOption(next, { notMerge: true });
      applying = false;
    },
    select(selection) {
      sent = JSON.stringify(selection);
      applying = true;
      for (const [seriesIndex, dataIndex] of points) instance.dispatchAction({ type: 'unselect', seriesIndex, dataIndex });
      points = new Map();
      // The brush first: its event says which items it holds; the rest of the selection was clicked.
      if (selection.areas.length || areas.length) instance.dispatchAction({ type: 'brush', areas: selection.areas.map(_brushArea) });
      for (const group of selection.selected) {
        const inBrush = new Set(brushed.get(group.series_index) ?? []);
        const clicked = group.data_indices.filter((index) => !inBrush.has(index));
        if (group.data_type !== 'main' || !clicked.length) continue;
        points.set(group.series_index, clicked);
        instance.dispatchAction({ type: 'select', seriesIndex: group.series_index, dataIndex: clicked });
      }
      applying = false;
    },
    dispose() {
      resize.disconnect();
      instance.dispose();
    },
  };
  chart.setOption(option);
  return chart;
}

/** A brush area as the script has it, as ECharts' `brush` action takes it (on the first grid's axes). */
function _brushArea(area) {
  const axis = area.brush_type === 'lineY' ? { yAxisIndex: 0 } : { xAxisIndex: 0 };
  return { brushType: area.brush_type, coordRange: area.coord_range, ...axis };
}

/** The union of clicked and brushed data, grouped per series, in Streamlit's shape. */
function _selection(series, points, brushed, areas) {
  const indices = new Map();
  for (const picked of [points, brushed]) {
    for (const [seriesIndex, dataIndex] of picked) {
      const all = indices.get(seriesIndex) ?? new Set();
      for (const index of dataIndex) all.add(index);
      indices.set(seriesIndex, all);
    }
  }
  const selected = [...indices]
    .filter(([, all]) => all.size > 0)
    .sort(([a], [b]) => a - b)
    .map(([seriesIndex, all]) => ({
      series_index: seriesIndex,
      series_id: series[seriesIndex]?.id ?? null,
      series_name: series[seriesIndex]?.name ?? null,
      data_type: 'main',
      data_indices: [...all].sort((a, b) => a - b),
    }));
  return { selected, areas };
}
