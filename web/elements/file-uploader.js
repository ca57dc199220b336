/**
 * `st.file_uploader`: a drop zone with a "Browse files" button over a native
 * file input (so the input keeps the label as its name, and tests can set
 * files on it), and the list of files held, each with a remove button.
 *
 * Files never leave the tab: the page reads them and sends their bytes (as
 * Uint8Arrays) once, with a `file_id`; afterwards it names them by id only.
 */
import { h, equal, uid } from '../dom.js';
import { Label } from './label.js';
import { Widget, applyWidth } from './widget.js';

/** "1.5KB", "3.0MB": sizes as Streamlit writes them. */
export function fileSize(bytes) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${unit ? size.toFixed(1) : size}${units[unit]}`;
}

export function newFileId() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Whether `file` is allowed by `types` ([".csv", "image/*", "application/pdf"]); none means any. */
function accepts(types, file) {
  if (!types.length) return true;
  const name = file.name.toLowerCase();
  const mime = (file.type || '').toLowerCase();
  return types.some((type) =>
    type.startsWith('.') ? name.endsWith(type)
    : type.endsWith('/*') ? mime.startsWith(type.slice(0, -1))
    : mime === type);
}

export class FileUploader extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-file-uploader');
    const inputId = uid('file');
    this._label = new Label(props, inputId);
    this._input = h('input', { id: inputId, type: 'file', class: 'hw-file-input', tabindex: -1 });
    this._browse = h('button', { type: 'button', class: 'hw-button', 'data-type': 'secondary', text: 'Browse files' });
    this._instructions = h('div', { class: 'hw-dropzone-title' });
    this._limits = h('div', { class: 'hw-dropzone-limits' });
    this._zone = h('section', { class: 'hw-dropzone', 'data-testid': 'stFileUploaderDropzone' }, [
      h('div', { class: 'hw-dropzone-icon', 'aria-hidden': 'true' }),
      h('div', { class: 'hw-dropzone-text' }, [this._instructions, this._limits]),
      this._browse,
      this._input,
    ]);
    this._list = h('ul', { class: 'hw-file-list', 'aria-label': 'Uploaded files' });
    this._errors = h('div', { class: 'hw-file-errors', role: 'alert' });
    /** @type {{file_id: string, name: string, type: string, size: number}[]} the files shown */
    this._files = [];
    this._browse.addEventListener('click', () => this._input.click());
    this._input.addEventListener('change', () => {
      this._add([...(this._input.files ?? [])]);
      this._input.value = '';
    });
    this._zone.addEventListener('dragover', (event) => {
      if (this._props.disabled) return;
      event.preventDefault();
      this._zone.classList.add('hw-dragging');
    });
    this._zone.addEventListener('dragleave', () => this._zone.classList.remove('hw-dragging'));
    this._zone.addEventListener('drop', (event) => {
      event.preventDefault();
      this._zone.classList.remove('hw-dragging');
      if (!this._props.disabled) this._add([...(event.dataTransfer?.files ?? [])]);
    });
    this._list.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button[data-file]');
      if (button) this._remove(button.dataset.file);
    });
    this.el.append(this._label.el, this._zone, this._errors, this._list);
    this.update(props, { ...props, value: undefined });
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const many = props.accept_multiple_files;
    this._input.multiple = Boolean(many);
    this._input.toggleAttribute('webkitdirectory', many === 'directory');
    this._input.accept = (props.type ?? []).join(',');
    this._input.disabled = Boolean(props.disabled);
    this._browse.disabled = Boolean(props.disabled);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    const what = many === 'directory' ? 'directory' : many ? 'files' : 'file';
    this._instructions.textContent = `Drag and drop ${what} here`;
    const types = (props.type ?? []).map((t) => t.replace(/^\./, '').toUpperCase()).join(', ');
    this._limits.textContent = `Limit ${props.max_upload_size ?? 200}MB per file${types ? ` • ${types}` : ''}`;
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) {
      this._files = [...(props.value ?? [])];
      this._renderList();
    }
  }

  async _add(picked) {
    const { type = [], max_upload_size: maxMb = 200, accept_multiple_files: many } = this._props;
    const errors = [];
    const fresh = [];
    for (const file of many ? picked : picked.slice(0, 1)) {
      const name = file.webkitRelativePath || file.name;
      if (!accepts(type, file)) errors.push(`${name}: ${file.type || 'this file type'} files are not allowed.`);
      else if (file.size > maxMb * 1024 * 1024) errors.push(`${name}: File must be ${maxMb.toFixed(1)}MB or smaller.`);
      else fresh.push({ file, name });
    }
    this._errors.replaceChildren(...errors.map((text) => h('div', { text })));
    if (!fresh.length) return;
    const read = await Promise.all(
      fresh.map(async ({ file, name }) => ({
        file_id: newFileId(),
        name,
        type: file.type || 'application/octet-stream',
        size: file.size,
        data: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    const kept = many ? this._files : [];
    this._files = [...kept, ...read.map(({ data, ...info }) => info)];
    this._renderList();
    // Bytes only for the new files; the ones already sent go by id.
    this._send([...kept, ...read]);
  }

  _remove(fileId) {
    this._files = this._files.filter((f) => f.file_id !== fileId);
    this._renderList();
    this._send([...this._files]);
  }

  _renderList() {
    this._list.replaceChildren(
      ...this._files.map((f) =>
        h('li', { class: 'hw-file', 'data-testid': 'stFileUploaderFile' }, [
          h('span', { class: 'hw-file-icon', 'aria-hidden': 'true' }),
          h('span', { class: 'hw-file-name', text: f.name, title: f.name }),
          h('span', { class: 'hw-file-size', text: fileSize(f.size) }),
          h('button', {
            type: 'button', class: 'hw-file-remove', 'data-file': f.file_id,
            'aria-label': `Remove ${f.name}`, disabled: Boolean(this._props.disabled), text: '×',
          }),
        ]),
      ),
    );
    this._list.hidden = !this._files.length;
  }

  _takesValue(props, prev) {
    // Compare what the page shows, not byte payloads (the page's sent value carries data).
    if (this._pending) {
      if (this._ctx.runSeq() < this._pending.seq) return false;
      const sent = this._pending.value.map(({ data, ...info }) => info);
      this._pending = null;
      return !equal(props.value, sent);
    }
    return !equal(props.value, prev.value);
  }
}
