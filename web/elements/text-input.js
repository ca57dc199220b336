/**
 * `st.text_input`: sends on Enter or blur (with `live`, after a typing pause),
 * never per key otherwise, and says "Press Enter to apply" while the text
 * differs from what the script has.
 *
 * `required` and `validate` are checked here, as Streamlit's page checks them:
 * text that fails is marked with the reason and never sent (the script keeps
 * the last good value); inside a form the check runs when the form is
 * submitted, and blocks it.
 */
import { h, setAttr, uid } from '../dom.js';
import { iconElement } from './icon.js';
import { Label } from './label.js';
import { Widget, formOf } from './widget.js';

const _INPUT_TYPES = { password: 'password', email: 'email', url: 'url', phone: 'tel', search: 'search' };
const _REQUIRED = 'This field is required.';

/** A `validate` regex as Streamlit's page compiles it (flags "us"), or the message of why it cannot be. */
function _compile(source) {
  if (!source) return null;
  try {
    return new RegExp(source, 'us');
  }
  catch (error) {
    return `Invalid validate regex: ${source}. Error: ${String(error)}`;
  }
}

/**
 * Puts `icon` (null: none; "spinner") in place of `current`, the icon slot of an
 * input `box` (text input, selectbox); returns the new slot, which names its icon
 * in `dataset.icon`.
 */
export function replaceInputIcon(current, icon, box) {
  const drawn = !icon ? h('span') : icon === 'spinner' ? h('span', { class: 'hw-spinner-icon' }) : iconElement(icon, '');
  drawn.classList.add('hw-input-icon');
  drawn.dataset.icon = icon ?? '';
  current.replaceWith(drawn);
  box.classList.toggle('hw-has-icon', Boolean(icon));
  return drawn;
}

