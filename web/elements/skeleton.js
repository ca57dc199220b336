/**
 * `st.skeleton`: a pulsing box that holds a place while content loads. Inside
 * `with st.skeleton():` it waits `delay` seconds before it shows, so a block that
 * finishes sooner never flashes one (the run replaces it with `empty` first).
 */
import { h } from '../dom.js';

export class Skeleton {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-skeleton', role: 'status', 'aria-busy': 'true', 'aria-label': 'Loading' });
    /** @type {ReturnType<typeof setTimeout>|undefined} */
    this._timer = undefined;
    this.update(props, {});
  }

  update(props, prev = {}) {
    const { el } = this;
    const { height, width } = props;
    el.style.height = typeof height === 'number' ? `${height}px` : '';
    el.classList.toggle('hw-stretch-height', height === 'stretch');
    el.style.width = typeof width === 'number' ? `${width}px` : '';
    el.style.maxWidth = typeof width === 'number' ? '100%' : '';
    if (props.delay === prev.delay) return;
    clearTimeout(this._timer);
    el.hidden = props.delay > 0;
    if (props.delay > 0) this._timer = setTimeout(() => (el.hidden = false), props.delay * 1000);
  }

  destroy() {
    clearTimeout(this._timer);
  }
}
