/**
 * `st.grid`: a CSS grid whose direct children are its cells, and `grid.cell()`
 * blocks that group elements or span tracks. With `wrap`, columns drop as the
 * grid narrows so no cell gets narrower than `min_column_width` (until one is left).
 */
import { h } from '../dom.js';
import { cssLength } from './layout.js';

/** Streamlit's "auto" minimum column width (about 200 px at the default font size). */
const AUTO_MIN_WIDTH = '12.5rem';

function _tracks({ columns, min_column_width: minWidth, wrap, column_gap: gap }) {
  const min = typeof minWidth === 'number' ? `${minWidth}px` : AUTO_MIN_WIDTH;
  if (columns === 'auto') return `repeat(auto-fill, minmax(min(100%, ${min}), 1fr))`;
  if (!wrap) return `repeat(${columns}, minmax(${min}, 1fr))`;
  // At most `columns` tracks: each at least its share of the row, and at least `min`.
  const gapLength = gap === null ? '0px' : (cssLength(gap ?? 'small') ?? '0px');
  const share = `calc((100% - ${columns - 1} * ${gapLength}) / ${columns})`;
  return `repeat(auto-fill, minmax(min(100%, max(${min}, ${share})), 1fr))`;
}

export class Grid {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-layout-grid', 'data-testid': 'stGrid' });
    // A span wider than the columns the grid has at its width shrinks to fit them.
    this._resize = new ResizeObserver(() => this._fitSpans());
    this._resize.observe(this.el);
    this._cells = new MutationObserver(() => this._fitSpans());
    this._cells.observe(this.el, { childList: true });
    this.update(props, {});
  }

  update(props, prev = {}) {
    const { el } = this;
    const style = el.style;
    style.gridTemplateColumns = _tracks(props);
    style.rowGap = props.row_gap === null ? '0' : (cssLength(props.row_gap ?? 'small') ?? '');
    style.columnGap = props.column_gap === null ? '0' : (cssLength(props.column_gap ?? 'small') ?? '');
    style.gridAutoRows = typeof props.row_height === 'number' ? `${props.row_height}px` : '';
    style.gridAutoFlow = props.dense ? 'row dense' : '';
    style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    style.maxWidth = typeof props.width === 'number' ? '100%' : '';
    style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    el.classList.toggle('hw-scroll', typeof props.height === 'number');
    el.classList.toggle('hw-stretch-height', props.height === 'stretch');
    el.dataset.wrap = String(props.wrap !== false);
    el.dataset.border = String(Boolean(props.border));
    el.dataset.valign = props.vertical_alignment ?? 'top';
    el.dataset.rowHeight = typeof props.row_height === 'number' ? 'fixed' : 'content';
    if (props.key !== prev.key) {
      if (prev.key) el.classList.remove(`st-key-${prev.key}`);
      if (props.key) el.classList.add(`st-key-${props.key}`);
    }
    this._fitSpans();
  }

  _fitSpans() {
    const count = getComputedStyle(this.el).gridTemplateColumns.split(' ').filter(Boolean).length || 1;
    for (const cell of /** @type {HTMLElement[]} */ ([...this.el.children])) {
      const span = Number(cell.dataset.columnSpan);
      if (span) cell.style.gridColumn = `span ${Math.min(span, count)}`;
    }
  }

  destroy() {
    this._resize.disconnect();
    this._cells.disconnect();
  }
}

/** `grid.cell()`: a vertical block placed as one cell, spanning columns and rows. */
export class GridCell {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-block hw-layout-grid-cell', 'data-layout': 'vertical', 'data-direction': 'column', 'data-testid': 'stGridCell' });
    this.update(props);
  }

  update(props) {
    const span = props.column_span ?? 1;
    this.el.dataset.columnSpan = span === 'all' ? '' : String(span);
    this.el.style.gridColumn = span === 'all' ? '1 / -1' : `span ${span}`;
    this.el.style.gridRow = `span ${props.row_span ?? 1}`;
  }
}
