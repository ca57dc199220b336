/**
 * `st.selectbox`, as Streamlit's: a field showing the chosen option that, when
 * typed in, filters a listbox of the options (`filter_mode`: fuzzy, contains,
 * prefix). With `accept_new_options`, text that names no option can be chosen
 * as a new one ("Add: …"); text naming an option in another case picks that
 * option. With `filter_mode=None` typing is off, so the field is a native
 * `<select>`. Sends the chosen index, or a new option's text.
 *
 * A selection can be cleared (×) unless `required`; inside a form, a required
 * selectbox with nothing chosen blocks the submit and says so.
 */
import { h, equal, setAttr, uid } from '../dom.js';
import { Label } from './label.js';
import { Listbox, matches } from './listbox.js';
import { replaceInputIcon } from './text-input.js';
import { Widget, applyWidth } from './widget.js';

const CREATE = Symbol('create');
const _REQUIRED = 'This field is required.';

export class Selectbox extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-selectbox');
    this._props = props;
    this._fieldId = uid('select');
    this._label = new Label(props, this._fieldId);
    this._icon = h('span');
    this._error = h('span', { class: 'hw-visually-hidden', role: 'alert' });
    /** @type {number|string|null} what the page shows as chosen */
    this._value = props.value ?? null;
    /** The field: a native select (no typing) or a text combobox, rebuilt when `filter_mode` switches between them. */
    this._field = null;
    this._box = h('div', { class: 'hw-select' });
    this.el.append(this._label.el, this._box, this._error);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    applyWidth(this.el, props.width);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    const typeable = props.filter_mode != null;
    if (!this._field || this._field.typeable !== typeable) this._build(typeable);
    if (this._takesValue(props, prev) || !equal(props.options, prev.options)) this._value = props.value ?? null;
    if (this._icon.dataset.icon !== (props.icon ?? '')) this._icon = replaceInputIcon(this._icon, props.icon, this._box);
    this._field.draw();
  }

  /** Inside a form, on submit: whether a required selectbox has a choice; marks it if not. */
  validForSubmit() {
    const ok = !this._props.required || this._value !== null;
    this._setError(ok ? null : _REQUIRED);
    return ok;
  }

  _build(typeable) {
    this._field?.list?.el.remove();
    this._field = typeable ? this._combobox() : this._select();
    this._box.replaceChildren(this._icon, ...this._field.nodes);
  }

  /** The text a value shows: its option's label, or a new option's own text. */
  _text(value) {
    return typeof value === 'number' ? this._props.options[value] ?? '' : value ?? '';
  }

  _choose(value) {
    this._value = value;
    this._setError(null);
    this._field.draw();
    this._send(value);
  }

  _setError(message) {
    this._error.textContent = message ?? '';
    this._box.classList.toggle('hw-invalid', Boolean(message));
  }

  /** `filter_mode=None`: a native select, a combobox with options to assistive tech. */
  _select() {
    const select = h('select', { id: this._fieldId, class: 'hw-input hw-select-input' });
    /** Shown while nothing is chosen; never choosable itself. */
    const placeholder = h('option', { value: '', disabled: true, hidden: true });
    select.addEventListener('change', () => this._choose(Number(select.value)));
    let drawnOptions = null;
    return {
      typeable: false,
      nodes: [select, h('span', { class: 'hw-select-arrow', 'aria-hidden': 'true' })],
      draw: () => {
        const { options, disabled } = this._props;
        select.disabled = Boolean(disabled) || !options.length;
        setAttr(select, 'aria-required', this._props.required ? 'true' : null);
        placeholder.textContent = this._props.placeholder ?? 'Choose an option';
        if (!equal(options, drawnOptions)) {
          drawnOptions = options;
          select.replaceChildren(placeholder, ...options.map((label, index) => h('option', { value: index, text: label })));
        }
        select.value = typeof this._value === 'number' ? String(this._value) : '';
      },
    };
  }

  /** Typing filters the options; the field shows the chosen one's text while not typed in. */
  _combobox() {
    const input = h('input', { id: this._fieldId, class: 'hw-input hw-select-input hw-select-field', autocomplete: 'off', spellcheck: 'false' });
    const clear = h('button', { type: 'button', class: 'hw-select-clear', 'aria-label': 'Clear value', tabindex: -1, text: '×' });
    const list = new Listbox(input, (item) => {
      this._choose(item.value === CREATE ? input.value.trim() : item.value);
      list.close();
      input.blur();
    });
    /** Whether the visitor has typed since the list opened (else the field shows the choice). */
    let typed = false;
    const open = () => {
      if (this._props.disabled) return;
      const { options = [], filter_mode: mode, accept_new_options: acceptNew } = this._props;
      const query = typed ? input.value.trim() : '';
      const items = [];
      options.forEach((label, index) => {
        if (matches(mode, label, query)) items.push({ label, value: index, selected: index === this._value });
      });
      if (mode === 'fuzzy' && query) {
        const scores = new Map(items.map((item) => [item, _fuzzyScore(item.label, query)]));
        items.sort((a, b) => scores.get(b) - scores.get(a));
      }
      const known = options.some((label) => label.toLowerCase() === query.toLowerCase());
      if (acceptNew && query && !known) items.push({ label: `Add: ${query}`, value: CREATE, kind: 'create' });
      list.show(items, options.length ? 'No results' : 'No options to select');
    };
    const reset = () => {
      typed = false;
      input.value = this._text(this._value);
    };
    input.addEventListener('focus', () => {
      input.select();
      open();
    });
    input.addEventListener('click', open);
    input.addEventListener('input', () => {
      typed = true;
      open();
    });
    input.addEventListener('blur', () => {
      list.close();
      reset();
    });
    input.addEventListener('keydown', (event) => {
      if (list.handleKey(event)) {
        event.preventDefault();
        if (event.key === 'Escape') reset();
        return;
      }
      if ((event.key === 'ArrowDown' || event.key === 'Enter') && !list.open) {
        event.preventDefault();
        open();
      }
    });
    // mousedown: clearing must not blur the field first.
    clear.addEventListener('mousedown', (event) => event.preventDefault());
    clear.addEventListener('click', () => {
      this._choose(null);
      if (document.activeElement === input) open();
    });
    return {
      typeable: true,
      list,
      nodes: [input, clear, h('span', { class: 'hw-select-arrow', 'aria-hidden': 'true' }), list.el],
      draw: () => {
        const { disabled, required, placeholder, options, accept_new_options: acceptNew } = this._props;
        // As Streamlit: nothing to choose and nothing to add disables it.
        input.disabled = Boolean(disabled) || (!options.length && !acceptNew);
        setAttr(input, 'aria-required', required ? 'true' : null);
        input.placeholder = placeholder ?? 'Choose an option';
        clear.hidden = this._value === null || Boolean(required) || Boolean(disabled);
        if (!typed) input.value = this._text(this._value);
        if (list.open) open();
      },
    };
  }
}

/** How well `query`'s letters, in order, fit `label`: earlier and closer together is better. */
function _fuzzyScore(label, query) {
  const text = label.toLowerCase();
  let at = -1;
  let score = 0;
  for (const ch of query.toLowerCase()) {
    const next = text.indexOf(ch, at + 1);
    score -= next - at - 1;
    at = next;
  }
  return score - text.indexOf(query[0]?.toLowerCase() ?? '');
}
