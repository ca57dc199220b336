/**
 * The dataframe grid: a fixed-height scroll box that keeps DOM rows only for
 * the visible window (plus a little overscan), so a million-row frame costs
 * the same to show as a ten-row one. Header and index stay put while scrolling.
 *
 * The grid draws rows from a `RowSource` (the frame itself, or the frame with
 * a data editor's edits applied). A click on a column header sorts by it
 * (ascending, descending, then unsorted). It can let the reader select rows,
 * columns or cells (`st.dataframe(on_select=...)`), and edit cells
 * (`st.data_editor`): double-click a cell, or press Enter on it, to edit; Enter
 * or leaving the field commits, Escape cancels. Rows are named by their
 * number in the source, whatever the sort.
 *
 * Above the rows sits a toolbar whose search (grid-search.js, also Ctrl/Cmd+F)
 * marks matching cells across all rows, drawn or not; a header's right edge
 * resizes its column (grid-resize.js); a button cell's menu of actions and an
 * audio or video cell's player open over the rows (grid-popups.js).
 */
import { h, equal } from '../dom.js';
import { NAMED_WIDTHS, cellContent, cellText } from './cells.js';
import { cellEditor, editedValue } from './grid-editors.js';
import { actionsMenu, mediaPlayer } from './grid-popups.js';
import { listenForResizing, resizeHandle } from './grid-resize.js';
import { GridSearch } from './grid-search.js';

/** Streamlit's row height and default maximum height. */
const ROW_HEIGHT = 35;
const DEFAULT_MAX_HEIGHT = 400;
const OVERSCAN = 5;
/** Rows sampled to guess column widths; measuring every row would defeat virtualizing. */
const WIDTH_SAMPLE = 100;
const SELECT_WIDTH = 36;

/**
 * @typedef {object} RowSource
 * @property {number} rows
 * @property {(row: number, column: import('./arrow.js').Column) => any} value  the row's raw value
 * @property {(row: number) => number|null} [position]  the row's position in the original data (null for an added row)
 *
 * @typedef {object} GridOptions
 * @property {number|null} [height]  pixels; null for Streamlit's default
 * @property {number|null} [width]
 * @property {number|null} [rowHeight]
 * @property {string|null} [placeholder]  text for missing values
 * @property {string[]} [selectionMode]  Streamlit's modes: "multi-row", "single-cell"...
 * @property {{rows: number[], columns: string[], cells: [number, string][]}} [selection]
 * @property {boolean} [rowCheckboxes]  a leading column of row checkboxes, even without row selection
 * @property {(column: import('./arrow.js').Column) => boolean} [editable]
 * @property {(row: number, column: import('./arrow.js').Column, value: any) => void} [onEdit]
 * @property {(selection: {rows: number[], columns: string[], cells: [number, string][]}) => void} [onSelect]
 * @property {Set<string>} [buttonColumns]  button columns whose clicks reach the script (a `ButtonColumn` with a key)
 * @property {(row: number|null, column: import('./arrow.js').Column, label: string) => void} [onButton]  row: position in the data
 */

