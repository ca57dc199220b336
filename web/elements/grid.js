/**
 * The dataframe grid: a fixed-height scroll box that keeps DOM rows only for
 * the visible window (plus a little overscan), so a million-row frame costs
 * the same to show as a ten-row one. Header and index stay put while scrolling.
 */
import { h } from '../dom.js';

/** Streamlit's row height and default maximum height. */
const ROW_HEIGHT = 35;
const DEFAULT_MAX_HEIGHT = 400;
const OVERSCAN = 5;
/** Rows sampled to guess column widths; measuring every row would defeat virtualizing. */
const WIDTH_SAMPLE = 100;

export class Grid {
  constructor() {
    this._head = h('div', { class: 'hw-grid-row hw-grid-head', role: 'row', 'aria-rowindex': 1 });
    this._body = h('div', { class: 'hw-grid-body', role: 'rowgroup' });
    this._sizer = h('div', { class: 'hw-grid-sizer' }, [h('div', { class: 'hw-grid-headgroup', role: 'rowgroup' }, [this._head]), this._body]);
    this.el = h('div', { class: 'hw-grid', role: 'grid', 'aria-readonly': 'true', tabindex: 0 }, [this._sizer]);
    /** @type {Map<number, HTMLElement>} drawn rows by row number */
    this._rows = new Map();
    /** @type {import('./arrow.js').Frame|null} */
    this._frame = null;
    this._height = 0;
    /** @type {(number|null)[]} sticky left offsets of the leading index columns */
    this._stickyLeft = [];
    this._drawPending = false;
    this.el.addEventListener('scroll', () => this._scheduleDraw(), { passive: true });
  }

  /**
   * @param {import('./arrow.js').Frame} frame
   * @param {{height?: number|null, width?: number|null}} size pixels; null for Streamlit's defaults
   */
  show(frame, { height, width }) {
    this._frame = frame;
    const widths = frame.columns.map((column) => _columnWidth(column, frame.rows));
    let left = 0;
    this._stickyLeft = frame.columns.map((column, i) => {
      const offset = column.index ? left : null;
      left += widths[i];
      return offset;
    });
    this.el.style.setProperty(
      '--hw-grid-columns',
      widths.map((w, i) => (frame.columns[i].index ? `${w}px` : `minmax(${w}px, 1fr)`)).join(' '),
    );
    this._sizer.style.width = `max(100%, ${left}px)`;
    this._sizer.style.height = `${(frame.rows + 1) * ROW_HEIGHT}px`;
    this._height = height ?? Math.min(DEFAULT_MAX_HEIGHT, (frame.rows + 1) * ROW_HEIGHT + 2);
    this.el.style.height = `${this._height}px`;
    this.el.style.width = width ? `${width}px` : '';
    this.el.setAttribute('aria-rowcount', String(frame.rows + 1));
    this.el.setAttribute('aria-colcount', String(frame.columns.length));
    this._head.replaceChildren(
      ...frame.columns.map((column, i) =>
        this._cell('columnheader', column.label, i, column.numeric ? 'hw-numeric' : ''),
      ),
    );
    for (const row of this._rows.values()) row.remove();
    this._rows.clear();
    this._draw();
  }

  _scheduleDraw() {
    if (this._drawPending) return;
    this._drawPending = true;
    requestAnimationFrame(() => {
      this._drawPending = false;
      this._draw();
    });
  }

  _draw() {
    const frame = this._frame;
    if (!frame) return;
    // Row r sits at (r + 1) * ROW_HEIGHT, below the header.
    const top = this.el.scrollTop;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - 1 - OVERSCAN);
    const end = Math.min(frame.rows, Math.ceil((top + this._height) / ROW_HEIGHT) + OVERSCAN);
    for (const [r, row] of this._rows) {
      if (r < first || r >= end) {
        row.remove();
        this._rows.delete(r);
      }
    }
    const added = document.createDocumentFragment();
    for (let r = first; r < end; r++) {
      if (this._rows.has(r)) continue;
      const row = this._row(r);
      this._rows.set(r, row);
      added.append(row);
    }
    this._body.append(added);
  }

  _row(r) {
    const row = h('div', { class: 'hw-grid-row', role: 'row', 'aria-rowindex': r + 2 });
    row.style.transform = `translateY(${(r + 1) * ROW_HEIGHT}px)`;
    this._frame.columns.forEach((column, i) => {
      const text = column.cell(r);
      const classes = [column.index ? 'hw-index' : '', column.numeric ? 'hw-numeric' : '', text === null ? 'hw-null' : ''];
      row.append(this._cell(column.index ? 'rowheader' : 'gridcell', text ?? 'None', i, classes.join(' ')));
    });
    return row;
  }

  _cell(role, text, i, className) {
    const cell = h('div', { class: `hw-grid-cell ${className}`, role, 'aria-colindex': i + 1, text });
    const left = this._stickyLeft[i];
    if (left !== null) {
      cell.classList.add('hw-sticky');
      cell.style.left = `${left}px`;
    }
    return cell;
  }
}

function _columnWidth(column, rows) {
  let chars = column.label.length;
  for (let r = 0; r < Math.min(rows, WIDTH_SAMPLE); r++) chars = Math.max(chars, (column.cell(r) ?? 'None').length);
  return Math.round(Math.min(400, Math.max(column.index ? 40 : 60, chars * 8 + 24)));
}
