/**
 * `st.graphviz_chart`: DOT laid out by Graphviz compiled to wasm (@viz-js/viz,
 * the wasm inside its JS: nothing else to fetch). A lazy chunk (see lazy-view.js).
 */
import { instance } from '@viz-js/viz';
import { h, equal } from '../dom.js';
import { applyWidth } from './widget.js';
import { safeSvg } from './safe-svg.js';

/** @type {Promise<any>|null} one Graphviz per page: instantiating the wasm is the slow part */
let _viz = null;

export class GraphvizChart {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-graphviz' });
    this._version = 0;
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const version = ++this._version;
    applyWidth(this.el, props.width);
    this.el.dataset.width = String(props.width);
    this.el.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    this.el.style.overflow = typeof props.height === 'number' ? 'auto' : '';
    _viz ??= instance();
    _viz
      .then((viz) => {
        if (version !== this._version) return;
        const svg = safeSvg(viz.renderString(props.spec, { format: 'svg', engine: props.engine || 'dot' }));
        if (!svg) throw new Error('Graphviz returned no SVG.');
        if (props.alt) {
          svg.setAttribute('role', 'img');
          svg.setAttribute('aria-label', props.alt);
        }
        this.el.replaceChildren(svg);
      })
      .catch((error) => {
        if (version === this._version) this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot draw this graph: ${error.message}` }));
      });
  }
}