export class Grid {
  constructor() {
    this._head = h('div', { class: 'hw-grid-row hw-grid-head', role: 'row', 'aria-rowindex': 1 });
    this._body = h('div', { class: 'hw-grid-body', role: 'rowgroup' });
    this._sizer = h('div', { class: 'hw-grid-sizer' }, [h('div', { class: 'hw-grid-headgroup', role: 'rowgroup' }, [this._head]), this._body]);
    this._scroller = h('div', { class: 'hw-grid', role: 'grid', 'aria-readonly': 'true', tabindex: 0 }, [this._sizer]);
    this._search = new GridSearch({
      rows: () => this._source.rows,
      columns: () => this._columns.length,
      textAt: (r, c) => this._textAt(this._order ? this._order[r] : r, c),
      reveal: (r, c) => this._reveal(r, c + this._offset()),
      redraw: () => this._redraw(),
      closed: () => this._scroller.focus(),
    });
    const searchButton = h('button', { type: 'button', class: 'hw-grid-toolbar-button', 'aria-label': 'Search', title: 'Search', text: '⌕' });
    searchButton.addEventListener('click', () => this._search.show());
    this._toolbar = h('div', { class: 'hw-grid-toolbar', 'data-testid': 'stElementToolbar' }, [searchButton]);
    this.el = h('div', { class: 'hw-grid-frame' }, [this._toolbar, this._search.el, this._scroller]);
    /** @type {Map<string, number>} widths the reader dragged, by column name; kept across reruns */
    this._resized = new Map();
    /** @type {Map<number, (string|null)[]>} shown text by data column and source row, for the search */
    this._texts = new Map();
    /** @type {HTMLElement|null} the open audio or video player */
    this._media = null;
    /** @type {HTMLElement|null} the open menu of a button cell's actions */
    this._menu = null;
    /** @type {number[]} pixel width of each drawn column, the checkbox column first */
    this._widths = [];
    /** @type {Map<number, HTMLElement>} drawn rows by row number */
    this._rows = new Map();
    /** @type {import('./arrow.js').Column[]} */
    this._columns = [];
    /** @type {RowSource} */
    this._source = { rows: 0, value: () => null };
    /** @type {GridOptions} */
    this._options = {};
    this._height = 0;
    this._rowHeight = ROW_HEIGHT;
    /** @type {(number|null)[]} sticky left offsets of the leading index columns */
    this._stickyLeft = [];
    this._selection = { rows: new Set(), columns: new Set(), cells: new Set() };
    /** @type {{row: number, column: number, input: HTMLElement}|null} the open cell editor (row in the source) */
    this._editing = null;
    /** @type {{column: string, direction: 1|-1}|null} */
    this._sort = null;
    /** @type {number[]|null} source row of each drawn row while sorted */
    this._order = null;
    this._drawPending = false;
    this._scroller.addEventListener('scroll', () => (this._closeMenu(), this._scheduleDraw()), { passive: true });
    this._scroller.addEventListener('click', (event) => this._onClick(event));
    this._scroller.addEventListener('dblclick', (event) => this._onDoubleClick(event));
    this._scroller.addEventListener('keydown', (event) => this._onKey(event));
    this.el.addEventListener('keydown', (event) => this._onSearchKey(event));
    listenForResizing(this._head, (i, width) => this._resize(i, width));
  }

  /**
   * @param {import('./arrow.js').Frame} frame
   * @param {GridOptions} [options]
   * @param {RowSource} [source] the rows to draw; the frame's own by default
   */
  show(frame, options = {}, source = undefined) {
    this._closeEditor(false);
    this._texts = new Map();
    this._columns = frame.columns;
    this._options = options;
    this._source = source ?? { rows: frame.rows, value: (row, column) => column.value(row), position: (row) => row };
    this._rowHeight = options.rowHeight || ROW_HEIGHT;
    const selection = options.selection ?? { rows: [], columns: [], cells: [] };
    this._selection = {
      rows: new Set(selection.rows),
      columns: new Set(selection.columns),
      cells: new Set(selection.cells.map(([row, column]) => `${row}:${column}`)),
    };
    const modes = options.selectionMode ?? [];
    this._modes = { row: _mode(modes, 'row'), column: _mode(modes, 'column'), cell: _mode(modes, 'cell') };
    this._checkboxes = Boolean(this._modes.row || options.rowCheckboxes);
    this._scroller.setAttribute('aria-readonly', String(!options.editable));
    this._scroller.setAttribute('aria-multiselectable', String(Object.values(this._modes).includes('multi')));
    this._scroller.classList.toggle('hw-grid-selectable', Boolean(this._modes.row || this._modes.column || this._modes.cell));
    this._layout();
  }

  /** Redraws every row, after the source's values changed. */
  refresh() {
    this._texts = new Map();
    this._layout();
  }

  _layout() {
    const rows = this._source.rows;
    this._order = this._sorted();
    this._widths = this._columns.map((column) => this._resized.get(column.name) ?? _columnWidth(column, rows, this._source));
    if (this._checkboxes) this._widths.unshift(SELECT_WIDTH);
    this._applyWidths();
    this._scroller.style.setProperty('--hw-grid-row-height', `${this._rowHeight}px`);
    this._sizer.style.height = `${(rows + 1) * this._rowHeight}px`;
    const { height, width } = this._options;
    this._height = height ?? Math.min(DEFAULT_MAX_HEIGHT, (rows + 1) * this._rowHeight + 2);
    this._scroller.style.height = `${this._height}px`;
    this.el.style.width = width ? `${width}px` : '';
    this._scroller.setAttribute('aria-rowcount', String(rows + 1));
    this._scroller.setAttribute('aria-colcount', String(this._widths.length));
    const headers = this._columns.map((column, i) => this._header(column, i + this._offset()));
    if (this._checkboxes) headers.unshift(this._cell('columnheader', '', 0, 'hw-grid-select', 'Select rows'));
    this._head.replaceChildren(...headers);
    if (this._search.open) this._search.refresh();
    this._redraw();
  }

