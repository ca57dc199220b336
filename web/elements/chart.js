/**
 * `st.vega_lite_chart` and the charts built on it; Vega is imported on first use.
 * With `on_select` the chart is a widget: it sends the selection parameters
 * named in `selection_mode` as Streamlit's page does (see vega.js).
 */
import { h, equal } from '../dom.js';
import { Widget } from './widget.js';

export class VegaLite extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-chart');
    /** @type {{finalize(): void}|null} the live Vega view */
    this._view = null;
    this._version = 0;
    /** The selection state the page holds: the script's, then each change the reader makes. */
    this._selection = props.value?.selection ?? {};
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
    if (this.id && this._takesValue(props, prev)) this._selection = props.value?.selection ?? {};
    this._props = props;
    if (!equal(drawnProps(props), drawnProps(prev))) this._draw(props);
  }

  _draw(props) {
    const version = ++this._version;
    // The new chart draws into its own box beside the old one, which goes
    // only once the new one is ready, so a rerun never flashes an empty chart.
    const canvas = h('div', { class: 'hw-chart-canvas' });
    this.el.append(canvas);
    const selection = this.id ? {
      id: this.id,
      params: props.selection_mode ?? [],
      // What the chart had selected is drawn again only while the script still has a selection.
      restore: Object.values(this._selection).some((value) => Object.keys(value).length),
      onChange: (param, value) => this._select(param, value),
    } : null;
    import('./vega.js')
      .then((vega) => {
        this._vega = vega;
        return vega.embedChart(canvas, props.spec, props.use_container_width, props.theme !== null, selection);
      })
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

  /** A form's `clear_on_submit`: the selection is dropped, drawn and held, as in Streamlit. */
  _clearToDefault() {
    if (!this.id) return;
    const empty = Object.fromEntries((this._props.selection_mode ?? []).map((param) => [param, {}]));
    if (equal(empty, this._selection)) return;
    this._selection = empty;
    this._draw(this._props);
    this._send({ selection: empty });
  }

  _select(param, value) {
    const selection = { ...this._selection, [param]: value };
    if (equal(selection, this._selection)) return;
    this._selection = selection;
    this._send({ selection });
  }

  destroy() {
    this._version++;
    this._observer.disconnect();
    if (this.id && this._view) this._vega.keepSelection(this.id, this._view);
    this._view?.finalize();
  }
}

/** The props that change the drawing: the selection coming back from the script is no reason to redraw (and lose what is drawn selected). */
export function drawnProps(props) {
  const { value, ...drawn } = props;
  return drawn;
}
