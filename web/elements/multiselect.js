/**
 * `st.multiselect`: chosen options as removable tags, and a combobox field that
 * filters a listbox of the others. Each choice or removal is a change (a
 * rerun), as in Streamlit. Sends a list: option indices, and with
 * `accept_new_options`, typed strings for options of the user's own.
 */
import { h, equal, setAttr } from '../dom.js';
import { Label } from './label.js';
import { Listbox, matches } from './listbox.js';
import { Widget, applyWidth } from './widget.js';

const SELECT_ALL = Symbol('select all');
const CREATE = Symbol('create');

export class Multiselect extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-multiselect');
    this._props = props;
    /** @type {(number|string)[]} what the page shows as chosen */
    this._value = [...(props.value ?? [])];
    this._label = new Label(props);
    this._tags = h('div', { class: 'hw-tags' });
    this._input = h('input', { class: 'hw-multiselect-input', autocomplete: 'off', spellcheck: 'false' });
    setAttr(this._input, 'aria-labelledby', this._label.id);
    this._list = new Listbox(this._input, (item) => this._choose(item), { multiselectable: true });
    this._clear = h('button', { type: 'button', class: 'hw-clear', 'aria-label': 'Clear all', text: '×' });
    this._box = h('div', { class: 'hw-multiselect-box' }, [
      this._tags,
      this._input,
      this._clear,
      h('span', { class: 'hw-select-arrow', 'aria-hidden': 'true' }),
    ]);
    this.el.append(this._label.el, this._box, this._list.el);

    this._box.addEventListener('mousedown', (event) => {
      if (event.target === this._box || event.target === this._tags) {
        event.preventDefault();
        this._input.focus();
        this._openList();
      }
    });
    this._input.addEventListener('focus', () => this._openList());
    this._input.addEventListener('click', () => this._openList());
    this._input.addEventListener('blur', () => {
      this._list.close();
      this._input.value = '';
    });
    this._input.addEventListener('input', () => this._openList());
    this._input.addEventListener('keydown', (event) => this._onKey(event));
    this._tags.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-index]');
      if (button) this._remove(Number(button.dataset.index));
    });
    this._clear.addEventListener('click', () => this._set([]));
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const disabled = Boolean(props.disabled);
    this._input.disabled = disabled;
    this.el.classList.toggle('hw-disabled', disabled);
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev) || !equal(props.options, prev.options)) this._value = [...(props.value ?? [])];
    this._render();
    if (this._list.open) this._openList();
  }

  _render() {
    const { options = [], placeholder, disabled } = this._props;
    this._tags.replaceChildren(
      ...this._value.map((item, i) => {
        const text = typeof item === 'number' ? options[item] ?? '' : item;
        return h('span', { class: 'hw-tag' }, [
          h('span', { class: 'hw-tag-text', text, title: text }),
          h('button', {
            type: 'button', class: 'hw-tag-remove', 'data-index': i, tabindex: -1,
            'aria-label': `Remove ${text}`, disabled: Boolean(disabled), text: '×',
          }),
        ]);
      }),
    );
    this._input.placeholder = this._value.length ? '' : placeholder ?? '';
    this._clear.hidden = !this._value.length || Boolean(disabled);
  }

  _openList() {
    if (this._props.disabled) return;
    const { options = [], max_selections: max, accept_new_options: acceptNew, filter_mode: mode, select_all: limit } = this._props;
    if (max && this._value.length >= max) {
      this._list.show([], `You can only select up to ${max} option${max === 1 ? '' : 's'}. Remove an option first.`);
      return;
    }
    const query = this._input.value.trim();
    const chosen = new Set(this._value);
    const items = [];
    options.forEach((label, index) => {
      if (!chosen.has(index) && matches(mode, label, query)) items.push({ label, value: index });
    });
    const room = max ? max - this._value.length : Infinity;
    if (items.length > 1 && items.length <= room && (limit === null || items.length <= limit)) {
      items.unshift({ label: query ? `Select ${items.length} matches` : 'Select all', value: SELECT_ALL, kind: 'bulk' });
    }
    const known = options.includes(query) || this._value.includes(query);
    if (acceptNew && query && !known) items.push({ label: `Add: ${query}`, value: CREATE, kind: 'create' });
    this._list.show(items, options.length ? 'No results' : 'No options to select');
  }

  _onKey(event) {
    if (this._list.handleKey(event)) {
      event.preventDefault();
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'Enter') && !this._list.open) {
      event.preventDefault();
      this._openList();
    } else if (event.key === 'Backspace' && !this._input.value && this._value.length) {
      this._remove(this._value.length - 1);
    }
  }

  _choose(item) {
    const query = this._input.value.trim();
    if (item.value === SELECT_ALL) {
      const picked = this._list.items.filter((i) => typeof i.value === 'number').map((i) => i.value);
      this._set([...this._value, ...picked]);
    } else if (item.value === CREATE) {
      this._set([...this._value, query]);
    } else {
      this._set([...this._value, item.value]);
    }
    this._input.value = '';
    this._openList();
  }

  _remove(position) {
    this._set(this._value.filter((_, i) => i !== position));
  }

  _set(value) {
    this._value = value;
    this._render();
    this._send([...value]);
    if (this._list.open) this._openList();
  }
}

