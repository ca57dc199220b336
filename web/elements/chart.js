/** `st.vega_lite_chart` and the charts built on it; Vega is imported on first use. */
import { h, equal } from '../dom.js';

export class VegaLite {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-chart' });
    /** @type {{finalize(): void}|null} the live Vega view */
    this._view = null;
    this._version = 0;
    // Vega follows only window resizes: a chart drawn in a hidden tab or a closed expander
    // is 0 px wide until told its box changed.
    this._observer = new ResizeObserver(() => this._fit());
    this._observer.observe(this.el);
    this.update(props, {});
  }

  /** Gives a container-width chart the width of its box, if that changed. */
  _fit() {
    const view = this._view;
    const box = view?.container?.();
    if (!box || !this._props?.use_container_width) return;
    const style = getComputedStyle(box);
    const width = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    try {
      if (width > 0 && width !== view.width()) view.width(width).runAsync();
    } catch {
      // A spec without a top-level width signal (a concatenation, say) keeps its size.
    }
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._props = props;
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
        this._fit();
      })
      .catch((error) => {
        canvas.remove();
        if (version === this._version) this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot draw this chart: ${error.message}` }));
      });
  }

  destroy() {
    this._version++;
    this._observer.disconnect();
    this._view?.finalize();
  }
}