  /** Column widths into the grid template and the pinned columns' offsets (cells drawn after take them up). */
  _applyWidths() {
    const widths = this._widths;
    let left = 0;
    this._stickyLeft = widths.map((w, i) => {
      const column = this._column(i);
      const sticky = (this._checkboxes && i === 0) || column?.index || column?.options.pinned;
      const offset = sticky ? left : null;
      left += w;
      return offset;
    });
    const fixed = (i) => this._stickyLeft[i] !== null || this._column(i)?.options.width || this._resized.has(this._column(i)?.name);
    this._scroller.style.setProperty('--hw-grid-columns', widths.map((w, i) => (fixed(i) ? `${w}px` : `minmax(${w}px, 1fr)`)).join(' '));
    this._sizer.style.width = `max(100%, ${left}px)`;
  }

  _offset() {
    return this._checkboxes ? 1 : 0;
  }

  /** The data column drawn at grid column `i` (null for the checkbox column). */
  _column(i) {
    return this._columns[i - this._offset()] ?? null;
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
    const rows = this._source.rows;
    // Row r sits at (r + 1) * rowHeight, below the header.
    const top = this._scroller.scrollTop;
    const first = Math.max(0, Math.floor(top / this._rowHeight) - 1 - OVERSCAN);
    const end = Math.min(rows, Math.ceil((top + this._height) / this._rowHeight) + OVERSCAN);
    for (const [r, row] of this._rows) {
      if ((r < first || r >= end) && !(this._editing && row.contains(this._editing.input))) {
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
    const source = this._order ? this._order[r] : r;
    const selected = this._selection.rows.has(this._position(source));
    const row = h('div', { class: 'hw-grid-row', role: 'row', 'aria-rowindex': r + 2, 'aria-selected': this._modes.row ? String(selected) : null });
    row.style.transform = `translateY(${(r + 1) * this._rowHeight}px)`;
    if (this._checkboxes) {
      const box = h('input', { type: 'checkbox', class: 'hw-grid-row-check', 'aria-label': `Select row ${r + 1}`, 'data-row': source });
      box.checked = selected;
      row.append(this._cell('gridcell', box, 0, 'hw-grid-select'));
    }
    this._columns.forEach((column, i) => {
      const value = this._source.value(source, column);
      const text = cellText(column, value);
      const content = text === null && value == null ? this._options.placeholder ?? 'None' : cellContent(column, value, text);
      const classes = [
        column.index ? 'hw-index' : '',
        column.numeric ? 'hw-numeric' : '',
        value == null ? 'hw-null' : '',
        this._selection.cells.has(`${this._position(source)}:${column.name}`) || this._selection.columns.has(column.name) ? 'hw-selected' : '',
        this._options.editable?.(column) ? 'hw-editable' : '',
        this._search.isMatch(r, i) ? 'hw-search-match' : '',
        this._search.isCurrent(r, i) ? 'hw-search-current' : '',
      ];
      const cell = this._cell(column.index ? 'rowheader' : 'gridcell', content, i + this._offset(), classes.join(' '));
      if (typeof content !== 'string') cell.setAttribute('aria-label', text ?? '');
      if (column.kind === 'button' && !this._options.buttonColumns?.has(column.name)) {
        for (const button of cell.querySelectorAll('button')) button.disabled = true;
      }
      cell.dataset.row = String(source);
      if (column.options.alignment) cell.style.textAlign = column.options.alignment;
      row.append(cell);
    });
    return row;
  }

  _header(column, i) {
    const selected = this._selection.columns.has(column.name);
    const sorted = this._sort?.column === column.name ? this._sort.direction : 0;
    const label = [column.label, h('span', { class: 'hw-grid-sort', 'aria-hidden': 'true', text: sorted > 0 ? ' ↑' : sorted < 0 ? ' ↓' : '' })];
    const cell = this._cell('columnheader', '', i, column.numeric ? 'hw-numeric' : '');
    cell.replaceChildren(...label);
    if (column.options.help) cell.title = column.options.help;
    // Named by its label alone: the resize handle inside would otherwise join the header's name.
    if (column.label) cell.setAttribute('aria-label', column.label);
    cell.append(resizeHandle(i, _columnName(column), this._widths[i]));
    if (this._modes.column && !column.index) {
      cell.setAttribute('aria-selected', String(selected));
      cell.classList.toggle('hw-selected', selected);
      cell.dataset.selectColumn = column.name;
    } else {
      cell.setAttribute('aria-sort', sorted > 0 ? 'ascending' : sorted < 0 ? 'descending' : 'none');
      cell.dataset.sortColumn = column.name;
    }
    return cell;
  }

  /** The source rows in sorted order; null while unsorted. Missing values go last either way. */
  _sorted() {
    const column = this._sort && this._columns.find((c) => c.name === this._sort.column);
    if (!column) return null;
    const { direction } = this._sort;
    const values = Array.from({ length: this._source.rows }, (_, r) => this._source.value(r, column));
    const order = values.map((_, r) => r);
    order.sort((a, b) => {
      const x = values[a];
      const y = values[b];
      if (x == null || y == null) return x == null ? (y == null ? a - b : 1) : -1;
      const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
      return compared * direction || a - b;
    });
    return order;
  }

  _cell(role, content, i, className, label = null) {
    const cell = h('div', { class: `hw-grid-cell ${className}`, role, 'aria-colindex': i + 1, 'aria-label': label });
    cell.append(content);
    const left = this._stickyLeft[i];
    if (left !== null && left !== undefined) {
      cell.classList.add('hw-sticky');
      cell.style.left = `${left}px`;
    }
    return cell;
  }

  _position(r) {
    return this._source.position ? this._source.position(r) : r;
  }

  // -- selection -----------------------------------------------------------------

  _onClick(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.matches('.hw-grid-row-check')) {
      this._toggle('rows', this._position(Number(target.dataset.row)), this._modes.row ?? 'multi');
      return;
    }
    if (target.closest('.hw-grid-resize')) return;
    const media = target.closest('.hw-cell-media');
    if (media) {
      this._openMedia(media);
      return;
    }
    const menuButton = target.closest('.hw-cell-menu-button');
    if (menuButton) {
      this._openMenu(menuButton);
      return;
    }
    const action = target.closest('.hw-cell-button');
    if (action) {
      const cell = action.closest('.hw-grid-cell[data-row]');
      const column = this._column(Number(cell.getAttribute('aria-colindex')) - 1);
      this._options.onButton?.(this._position(Number(cell.dataset.row)), column, action.dataset.label);
      return;
    }
    const header = target.closest('[data-select-column]');
    if (header) {
      this._toggle('columns', header.dataset.selectColumn, this._modes.column);
      return;
    }
    const sortHeader = target.closest('[data-sort-column]');
    if (sortHeader) {
      const name = sortHeader.dataset.sortColumn;
      const direction = this._sort?.column === name ? this._sort.direction : 0;
      this._sort = direction === 0 ? { column: name, direction: 1 } : direction === 1 ? { column: name, direction: -1 } : null;
      this._layout();
      return;
    }
    const cell = target.closest('.hw-grid-cell[data-row]');
    if (!cell || target.closest('a, input, select, textarea')) return;
    const column = this._column(Number(cell.getAttribute('aria-colindex')) - 1);
    if (!column) return;
    const row = Number(cell.dataset.row);
    if (this._options.editable?.(column) && column.kind === 'checkbox') {
      this._options.onEdit?.(row, column, !this._source.value(row, column));
      return;
    }
    if (this._modes.cell && !column.index) this._toggle('cells', `${this._position(row)}:${column.name}`, this._modes.cell);
  }

  _toggle(kind, key, mode) {
    const set = this._selection[kind];
    const had = set.has(key);
    if (mode === 'single') set.clear();
    if (had) set.delete(key);
    else set.add(key);
    this._layout();
    this._options.onSelect?.(this.selection());
  }

  /** The current selection, as Streamlit's state holds it. */
  selection() {
    return {
      rows: [...this._selection.rows].filter((r) => r !== null).sort((a, b) => a - b),
      columns: [...this._selection.columns],
      cells: [...this._selection.cells].map((key) => {
        const at = key.indexOf(':');
        return [Number(key.slice(0, at)), key.slice(at + 1)];
      }),
    };
  }

  /** Source rows whose checkbox is ticked. */
  checkedRows() {
    const rows = [];
    for (let r = 0; r < this._source.rows; r++) if (this._selection.rows.has(this._position(r))) rows.push(r);
    return rows;
  }

  // -- search --------------------------------------------------------------------

  /** Ctrl/Cmd+F in the grid opens the search (the browser's own cannot see undrawn rows); Escape closes it. */
  _onSearchKey(event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      this._search.show();
    } else if (event.key === 'Escape' && (this._media || this._menu)) {
      event.preventDefault();
      this._closeMedia();
      this._closeMenu();
    } else if (event.key === 'Escape' && this._search.open && !this._editing) {
      event.preventDefault();
      this._search.close();
    }
  }

