/** `st.graphviz_chart`: DOT laid out by Graphviz compiled to wasm (@viz-js/viz), imported on first use. */
import { h, equal } from '../dom.js';
import { applyWidth } from './widget.js';

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
    import('./graphviz-render.js')
      .then(({ renderDot }) => renderDot(props.spec, props.engine))
      .then((svg) => {
        if (version !== this._version) return;
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
