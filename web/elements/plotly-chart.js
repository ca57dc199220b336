/**
 * `st.plotly_chart`: plotly.js is imported on first use (it is big; most apps never need it).
 * With `on_select` the chart is a widget: it sends what the reader selects by
 * clicking, boxing or lassoing, as Streamlit's page does (see plotly-embed.js).
 */
import { h, equal, setAttr } from '../dom.js';
import { drawnProps } from './chart.js';
import { Widget } from './widget.js';

export class PlotlyChart extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-plotly');
    this._version = 0;
    /** @type {{purge(): void}|null} */
    this._plot = null;
    this._selection = props.value ?? null;
    this.update(props, {});
  }

  update(props, prev) {
    if (this.id && this._takesValue(props, prev)) this._selection = props.value ?? null;
    this._props = props;
    // `alt` names the chart for assistive technologies; a figure, as its toolbar stays reachable.
    setAttr(this.el, 'role', props.alt ? 'figure' : null);
    setAttr(this.el, 'aria-label', props.alt);
    if (!equal(drawnProps(props), drawnProps(prev))) this._draw(props);
  }

  _draw(props) {
    const version = ++this._version;
    const onSelect = this.id ? (state) => this._select(state) : null;
    import('./plotly-embed.js')
      .then(({ drawPlotly }) => {
        if (version !== this._version) return null;
        return drawPlotly(this.el, props, onSelect, this._selection);
      })
      .then((plot) => {
        if (plot) this._plot = plot;
      })
      .catch((error) => {
        if (version === this._version) this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
      });
  }

  /** A form's `clear_on_submit`: the selection is dropped, drawn and held, as in Streamlit. */
  _clearToDefault() {
    if (!this.id) return;
    const empty = { selection: { points: [], point_indices: [], box: [], lasso: [] } };
    if (equal(empty, this._selection)) return;
    this._select(empty);
    this._draw(this._props);
  }

  _select(state) {
    if (equal(state, this._selection)) return;
    this._selection = state;
    this._send(state);
  }

  destroy() {
    this._version++;
    this._plot?.purge();
  }
}
