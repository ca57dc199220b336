/**
 * st.chat_input: a growing text area and a send button. Enter sends (Shift+Enter
 * starts a new line); the text goes to the script as a one-shot trigger that
 * carries it, so the script sees it only in the run it causes.
 */
import { h } from '../dom.js';
import { Widget } from './widget.js';

const MAX_ROWS = 8;

export class ChatInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-chat-input');
    this._input = h('textarea', { class: 'hw-chat-textarea', rows: 1, 'data-testid': 'stChatInputTextArea' });
    this._send = h('button', { type: 'button', class: 'hw-chat-send', 'aria-label': 'Send', 'data-testid': 'stChatInputSubmitButton' });
    this._count = h('span', { class: 'hw-chat-count', 'aria-hidden': 'true' });
    this.el.append(h('div', { class: 'hw-chat-box' }, [this._input, this._count, this._send]));
    this._input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this._submit();
      }
    });
    this._input.addEventListener('input', () => this._changed());
    this._send.addEventListener('click', () => this._submit());
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    // Text the script set through st.session_state fills the input; the visitor sends it.
    if (typeof props.value === 'string' && props.value !== prev.value) this._input.value = props.value;
    this._input.placeholder = props.placeholder ?? '';
    this._input.setAttribute('aria-label', props.placeholder || 'Chat input');
    this._input.disabled = Boolean(props.disabled);
    if (props.max_chars) this._input.maxLength = props.max_chars;
    else this._input.removeAttribute('maxlength');
    this.el.dataset.position = props.position ?? 'inline';
    this.el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    this._changed();
  }

  _submit() {
    const text = this._input.value;
    if (!text.trim() || this._input.disabled) return;
    this._ctx.trigger(this.id, text);
    this._input.value = '';
    this._changed();
  }

  _changed() {
    const input = this._input;
    this._send.disabled = !input.value.trim() || input.disabled;
    const max = this._props?.max_chars;
    this._count.textContent = max && input.value ? `${input.value.length}/${max}` : '';
    // Grow with the text up to MAX_ROWS lines, then scroll (measurable once on the page).
    if (!input.isConnected) return;
    input.style.height = 'auto';
    const line = parseFloat(getComputedStyle(input).lineHeight) || 24;
    input.style.height = `${Math.min(input.scrollHeight, line * MAX_ROWS)}px`;
  }
}