  /**
   * The text of source row `r` in data column `c`, kept until the values change:
   * formatting every cell again on each key typed into the search took ~300 ms at 150,000 rows.
   */
  _textAt(r, c) {
    let texts = this._texts.get(c);
    if (!texts) this._texts.set(c, (texts = new Array(this._source.rows)));
    if (texts[r] === undefined) texts[r] = cellText(this._columns[c], this._source.value(r, this._columns[c]));
    return texts[r];
  }

  /** Scrolls the cell at drawn row `r`, grid column `i` into view, unless it is. */
  _reveal(r, i) {
    const top = (r + 1) * this._rowHeight;
    if (top - this._rowHeight < this._scroller.scrollTop || top + this._rowHeight > this._scroller.scrollTop + this._height) {
      this._scroller.scrollTop = Math.max(0, top - this._height / 2);
    }
    const left = this._widths.slice(0, i).reduce((a, b) => a + b, 0);
    if (left < this._scroller.scrollLeft || left + this._widths[i] > this._scroller.scrollLeft + this._scroller.clientWidth) {
      this._scroller.scrollLeft = Math.max(0, left - this._scroller.clientWidth / 2);
    }
  }

  /** Draws the visible rows anew (their marks changed, not the layout). */
  _redraw() {
    for (const row of this._rows.values()) row.remove();
    this._rows.clear();
    this._draw();
  }

