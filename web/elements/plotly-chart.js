/** `st.plotly_chart`: plotly.js is imported on first use (it is big; most apps never need it). */
import { h, equal } from '../dom.js';

export class PlotlyChart {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-plotly' });
    this._version = 0;
    /** @type {{purge(): void}|null} */
    this._plot = null;
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const version = ++this._version;
    import('./plotly-embed.js')
      .then(({ drawPlotly }) => {
        if (version !== this._version) return null;
        return drawPlotly(this.el, props);
      })
      .then((plot) => {
        if (plot) this._plot = plot;
      })
      .catch((error) => {
        if (version === this._version) this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
      });
  }

  destroy() {
    this._version++;
    this._plot?.purge();
  }
}
