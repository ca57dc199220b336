/**
 * A view whose code is a chunk loaded when the first such element appears, so
 * rare, library-backed elements cost the up-front bundle only this wrapper.
 */
import { h } from '../dom.js';

/**
 * @example const GraphvizChart = lazyView(() => import('./graphviz-chart.js').then((m) => m.GraphvizChart));
 * @param {() => Promise<new (id: string|null, props: object, ctx: any) => import('./index.js').View>} load
 */
export function lazyView(load) {
  return class {
    constructor(id, props, ctx) {
      this.el = h('div');
      /** The newest props, for the view made when the code arrives. */
      this._props = props;
      /** @type {import('./index.js').View|null} */
      this._view = null;
      this._gone = false;
      load().then(
        (View) => {
          if (this._gone) return;
          this._view = new View(id, this._props, ctx);
          this.el.replaceChildren(this._view.el);
        },
        (error) => this.el.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot load this element: ${error.message}` })),
      );
    }

    update(props, prev) {
      if (this._view) this._view.update(props, prev);
      else this._props = props;
    }

    destroy() {
      this._gone = true;
      this._view?.destroy?.();
    }
  };
}