  // -- button menus ---------------------------------------------------------------------

  /** The actions of a button cell holding several labels, as a menu under the cell. */
  _openMenu(trigger) {
    this._closeMenu();
    const cell = trigger.closest('.hw-grid-cell[data-row]');
    const column = this._column(Number(cell.getAttribute('aria-colindex')) - 1);
    const row = this._position(Number(cell.dataset.row));
    const menu = actionsMenu(JSON.parse(trigger.dataset.labels), trigger.getAttribute('aria-label'), (label) => {
      this._closeMenu();
      this._options.onButton?.(row, column, label);
    });
    this._menu = menu.el;
    this._menu.addEventListener('focusout', (event) => {
      if (!this._menu?.contains(/** @type {Node|null} */ (event.relatedTarget))) this._closeMenu();
    });
    const at = cell.getBoundingClientRect();
    const frame = this.el.getBoundingClientRect();
    this._menu.style.top = `${at.bottom - frame.top}px`;
    this._menu.style.left = `${at.left - frame.left}px`;
    this.el.append(this._menu);
    menu.first.focus();
  }

  _closeMenu() {
    if (!this._menu) return;
    const menu = this._menu;
    this._menu = null;
    const focused = menu.contains(document.activeElement) || menu.contains(this.el.getRootNode().activeElement);
    menu.remove();
    if (focused) this._scroller.focus();
  }

  // -- audio and video cells ------------------------------------------------------------

  _openMedia(button) {
    this._closeMedia();
    const { el, player } = mediaPlayer(button.dataset.media, button.dataset.src, () => this._closeMedia());
    this._media = el;
    this.el.append(el);
    player.focus();
  }

  _closeMedia() {
    if (!this._media) return;
    this._media.querySelector('audio, video')?.pause();
    this._media.remove();
    this._media = null;
    this._scroller.focus();
  }

