/**
 * The dataframe toolbar's search, as Streamlit's grid does it: a text field
 * that marks every cell whose shown text contains the query (any case), with
 * "n of m", Enter / Shift+Enter (or the arrows) to step through the matches,
 * and Escape to close. Ctrl/Cmd+F opens it while the grid has focus.
 *
 * `findMatches` and `stepMatch` are pure, for tests under Node; `GridSearch`
 * keeps a grid's matches and its search field.
 */
import { h } from '../dom.js';

/**
 * The cells whose text contains `query`, case-insensitively, in reading order
 * (row by row, left to right). An empty query matches nothing.
 *
 * @example findMatches('an', 2, 1, (r) => ['Ann', 'Bo'][r]) // → [[0, 0]]
 * @param {string} query
 * @param {number} rows
 * @param {number} columns
 * @param {(row: number, column: number) => string|null} textAt  the text a cell shows; null for none
 * @returns {[number, number][]} [row, column] pairs
 */
export function findMatches(query, rows, columns, textAt) {
  const needle = query.toLowerCase();
  if (!needle) return [];
  const matches = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (_contains(textAt(r, c), needle)) matches.push([r, c]);
    }
  }
  return /** @type {[number, number][]} */ (matches);
}

/** Whether a cell's text holds `needle` (already lowercased), as `findMatches` tests it. */
function _contains(text, needle) {
  return text != null && text.toLowerCase().includes(needle);
}

/**
 * The match `step` places from `current` (1 next, -1 previous), wrapping
 * around; -1 when there are none.
 * @param {number} current  -1 before the first step
 * @param {number} count
 * @param {number} step
 */
export function stepMatch(current, count, step) {
  if (count <= 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (((current + step) % count) + count) % count;
}

/**
 * @typedef {object} SearchHost  what the search needs of its grid
 * @property {() => number} rows
 * @property {() => number} columns
 * @property {(row: number, column: number) => string|null} textAt  drawn row, data column
 * @property {(row: number, column: number) => void} reveal  scroll a cell into view
 * @property {() => void} redraw
 * @property {() => void} closed  the search closed: focus goes back to the grid
 */

/** A grid's search: the field, the matches (drawn row, data column) and the current one. */
export class GridSearch {
  /** @param {SearchHost} grid */
  constructor(grid) {
    this._grid = grid;
    this._query = '';
    /** the query lowercased, as `findMatches` tests it; drawn cells are tested against it */
    this._needle = '';
    /** @type {[number, number][]} */
    this._matches = [];
    this._current = -1;
    this._bar = new SearchBar({ onQuery: (query) => this._search(query), onStep: (step) => this.step(step), onClose: () => this.close() });
    this.el = this._bar.el;
  }

  get open() {
    return this._bar.open;
  }

  show() {
    this._bar.show();
  }

  close() {
    this._bar.hide();
    this._search('');
    this._grid.closed();
  }

  /** Finds the matches again, after the rows or their order changed. */
  refresh() {
    const grid = this._grid;
    this._matches = findMatches(this._query, grid.rows(), grid.columns(), grid.textAt);
    this._current = Math.min(this._current, this._matches.length - 1);
    this._bar.count(this._current, this._matches.length);
  }

  /**
   * Whether a drawn cell matches: tested on its own text rather than looked up among
   * the matches, which can number hundreds of thousands while ~25 rows are drawn.
   */
  isMatch(row, column) {
    return this._needle !== '' && _contains(this._grid.textAt(row, column), this._needle);
  }

  isCurrent(row, column) {
    const match = this._matches[this._current];
    return match !== undefined && match[0] === row && match[1] === column;
  }

  /** Moves to the next (1) or previous (-1) match and shows it. */
  step(step) {
    this._current = stepMatch(this._current, this._matches.length, step);
    this._bar.count(this._current, this._matches.length);
    const match = this._matches[this._current];
    if (match) this._grid.reveal(match[0], match[1]);
    this._grid.redraw();
  }

  _search(query) {
    this._query = query;
    this._needle = query.toLowerCase();
    this.refresh();
    this._current = -1;
    this.step(1);
  }
}

/** The search field: it owns no matches, only tells the search what was asked. */
class SearchBar {
  /**
   * @param {{onQuery: (query: string) => void, onStep: (step: number) => void, onClose: () => void}} handlers
   */
  constructor({ onQuery, onStep, onClose }) {
    this.input = h('input', { type: 'text', class: 'hw-grid-search-input', placeholder: 'Search...', 'aria-label': 'Search' });
    this._count = h('span', { class: 'hw-grid-search-count', 'aria-live': 'polite' });
    const button = (label, text, action) => {
      const el = h('button', { type: 'button', class: 'hw-grid-search-button', 'aria-label': label, title: label, text });
      el.addEventListener('click', action);
      return el;
    };
    this.el = h('div', { class: 'hw-grid-search', role: 'search', hidden: true }, [
      this.input,
      this._count,
      button('Previous match', '↑', () => onStep(-1)),
      button('Next match', '↓', () => onStep(1)),
      button('Close search', '✕', () => onClose()),
    ]);
    this.input.addEventListener('input', () => onQuery(this.input.value));
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        onStep(event.shiftKey ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }
    });
  }

  get open() {
    return !this.el.hidden;
  }

  show() {
    this.el.hidden = false;
    this.input.focus();
    this.input.select();
  }

  hide() {
    this.el.hidden = true;
    this.input.value = '';
    this._count.textContent = '';
  }

  /** "2 of 5", "No results", or nothing for an empty query. */
  count(current, total) {
    this._count.textContent = !this.input.value ? '' : total ? `${current + 1} of ${total}` : 'No results';
  }
}
