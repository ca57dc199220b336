/**
 * The popup list of a combobox (multiselect, time input): options with
 * role="option", an active one (`aria-activedescendant`, moved by the arrow
 * keys while focus stays in the text field), chosen by click or Enter.
 */
import { h, setAttr, uid } from '../dom.js';

/**
 * @typedef {object} ListItem
 * @property {string} label
 * @property {any} value  what `onChoose` receives
 * @property {boolean} [selected]
 * @property {string} [kind]  a CSS hook: "bulk" (Select all), "create" (Add: x)
 */

export class Listbox {
  /**
   * @param {HTMLInputElement} input the combobox field that owns the list
   * @param {(item: ListItem) => void} onChoose
   * @param {{multiselectable?: boolean}} [options]
   */
  constructor(input, onChoose, { multiselectable = false } = {}) {
    this._input = input;
    this._onChoose = onChoose;
    /** @type {ListItem[]} */
    this._items = [];
    this._active = -1;
    this.el = h('ul', { class: 'hw-listbox', role: 'listbox', id: uid('listbox'), hidden: true, tabindex: -1 });
    setAttr(this.el, 'aria-multiselectable', multiselectable ? 'true' : null);
    setAttr(input, 'role', 'combobox');
    setAttr(input, 'aria-controls', this.el.id);
    setAttr(input, 'aria-expanded', 'false');
    setAttr(input, 'aria-autocomplete', 'list');
    // mousedown, not click: choosing must not blur the field (which would close the list first).
    this.el.addEventListener('mousedown', (event) => {
      event.preventDefault();
      const node = /** @type {HTMLElement} */ (event.target).closest('[role="option"]');
      const index = node ? Number(node.dataset.index) : -1;
      if (index >= 0 && !node.hasAttribute('aria-disabled')) this._onChoose(this._items[index]);
    });
  }

  get open() {
    return !this.el.hidden;
  }

  /** @returns {ListItem[]} the items shown */
  get items() {
    return this._items;
  }

  /**
   * Shows `items` (keeps the active one when it is still there), or `empty` as a note.
   * @param {ListItem[]} items
   * @param {string} [empty]
   */
  show(items, empty = 'No results') {
    const activeValue = this._items[this._active]?.value;
    this._items = items;
    const nodes = items.map((item, i) =>
      h('li', {
        role: 'option',
        id: `${this.el.id}-${i}`,
        class: `hw-option${item.kind ? ` hw-option-${item.kind}` : ''}`,
        'aria-selected': item.selected ? 'true' : 'false',
        'data-index': i,
        text: item.label,
      }),
    );
    this.el.replaceChildren(...(nodes.length ? nodes : [h('li', { class: 'hw-listbox-empty', text: empty })]));
    this.el.hidden = false;
    setAttr(this._input, 'aria-expanded', 'true');
    // Keep the active item if it is still there; else start on the selected one (a time list
    // opens on the current time), else on the first.
    const kept = items.findIndex((item) => item.value === activeValue);
    const selected = items.findIndex((item) => item.selected);
    this._setActive(kept >= 0 ? kept : selected >= 0 ? selected : items.length ? 0 : -1);
  }

  close() {
    this.el.hidden = true;
    this._setActive(-1);
    setAttr(this._input, 'aria-expanded', 'false');
  }

  /** Handles list keys for the field; returns true if it used the key. */
  handleKey(event) {
    if (!this.open) return false;
    const count = this._items.length;
    switch (event.key) {
      case 'ArrowDown':
        this._setActive(count ? (this._active + 1) % count : -1);
        return true;
      case 'ArrowUp':
        this._setActive(count ? (this._active - 1 + count) % count : -1);
        return true;
      case 'Home':
      case 'End':
        if (!count || this._input.value) return false;
        this._setActive(event.key === 'Home' ? 0 : count - 1);
        return true;
      case 'Enter':
        if (this._active < 0) return false;
        this._onChoose(this._items[this._active]);
        return true;
      case 'Escape':
        this.close();
        return true;
      default:
        return false;
    }
  }

  _setActive(index) {
    this._active = index;
    for (const node of this.el.children) node.classList.toggle('hw-active', Number(/** @type {HTMLElement} */ (node).dataset.index) === index && index >= 0);
    const node = index >= 0 ? this.el.children[index] : null;
    setAttr(this._input, 'aria-activedescendant', node?.id ?? null);
    // Scroll the list only: scrollIntoView would also scroll the page (and a host page).
    if (node) {
      const list = this.el;
      const top = node.offsetTop;
      const bottom = top + node.offsetHeight;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    }
  }
}

/** Streamlit's filters: fuzzy (the letters in order), contains, prefix; null shows all. */
export function matches(mode, label, query) {
  if (!query || mode == null) return true;
  const text = label.toLowerCase();
  const q = query.toLowerCase();
  if (mode === 'contains') return text.includes(q);
  if (mode === 'prefix') return text.startsWith(q);
  let at = 0;
  for (const ch of q) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