  // -- column widths -----------------------------------------------------------------

  _resize(i, width) {
    const column = this._column(i);
    if (!column) return;
    this._widths[i] = width;
    this._resized.set(column.name, this._widths[i]);
    this._applyWidths();
    // The cells already drawn stay: their pinned offsets follow the new widths.
    for (const cell of this._scroller.querySelectorAll('.hw-sticky')) {
      cell.style.left = `${this._stickyLeft[Number(cell.getAttribute('aria-colindex')) - 1]}px`;
    }
    this._head.querySelector(`[data-resize-column="${i}"]`)?.setAttribute('aria-valuenow', String(this._widths[i]));
  }

  // -- editing -------------------------------------------------------------------

  _onDoubleClick(event) {
    const cell = /** @type {HTMLElement} */ (event.target).closest('.hw-grid-cell[data-row]');
    if (cell) this._openEditor(cell);
  }

  _onKey(event) {
    if (this._editing) return;
    const cell = /** @type {HTMLElement} */ (event.target).closest?.('.hw-grid-cell[data-row]');
    if (cell && (event.key === 'Enter' || event.key === 'F2')) {
      event.preventDefault();
      this._openEditor(cell);
    }
  }

  _openEditor(cell) {
    const column = this._column(Number(cell.getAttribute('aria-colindex')) - 1);
    if (!column || !this._options.editable?.(column) || column.kind === 'checkbox') return;
    this._closeEditor(true);
    const row = Number(cell.dataset.row);
    const input = cellEditor(column, this._source.value(row, column));
    const field = input._hwField ?? input;
    field.setAttribute('aria-label', `Edit ${_columnName(column)}, row ${row + 1}`);
    input.classList.add('hw-grid-editor');
    cell.replaceChildren(input);
    cell.classList.add('hw-editing');
    this._editing = { row, column: Number(cell.getAttribute('aria-colindex')) - 1, input };
    input.addEventListener('keydown', (event) => {
      // Not on to the grid, whose Enter would open an editor again in the cell just closed.
      if (event.key === 'Enter' || event.key === 'Escape') event.stopPropagation();
      if (event.key === 'Enter') {
        event.preventDefault();
        this._closeEditor(true);
        this._scroller.focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this._closeEditor(false);
        this._scroller.focus();
      }
    });
    // focusout, not blur: a list editor's chips and field are one editor.
    input.addEventListener('focusout', (event) => {
      if (!input.contains(/** @type {Node|null} */ (event.relatedTarget))) this._closeEditor(true);
    });
    field.focus();
    // A list editor (the one with a `_hwField`) is a div, so this is a plain text field.
    if (input instanceof HTMLInputElement && input.type === 'text') input.select();
  }

  /** Closes the open editor, sending its value if `commit` and it changed. */
  _closeEditor(commit) {
    const editing = this._editing;
    if (!editing) return;
    this._editing = null;
    const column = this._column(editing.column);
    const before = this._source.value(editing.row, column);
    const after = editedValue(column, editing.input);
    const same = Array.isArray(after) && Array.isArray(before) ? equal(after, before) : after === before;
    if (commit && after !== undefined && !same && !(after === null && before == null)) {
      this._options.onEdit?.(editing.row, column, after);
    } else {
      this._layout();
    }
  }
}

/** A column as controls name it: its label, or "index" for pandas' unnamed index. */
function _columnName(column) {
  return column.label || (column.index ? 'index' : column.name);
}

function _mode(modes, kind) {
  if (modes.includes(`multi-${kind}`)) return 'multi';
  if (modes.includes(`single-${kind}`)) return 'single';
  return null;
}

function _columnWidth(column, rows, source) {
  const configured = column.options.width;
  if (typeof configured === 'number') return configured;
  if (configured in NAMED_WIDTHS) return NAMED_WIDTHS[configured];
  let chars = column.label.length;
  for (let r = 0; r < Math.min(rows, WIDTH_SAMPLE); r++) chars = Math.max(chars, (cellText(column, source.value(r, column)) ?? 'None').length);
  const sparkline = column.kind.endsWith('_chart') ? 120 : 0;
  return Math.round(Math.min(400, Math.max(column.index ? 40 : 60, chars * 8 + 24, sparkline)));
}
