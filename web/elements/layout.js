/**
 * Containers. A block's children are separate deltas at `path.i`; the
 * renderer appends their nodes to `el`, so a block view only styles itself.
 */
import { h } from '../dom.js';

const _testIds = { vertical: 'stVerticalBlock', horizontal: 'stHorizontalBlock', column: 'stColumn' };

export class Block {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-block' });
    this.update(props);
  }

  update(props) {
    const el = this.el;
    const layout = props.layout ?? 'vertical';
    el.dataset.layout = layout;
    el.dataset.testid = _testIds[layout];
    el.dataset.gap = props.gap ?? 'small';
    el.classList.toggle('hw-bordered', Boolean(props.border));
    el.style.flex = layout === 'column' ? `${props.weight ?? 1} 1 0` : '';
  }
}

/** `st.empty()`: a placeholder that draws nothing until something replaces it. */
export class Empty {
  constructor() {
    this.el = h('div', { class: 'hw-empty' });
  }

  update() {}
}
