/** `st.vega_lite_chart` and the charts built on it; Vega is imported on first use. */
import { h, equal } from '../dom.js';

export class VegaLite {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-chart' });
    /** @type {{finalize(): void}|null} the live Vega view */
    this._view = null;
    this._version = 0;
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const version = ++this._version;
    // The new chart draws into its own box beside the old one, which goes
    // only once the new one is ready, so a rerun never flashes an empty chart.
    const canvas = h('div', { class: 'hw-chart-canvas' });
    this.el.append(canvas);
    import('./vega.js')
      .then(({ embedChart }) => embedChart(canvas, props.spec, props.use_container_width, props.theme !== null))
      .then((view) => {
        if (version !== this._version) {
          view.finalize();
          canvas.remove();
          return;
        }
        this._view?.finalize();
        this._view = view;
        this.el.replaceChildren(canvas);
      })
      .catch((error) => {
        canvas.remove();
        if (version === this._version) this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
      });
  }

  destroy() {
    this._version++;
    this._view?.finalize();
  }
}
