/**
 * `st.map` and `st.pydeck_chart`: points drawn by the Vega-Lite view, with a
 * note saying why there are no map tiles (an offline page reaches no tile server).
 */
import { h, setText } from '../dom.js';
import { VegaLite } from './chart.js';

export class MapChart {
  constructor(id, props, ctx) {
    this._chart = new VegaLite(id, props, ctx);
    this._note = h('div', { class: 'hw-map-note' });
    this.el = h('div', { class: 'hw-map' }, [this._chart.el, this._note]);
    this.update(props, props);
  }

  update(props, prev) {
    if (props !== prev) this._chart.update(props, prev);
    setText(this._note, props.note ?? '');
  }

  destroy() {
    this._chart.destroy();
  }
}
