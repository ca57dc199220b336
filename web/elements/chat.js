/**
 * st.chat_input: a growing text area and a send button. Enter sends (Shift+Enter
 * starts a new line); the text goes to the script as a one-shot trigger that
 * carries it, so the script sees it only in the run it causes. With
 * `accept_file`, files picked with the paperclip (or dropped on the input) go
 * with it: the trigger carries `{text, files}`, each file's bytes included.
 */
import { h, uid } from '../dom.js';
import { Widget } from './widget.js';

const MAX_ROWS = 8;

export class ChatInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-chat-input');
    this._input = h('textarea', { class: 'hw-chat-textarea', rows: 1, 'data-testid': 'stChatInputTextArea' });
    this._send = h('button', { type: 'button', class: 'hw-chat-send', 'aria-label': 'Send', 'data-testid': 'stChatInputSubmitButton' });
    this._count = h('span', { class: 'hw-chat-count', 'aria-hidden': 'true' });
    this._picker = h('input', { type: 'file', class: 'hw-file-input', id: uid('chat-files'), tabindex: -1, hidden: true });
    this._attach = h('button', { type: 'button', class: 'hw-chat-attach', 'aria-label': 'Attach files', 'data-testid': 'stChatInputFileUploadButton', hidden: true });
    this._chips = h('ul', { class: 'hw-chat-files', hidden: true });
    /** @type {File[]} files attached to the message being written */
    this._files = [];
    this.el.append(
      h('div', { class: 'hw-chat-box' }, [
        this._chips,
        h('div', { class: 'hw-chat-row' }, [this._attach, this._picker, this._input, this._count, this._send]),
      ]),
    );
    this._input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this._submit();
      }
    });
    this._input.addEventListener('input', () => this._changed());
    this._send.addEventListener('click', () => this._submit());
    this._attach.addEventListener('click', () => this._picker.click());
    this._picker.addEventListener('change', () => {
      this._attachFiles([...(this._picker.files ?? [])]);
      this._picker.value = '';
    });
    this.el.addEventListener('dragover', (event) => {
      if (this._props.accept_file && !this._input.disabled) event.preventDefault();
    });
    this.el.addEventListener('drop', (event) => {
      if (!this._props.accept_file || this._input.disabled) return;
      event.preventDefault();
      this._attachFiles([...(event.dataTransfer?.files ?? [])]);
    });
    this._chips.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-index]');
      if (!button) return;
      this._files.splice(Number(button.dataset.index), 1);
      this._showFiles();
    });
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
    const accept = props.accept_file;
    this._attach.hidden = !accept;
    this._attach.disabled = Boolean(props.disabled);
    this._picker.multiple = accept === 'multiple' || accept === 'directory';
    this._picker.toggleAttribute('webkitdirectory', accept === 'directory');
    if (props.file_type?.length) this._picker.accept = props.file_type.join(',');
    else this._picker.removeAttribute('accept');
    this.el.dataset.position = props.position ?? 'inline';
    this.el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    this._changed();
  }

  _attachFiles(files) {
    if (!files.length) return;
    this._files = this._picker.multiple ? [...this._files, ...files] : files.slice(0, 1);
    this._showFiles();
  }

  _showFiles() {
    this._chips.hidden = !this._files.length;
    this._chips.replaceChildren(
      ...this._files.map((file, index) =>
        h('li', { class: 'hw-chat-file', 'data-testid': 'stChatInputFile' }, [
          h('span', { class: 'hw-chat-file-name', text: file.name }),
          h('button', { type: 'button', class: 'hw-chat-file-remove', 'data-index': index, 'aria-label': `Remove ${file.name}` }),
        ]),
      ),
    );
    this._changed();
  }

  async _submit() {
    const text = this._input.value;
    const files = this._files;
    if ((!text.trim() && !files.length) || this._input.disabled) return;
    this._input.value = '';
    this._files = [];
    this._showFiles();
    if (!this._props.accept_file) return this._ctx.trigger(this.id, text);
    const sent = await Promise.all(
      files.map(async (file, index) => ({
        file_id: `${Date.now()}-${index}-${file.name}`,
        name: file.webkitRelativePath || file.name,
        type: file.type || 'application/octet-stream',
        size: file.size,
        data: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    this._ctx.trigger(this.id, { text, files: sent });
  }

  _changed() {
    const input = this._input;
    this._send.disabled = (!input.value.trim() && !this._files.length) || input.disabled;
    const max = this._props?.max_chars;
    this._count.textContent = max && input.value ? `${input.value.length}/${max}` : '';
    // Grow with the text up to MAX_ROWS lines, then scroll (measurable once on the page).
    if (!input.isConnected) return;
    input.style.height = 'auto';
    const line = parseFloat(getComputedStyle(input).lineHeight) || 24;
    input.style.height = `${Math.min(input.scrollHeight, line * MAX_ROWS)}px`;
  }
}
