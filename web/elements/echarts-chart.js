/**
 * `st.echarts_chart`: an ECharts option drawn by ECharts, imported on first use.
 * With `on_select` it is a widget whose value is the selection, as Streamlit
 * shapes it: `{selection: {selected: [...], areas: [...]}}`.
 */
import { h, equal } from '../dom.js';
import { Widget, applyWidth } from './widget.js';

const _none = { selected: [], areas: [] };

export class EChartsChart extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-echarts');
    this._version = 0;
    /** @type {import('./echarts-embed.js').Chart|null} */
    this._chart = null;
    this._box = h('div', { class: 'hw-echarts-canvas' });
    this.el.append(this._box);
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    const selection = this.id && this._takesValue(props, prev) ? props.value?.selection ?? _none : null;
    if (equal({ ...props, value: null }, { ...prev, value: null })) {
      if (selection) this._chart?.select(selection);
      return;
    }
    const version = ++this._version;
    applyWidth(this.el, props.width);
    this._box.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    this.el.dataset.height = String(props.height);
    import('./echarts-embed.js')
      .then(({ drawECharts }) => {
        if (version !== this._version) return;
        this._chart = drawECharts(this._box, props, this._chart, (value) => this.id && this._send({ selection: value }));
        if (this.id) this._chart.select(props.value?.selection ?? _none);
      })
      .catch((error) => {
        if (version === this._version) this._box.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', 'data-testid': 'stEChartsChartError', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
      });
  }

  destroy() {
    this._version++;
    this._chart?.dispose();
  }
}