export class TextInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-text-input');
    const inputId = uid('input');
    const errorId = uid('error');
    this._label = new Label(props, inputId);
    this._input = h('input', { id: inputId, class: 'hw-input', spellcheck: 'false', 'data-testid': 'stTextInputField' });
    this._hint = h('div', { class: 'hw-input-hint', 'aria-hidden': 'true' });
    this._icon = h('span');
    this._errorMark = h('span', { class: 'hw-input-error-mark', 'aria-hidden': 'true', 'data-testid': 'stTextInputErrorIcon', text: '!' });
    this._error = h('span', { class: 'hw-visually-hidden', id: errorId, role: 'alert' });
    this._clear = h('button', { type: 'button', class: 'hw-input-clear', 'aria-label': 'Clear entry', tabindex: '-1', 'data-testid': 'stTextInputClearButton', text: '×' });
    this._reveal = h('button', { type: 'button', class: 'hw-input-reveal', 'aria-pressed': 'false', 'aria-label': 'Show password' });
    /** Whether a password is shown as text (the eye button). */
    this._revealed = false;
    this._box = h('div', { class: 'hw-input-box' }, [this._icon, this._input]);
    /** The value the script has, to tell an edit apart from no change. */
    this._committed = props.value ?? '';
    /** The rule (`validate`): a RegExp, a string saying why the regex is bad, or null. */
    this._rule = null;
    /** @type {string|null|undefined} the regex `_rule` was compiled from */
    this._ruleSource = undefined;
    /** @type {ReturnType<typeof setTimeout>|undefined} the pending `live` commit */
    this._pause = undefined;
    this._input.value = this._committed;
    this._input.addEventListener('input', (event) => this._typed(event));
    this._input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      this._commit();
      formOf(this.el)?.submitFromKeyboard();
    });
    this._input.addEventListener('blur', () => this._commit());
    // Keep the focus in the field: a blur would commit before the click clears it.
    this._clear.addEventListener('mousedown', (event) => event.preventDefault());
    this._reveal.addEventListener('mousedown', (event) => event.preventDefault());
    this._reveal.addEventListener('click', () => {
      this._revealed = !this._revealed;
      this.update(this._props, this._props);
    });
    this._clear.addEventListener('click', () => {
      this._input.value = '';
      this._setError(null);
      this._commit();
    });
    this.el.append(this._label.el, this._box, this._error);
    this._input.setAttribute('aria-describedby', errorId);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const input = this._input;
    const password = props.type === 'password';
    input.type = password && this._revealed ? 'text' : _INPUT_TYPES[props.type] ?? 'text';
    if (password) {
      this._reveal.setAttribute('aria-pressed', String(this._revealed));
      this._reveal.setAttribute('aria-label', this._revealed ? 'Hide password' : 'Show password');
      this._reveal.disabled = Boolean(props.disabled);
      this._box.append(this._reveal);
    }
    else this._reveal.remove();
    input.disabled = Boolean(props.disabled);
    input.placeholder = props.placeholder ?? '';
    input.autocomplete = props.autocomplete || 'off';
    setAttr(input, 'aria-required', props.required ? 'true' : null);
    if (props.max_chars) input.maxLength = props.max_chars;
    else input.removeAttribute('maxlength');
    if (this._icon.dataset.icon !== (props.icon ?? '')) this._drawIcon(props.icon);
    if (props.validate_regex !== this._ruleSource) {
      this._ruleSource = props.validate_regex;
      this._rule = _compile(props.validate_regex);
      this._setError(typeof this._rule === 'string' ? this._rule : null);
    }
    if (this._takesValue(props, prev)) input.value = props.value ?? '';
    // While a sent value is unanswered, the script's older value is not news.
    if (!this._pending) this._committed = props.value ?? '';
    this._showHint();
  }

  destroy() {
    clearTimeout(this._pause);
  }

  /** Inside a form, on submit: whether the text may go; marks it if not. */
  validForSubmit() {
    const problem = this._problem(this._input.value);
    this._setError(problem);
    return !problem;
  }

  _drawIcon(icon) {
    this._icon = replaceInputIcon(this._icon, icon, this._box);
    if (icon) this._icon.dataset.testid = 'stTextInputIcon';
  }

  _typed(event) {
    if (typeof this._rule !== 'string') this._setError(null);
    this._showHint();
    const pause = this._props.live_ms;
    if (pause == null || formOf(this.el) || event.isComposing) return;
    clearTimeout(this._pause);
    // A typing pause sends quietly: an emptied required field is not marked until it is left.
    if (pause === 0) this._commit({ quiet: true });
    else this._pause = setTimeout(() => this._commit({ quiet: true }), pause);
  }

  /** Why `text` may not be sent, or null: required and blank, or not matching the rule (empty text always matches). */
  _problem(text) {
    if (this._props.required && text.trim() === '') return _REQUIRED;
    const rule = this._rule;
    if (typeof rule === 'string') return rule;
    if (rule && text !== '' && !rule.test(text)) return this._props.validate_message ?? `Invalid input. Must match pattern: ${rule}`;
    return null;
  }

  _commit({ quiet = false } = {}) {
    clearTimeout(this._pause);
    const text = this._input.value;
    if (text === this._committed) return;
    // Inside a form the text is held as typed; the form's submit checks it.
    if (!formOf(this.el)) {
      const problem = this._problem(text);
      if (problem) {
        if (!(quiet && problem === _REQUIRED)) this._setError(problem);
        return;
      }
    }
    this._committed = text;
    this._send(text);
    this._showHint();
  }

  _setError(message) {
    this._error.textContent = message ?? '';
    this._errorMark.title = message ?? '';
    setAttr(this._input, 'aria-invalid', message ? 'true' : null);
    this._box.classList.toggle('hw-invalid', Boolean(message));
    if (message) this._box.append(this._errorMark);
    else this._errorMark.remove();
  }

  /** The hint is in the DOM only while it applies, so it is never part of the widget's text otherwise. */
  _showHint() {
    const props = this._props;
    const form = formOf(this.el);
    const clearable = props.type === 'search' && !props.disabled && !props.required && this._input.value !== '';
    if (clearable) this._box.append(this._clear);
    else this._clear.remove();
    // With `live` (outside a form) there is nothing to press Enter for.
    if (this._input.value !== this._committed && (form || props.live_ms == null)) {
      // Inside a form, Enter submits it (unless the form says otherwise).
      this._hint.textContent = form?.submitsOnEnter ? 'Press Enter to submit form' : 'Press Enter to apply';
      this._input.after(this._hint);
    }
    else this._hint.remove();
  }
}
