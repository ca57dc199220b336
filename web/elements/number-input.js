/**
 * `st.number_input`: a number field with − and + buttons. Typing sends on
 * Enter or blur; the buttons send at once. Values are clamped to min/max.
 */
import { h, uid } from '../dom.js';
import { formatNumber } from '../format.js';
import { Label } from './label.js';
import { Widget, formOf } from './widget.js';

export class NumberInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-number-input');
    this._props = props;
    const inputId = uid('input');
    this._label = new Label(props, inputId);
    this._input = h('input', { id: inputId, class: 'hw-input', type: 'number', autocomplete: 'off' });
    this._hint = h('div', { class: 'hw-input-hint', 'aria-hidden': 'true', text: 'Press Enter to apply' });
    this._minus = h('button', { type: 'button', class: 'hw-step', 'aria-label': 'Decrement', text: '−' });
    this._plus = h('button', { type: 'button', class: 'hw-step', 'aria-label': 'Increment', text: '+' });
    /** @type {number|null} the value the script has */
    this._committed = props.value;
    /** The text shown for `_committed`: a format may round, so compare text, not numbers. */
    this._shownText = '';
    this._input.addEventListener('input', () => this._showHint());
    this._input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      this._commitTyped();
      formOf(this.el)?.submitFromKeyboard();
    });
    this._input.addEventListener('blur', () => this._commitTyped());
    this._minus.addEventListener('click', () => this._stepBy(-1));
    this._plus.addEventListener('click', () => this._stepBy(1));
    this.el.append(
      this._label.el,
      h('div', { class: 'hw-input-box hw-number-box' }, [this._input, this._minus, this._plus]),
    );
    this._show(props.value);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const input = this._input;
    input.disabled = Boolean(props.disabled);
    input.placeholder = props.placeholder ?? '';
    input.step = props.step ? String(props.step) : 'any';
    input.min = props.min ?? '';
    input.max = props.max ?? '';
    if (this._takesValue(props, prev)) this._show(props.value);
    if (!this._pending) this._committed = props.value;
    this._updateButtons();
    this._showHint();
  }

  _commitTyped() {
    if (this._input.value !== this._shownText) this._commit(this._parse());
  }

  /** The typed number, clamped; null for an empty field; undefined if it is not a number. */
  _parse() {
    const text = this._input.value.trim();
    if (text === '') return null;
    const number = Number(text);
    return Number.isFinite(number) ? this._clamp(number) : undefined;
  }

  _clamp(number) {
    const { min, max, data_type: dataType } = this._props;
    if (dataType === 'int') number = Math.round(number);
    if (min != null) number = Math.max(min, number);
    if (max != null) number = Math.min(max, number);
    return number;
  }

  _stepBy(direction) {
    const { step = 1, min, data_type: dataType } = this._props;
    const current = this._parse() ?? this._committed ?? min ?? 0;
    const next = current + direction * (step || 1);
    // Strip float noise (0.1 + 0.2) at the step's precision.
    const decimals = dataType === 'int' ? 0 : (String(step).split('.')[1]?.length ?? 0) + 2;
    this._commit(this._clamp(Number(next.toFixed(decimals))));
  }

  _commit(value) {
    // An unparseable entry, or clearing a field that may not be empty, reverts.
    if (value === undefined || (value === null && this._committed !== null)) value = this._committed;
    this._show(value);
    if (value !== this._committed) {
      this._committed = value;
      this._send(value);
    }
    this._updateButtons();
    this._showHint();
  }

  _show(value) {
    const text = value == null ? '' : formatNumber(this._props.format, value, this._props.data_type).trim();
    // A type=number field accepts only plain numbers: "5%" or "$5" would blank it.
    this._input.value = value == null || Number.isFinite(Number(text)) ? text : String(value);
    this._shownText = this._input.value;
  }

  _updateButtons() {
    const { min, max, disabled } = this._props;
    const value = this._committed;
    this._minus.disabled = Boolean(disabled) || (value != null && min != null && value <= min);
    this._plus.disabled = Boolean(disabled) || (value != null && max != null && value >= max);
  }

  /** The hint is in the DOM only while it applies, so it is never part of the widget's text otherwise. */
  _showHint() {
    if (this._input.value !== this._shownText) this._input.after(this._hint);
    else this._hint.remove();
  }
}
