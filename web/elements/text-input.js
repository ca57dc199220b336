/**
 * `st.text_input`: sends on Enter or blur, never per key, and says "Press
 * Enter to apply" while the text differs from what the script has.
 */
import { h, uid } from '../dom.js';
import { Label } from './label.js';
import { Widget, formOf } from './widget.js';

export class TextInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-text-input');
    const inputId = uid('input');
    this._label = new Label(props, inputId);
    this._input = h('input', { id: inputId, class: 'hw-input', autocomplete: 'off', spellcheck: 'false' });
    this._hint = h('div', { class: 'hw-input-hint', 'aria-hidden': 'true' });
    /** The value the script has, to tell an edit apart from no change. */
    this._committed = props.value ?? '';
    this._input.value = this._committed;
    this._input.addEventListener('input', () => this._showHint());
    this._input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      this._commit();
      formOf(this.el)?.submitFromKeyboard();
    });
    this._input.addEventListener('blur', () => this._commit());
    this.el.append(this._label.el, h('div', { class: 'hw-input-box' }, [this._input]));
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const input = this._input;
    input.type = props.type === 'password' ? 'password' : 'text';
    input.disabled = Boolean(props.disabled);
    input.placeholder = props.placeholder ?? '';
    if (props.max_chars) input.maxLength = props.max_chars;
    else input.removeAttribute('maxlength');
    if (this._takesValue(props, prev)) input.value = props.value ?? '';
    // While a sent value is unanswered, the script's older value is not news.
    if (!this._pending) this._committed = props.value ?? '';
    this._showHint();
  }

  _commit() {
    if (this._input.value === this._committed) return;
    this._committed = this._input.value;
    this._send(this._committed);
    this._showHint();
  }

  /** The hint is in the DOM only while it applies, so it is never part of the widget's text otherwise. */
  _showHint() {
    if (this._input.value !== this._committed) {
      // Inside a form, Enter submits it (unless the form says otherwise).
      this._hint.textContent = formOf(this.el)?.submitsOnEnter ? 'Press Enter to submit form' : 'Press Enter to apply';
      this._input.after(this._hint);
    }
    else this._hint.remove();
  }
}
