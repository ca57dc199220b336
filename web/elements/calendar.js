/**
 * A month calendar popup for the date inputs: a dialog with the month, buttons
 * for the previous and next month, and a grid of day buttons. Arrow keys move
 * by day and week, PageUp/PageDown by month, Enter or Space chooses, Escape
 * closes. Dates are "YYYY-MM-DD" strings throughout; no time zone is involved.
 */
import { h, setAttr, setText } from '../dom.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** @param {string} iso "YYYY-MM-DD" @returns {Date} that day at UTC midnight */
export const parseIso = (iso) => new Date(`${iso}T00:00:00Z`);
/** @param {Date} day @returns {string} "YYYY-MM-DD" */
export const toIso = (day) => day.toISOString().slice(0, 10);
const addDays = (iso, n) => toIso(new Date(parseIso(iso).getTime() + n * 86_400_000));

function addMonths(iso, n) {
  const d = parseIso(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toIso(target);
}

/** "Friday, January 5, 2024": the name of a day button. */
export function longDate(iso) {
  const d = parseIso(iso);
  return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export class Calendar {
  /**
   * @param {(iso: string) => void} onChoose
   * @param {() => void} onClose  Escape, or focus left the popup
   */
  constructor(onChoose, onClose) {
    this._onChoose = onChoose;
    this._onClose = onClose;
    this._min = '0001-01-01';
    this._max = '9999-12-31';
    /** @type {string[]} chosen days (two for a range) */
    this._chosen = [];
    this._focusDay = toIso(new Date());
    this._title = h('div', { class: 'hw-calendar-title', 'aria-live': 'polite' });
    this._prev = h('button', { type: 'button', class: 'hw-calendar-nav', 'aria-label': 'Previous month', text: '‹' });
    this._next = h('button', { type: 'button', class: 'hw-calendar-nav', 'aria-label': 'Next month', text: '›' });
    this._grid = h('div', { class: 'hw-calendar-grid', role: 'grid' });
    this.el = h('div', { class: 'hw-calendar', role: 'dialog', 'aria-label': 'Choose a date', hidden: true }, [
      h('div', { class: 'hw-calendar-head' }, [this._prev, this._title, this._next]),
      this._grid,
    ]);
    this._prev.addEventListener('click', () => this._moveFocus(addMonths(this._focusDay, -1), false));
    this._next.addEventListener('click', () => this._moveFocus(addMonths(this._focusDay, 1), false));
    this._grid.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-day]');
      if (button && !button.hasAttribute('disabled')) this._onChoose(button.dataset.day);
    });
    this._grid.addEventListener('keydown', (event) => this._onKey(event));
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this._onClose();
      }
    });
    this._redrawing = false;
    this.el.addEventListener('focusout', (event) => {
      if (this._redrawing) return; // the focused day button is being replaced
      if (!this.el.contains(/** @type {Node} */ (event.relatedTarget))) this._onClose();
    });
    // Clicks inside must not take focus away from where it is (the field, or a day).
    this.el.addEventListener('mousedown', (event) => {
      if (!(/** @type {HTMLElement} */ (event.target).closest('button'))) event.preventDefault();
    });
  }

  get open() {
    return !this.el.hidden;
  }

  /**
   * @param {{min: string, max: string, chosen: string[]}} state
   */
  show({ min, max, chosen }) {
    this._min = min;
    this._max = max;
    this._chosen = chosen;
    this._focusDay = this._clamp(chosen[chosen.length - 1] ?? toIso(new Date()));
    this.el.hidden = false;
    this._render();
  }

  /** Marks the chosen days (a range shows its first day while the second is picked). */
  setChosen(chosen) {
    this._chosen = chosen;
    this._render();
  }

  hide() {
    this.el.hidden = true;
  }

  /** Moves keyboard focus into the grid (ArrowDown from the field). */
  focusGrid() {
    this._grid.querySelector('button[tabindex="0"]')?.focus();
  }

  _clamp(iso) {
    return iso < this._min ? this._min : iso > this._max ? this._max : iso;
  }

  _onKey(event) {
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let target = null;
    if (event.key in moves) target = addDays(this._focusDay, moves[event.key]);
    else if (event.key === 'PageUp') target = addMonths(this._focusDay, -1);
    else if (event.key === 'PageDown') target = addMonths(this._focusDay, 1);
    else if (event.key === 'Home') target = addDays(this._focusDay, -parseIso(this._focusDay).getUTCDay());
    else if (event.key === 'End') target = addDays(this._focusDay, 6 - parseIso(this._focusDay).getUTCDay());
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._onChoose(this._focusDay);
      return;
    }
    if (target === null) return;
    event.preventDefault();
    this._moveFocus(this._clamp(target), true);
  }

  _moveFocus(iso, focus) {
    this._focusDay = this._clamp(iso);
    this._render();
    if (focus) this.focusGrid();
  }

  _render() {
    const focus = parseIso(this._focusDay);
    const year = focus.getUTCFullYear();
    const month = focus.getUTCMonth();
    setText(this._title, `${MONTHS[month]} ${year}`);
    const first = toIso(new Date(Date.UTC(year, month, 1)));
    this._prev.disabled = addDays(first, -1) < this._min;
    this._next.disabled = toIso(new Date(Date.UTC(year, month + 1, 1))) > this._max;
    const [start, end] = this._chosen;
    const rows = [h('div', { role: 'row', class: 'hw-calendar-row' }, WEEKDAYS.map((day) =>
      h('span', { role: 'columnheader', class: 'hw-calendar-weekday', 'aria-label': day, text: day.slice(0, 2) })))];
    let day = addDays(first, -parseIso(first).getUTCDay());
    for (let week = 0; week < 6; week++) {
      const cells = [];
      for (let i = 0; i < 7; i++, day = addDays(day, 1)) {
        const inMonth = parseIso(day).getUTCMonth() === month;
        const chosen = this._chosen.includes(day);
        const button = h('button', {
          type: 'button',
          class: 'hw-calendar-day',
          'data-day': day,
          'aria-label': longDate(day),
          'aria-pressed': chosen ? 'true' : 'false',
          tabindex: day === this._focusDay ? 0 : -1,
          disabled: day < this._min || day > this._max,
          text: String(parseIso(day).getUTCDate()),
        });
        button.classList.toggle('hw-outside', !inMonth);
        button.classList.toggle('hw-in-range', Boolean(start && end && day > start && day < end));
        cells.push(h('span', { role: 'gridcell' }, [button]));
      }
      rows.push(h('div', { role: 'row', class: 'hw-calendar-row' }, cells));
    }
    const root = /** @type {Document|ShadowRoot} */ (this.el.getRootNode());
    const hadFocus = this._grid.contains(root.activeElement);
    this._redrawing = true;
    this._grid.replaceChildren(...rows);
    this._redrawing = false;
    setAttr(this._grid, 'aria-label', `${MONTHS[month]} ${year}`);
    if (hadFocus) this.focusGrid();
  }
}
