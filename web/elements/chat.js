/**
 * st.chat_input: a growing text area and a send button. Enter sends (Shift+Enter
 * starts a new line); the text goes to the script as a one-shot trigger that
 * carries it, so the script sees it only in the run it causes. With
 * `accept_file`, files picked with the paperclip (or dropped on the input) go
 * with it: the trigger carries `{text, files}`, each file's bytes included; a
 * file over `max_upload_size` stays as a chip saying so, and is not sent. With
 * `accept_audio`, the microphone button records a message: submitting the
 * recording sends it at once, as a WAV in `audio`, with the text and files.
 */
import { h, uid } from '../dom.js';
import { recordingToWav } from './media-input.js';
import { Widget } from './widget.js';

const MAX_ROWS = 8;

/** A file dict as the script's UploadedFile is made from (see file-uploader.js). */
async function _sendable(file, index) {
  return {
    file_id: `${Date.now()}-${index}-${file.name}`,
    name: file.webkitRelativePath || file.name,
    type: file.type || 'application/octet-stream',
    size: file.size,
    data: new Uint8Array(await file.arrayBuffer()),
  };
}

export class ChatInput extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-chat-input');
    this._input = h('textarea', { class: 'hw-chat-textarea', rows: 1, 'data-testid': 'stChatInputTextArea' });
    this._send = h('button', { type: 'button', class: 'hw-chat-send', 'aria-label': 'Send', 'data-testid': 'stChatInputSubmitButton' });
    this._count = h('span', { class: 'hw-chat-count', 'aria-hidden': 'true' });
    this._picker = h('input', { type: 'file', class: 'hw-file-input', id: uid('chat-files'), tabindex: -1, hidden: true });
    this._attach = h('button', { type: 'button', class: 'hw-chat-attach', 'aria-label': 'Attach files', 'data-testid': 'stChatInputFileUploadButton', hidden: true });
    this._chips = h('ul', { class: 'hw-chat-files', hidden: true });
    this._mic = h('button', { type: 'button', class: 'hw-chat-mic', 'aria-label': 'Start recording', 'data-testid': 'stChatInputMicButton', hidden: true });
    this._recording = h('span', { class: 'hw-chat-recording', 'data-testid': 'stChatInputWaveform', role: 'status', hidden: true, text: 'Recording…' });
    this._cancelRecording = h('button', { type: 'button', class: 'hw-chat-cancel', 'aria-label': 'Cancel recording', 'data-testid': 'stChatInputCancelButton', hidden: true });
    this._approve = h('button', { type: 'button', class: 'hw-chat-send hw-chat-approve', 'aria-label': 'Submit recording', 'data-testid': 'stChatInputApproveButton', hidden: true });
    this._error = h('div', { class: 'hw-chat-error', role: 'alert' });
    /** @type {File[]} files attached to the message being written */
    this._files = [];
    /** @type {File[]} files over `max_upload_size`: shown with the reason, never sent */
    this._refused = [];
    /** @type {{recorder: MediaRecorder, stream: MediaStream, keep: boolean}|null} the recording under way */
    this._take = null;
    this.el.append(
      h('div', { class: 'hw-chat-box' }, [
        this._chips,
        h('div', { class: 'hw-chat-row' }, [
          this._attach, this._picker, this._input, this._recording, this._count,
          this._mic, this._cancelRecording, this._approve, this._send,
        ]),
      ]),
      this._error,
    );
    this._mic.addEventListener('click', () => this._record());
    this._cancelRecording.addEventListener('click', () => this._stopRecording(false));
    this._approve.addEventListener('click', () => this._stopRecording(true));
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
      const index = Number(button.dataset.index);
      if (index < this._files.length) this._files.splice(index, 1);
      else this._refused.splice(index - this._files.length, 1);
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
    this._attach.disabled = Boolean(props.disabled);
    this._picker.multiple = accept === 'multiple' || accept === 'directory';
    this._picker.toggleAttribute('webkitdirectory', accept === 'directory');
    if (props.file_type?.length) this._picker.accept = props.file_type.join(',');
    else this._picker.removeAttribute('accept');
    this._mic.disabled = Boolean(props.disabled);
    this.el.dataset.position = props.position ?? 'inline';
    this.el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    // Which controls show (attach and mic follow accept_file / accept_audio).
    this._showRecording();
    this._changed();
  }

  destroy() {
    for (const track of this._take?.stream.getTracks() ?? []) track.stop();
  }

  _attachFiles(files) {
    if (!files.length) return;
    const picked = this._picker.multiple ? files : files.slice(0, 1);
    const limit = this._maxMb() * 1024 * 1024;
    const fitting = picked.filter((file) => file.size <= limit);
    this._files = this._picker.multiple ? [...this._files, ...fitting] : fitting;
    this._refused = [...(this._picker.multiple ? this._refused : []), ...picked.filter((file) => file.size > limit)];
    this._showFiles();
  }

  _maxMb() {
    return this._props.max_upload_size ?? 200;
  }

  _showFiles() {
    const chip = (file, index, error) =>
      h('li', { class: `hw-chat-file${error ? ' hw-chat-file-refused' : ''}`, 'data-testid': 'stChatInputFile' }, [
        h('span', { class: 'hw-chat-file-name', text: file.name }),
        error ? h('span', { class: 'hw-chat-file-error', text: error }) : '',
        h('button', { type: 'button', class: 'hw-chat-file-remove', 'data-index': index, 'aria-label': `Remove ${file.name}` }),
      ]);
    // As Streamlit's file limit says it (see file-uploader.js).
    const tooLarge = `File must be ${this._maxMb().toFixed(1)}MB or smaller.`;
    this._chips.hidden = !this._files.length && !this._refused.length;
    this._chips.replaceChildren(
      ...this._files.map((file, index) => chip(file, index, null)),
      ...this._refused.map((file, index) => chip(file, this._files.length + index, tooLarge)),
    );
    this._changed();
  }

  /** Sends the message: the text, the attached files, and a recording (a WAV `File`) if one was made. */
  async _submit(audio = null) {
    const text = this._input.value;
    const files = this._files;
    if ((!text.trim() && !files.length && !audio) || this._input.disabled) return;
    this._input.value = '';
    this._files = [];
    this._refused = [];
    this._showFiles();
    const { accept_file: acceptFile, accept_audio: acceptAudio } = this._props;
    if (!acceptFile && !acceptAudio) return this._ctx.trigger(this.id, text);
    const sent = await Promise.all(files.map(_sendable));
    this._ctx.trigger(this.id, { text, files: sent, audio: audio ? await _sendable(audio, sent.length) : null });
  }

  async _record() {
    if (this._take || this._input.disabled) return;
    this._error.textContent = '';
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      this._error.textContent = error?.name === 'NotAllowedError' ? 'Microphone access denied' : 'Recording failed';
      return;
    }
    const chunks = [];
    const recorder = new MediaRecorder(stream);
    const take = { recorder, stream, keep: false };
    recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
    recorder.addEventListener('stop', () => this._recorded(take, new Blob(chunks, { type: recorder.mimeType })));
    this._take = take;
    recorder.start();
    this._showRecording();
  }

  /** Ends the recording: `keep` submits it, else it is thrown away. */
  _stopRecording(keep) {
    if (!this._take) return;
    this._take.keep = keep;
    this._take.recorder.stop();
  }

  async _recorded(take, blob) {
    for (const track of take.stream.getTracks()) track.stop();
    this._take = null;
    this._showRecording();
    if (!take.keep) return this._input.focus();
    try {
      const wav = await recordingToWav(blob, this._props.audio_sample_rate);
      const stamp = new Date().toISOString().replaceAll(/[:.]/g, '-');
      await this._submit(new File([wav], `audio-${stamp}.wav`, { type: 'audio/wav' }));
    } catch {
      this._error.textContent = 'Recording failed';
    }
  }

  /** While recording, the text field and send button give way to the recording's controls. */
  _showRecording() {
    const recording = Boolean(this._take);
    this._input.hidden = recording;
    this._send.hidden = recording;
    this._attach.hidden = recording || !this._props.accept_file;
    this._mic.hidden = recording || !this._props.accept_audio;
    this._recording.hidden = !recording;
    this._cancelRecording.hidden = !recording;
    this._approve.hidden = !recording;
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
