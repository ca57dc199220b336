/**
 * `st.text_area`: sends on Ctrl+Enter (⌘+Enter on a Mac) or blur, never per
 * key; Enter alone is a new line. Inside a form, Ctrl+Enter also submits it.
 */
import { h, setText, uid } from '../dom.js';
import { Label } from './label.js';
import { Widget, applyWidth, formOf } from './widget.js';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export class TextArea extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-text-area');
    const inputId = uid('textarea');
    this._label = new Label(props, inputId);
    this._input = h('textarea', { id: inputId, class: 'hw-input hw-textarea', spellcheck: 'false' });
    this._hint = h('div', { class: 'hw-input-hint', 'aria-hidden': 'true' });
    /** The value the script has, to tell an edit apart from no change. */
    this._committed = props.value ?? '';
    this._input.value = this._committed;
    this._input.addEventListener('input', () => this._showHint());
    this._input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        this._commit();
        formOf(this.el)?.submitFromKeyboard();
      }
    });
    this._input.addEventListener('blur', () => this._commit());
    this.el.append(this._label.el, h('div', { class: 'hw-input-box hw-textarea-box' }, [this._input]));
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const input = this._input;
    input.disabled = Boolean(props.disabled);
    input.placeholder = props.placeholder ?? '';
    input.required = Boolean(props.required);
    if (props.max_chars) input.maxLength = props.max_chars;
    else input.removeAttribute('maxlength');
    const { height } = props;
    this.el.style.height = typeof height === 'number' ? `${height}px` : '';
    this.el.classList.toggle('hw-grow', height === 'content' || height === 'stretch');
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) input.value = props.value ?? '';
    if (!this._pending) this._committed = props.value ?? '';
    this._showHint();
  }

  _commit() {
    const text = this._input.value;
    // A required field does not send an empty (or blank) value.
    if (text === this._committed || (this._props.required && !text.trim())) return;
    this._committed = text;
    this._send(text);
    this._showHint();
  }

  /** "Press ⌘+Enter to apply" while the text differs from the script's, and the count against max_chars. */
  _showHint() {
    const max = this._props.max_chars;
    const dirty = this._input.value !== this._committed;
    const apply = dirty ? `Press ${MAC ? '⌘' : 'Ctrl'}+Enter to ${formOf(this.el)?.submitsOnEnter ? 'submit form' : 'apply'}` : '';
    const count = max ? `${this._input.value.length}/${max}` : '';
    setText(this._hint, [apply, count].filter(Boolean).join('  '));
    if (apply || count) this._input.after(this._hint);
    else this._hint.remove();
  }
}
