/**
 * Cell editors for the grid (`st.data_editor`): which input edits a value of
 * each column kind, and how its text becomes the value the script gets.
 */
import { h } from '../dom.js';

/**
 * An editor for a value of this column's kind: an input, a select, or for
 * list columns a field of chips (Streamlit's tag editor: type and press Enter
 * to add an item, Backspace in the empty field or a chip's ✕ to remove one).
 * A composite editor names its text field `_hwField`, which takes the focus.
 * @returns {HTMLElement}
 */
export function cellEditor(column, value) {
  const { config } = column;
  if (column.kind === 'list') return _listEditor(value);
  if (column.kind === 'selectbox') {
    const options = (config.options ?? []).map((o) => (o !== null && typeof o === 'object' ? o : { value: o, label: String(o) }));
    const select = h('select', {}, [h('option', { value: '', text: '' }), ...options.map((o, i) => h('option', { value: String(i), text: o.label ?? String(o.value) }))]);
    select.value = String(options.findIndex((o) => o.value === value));
    select._hwOptions = options;
    return select;
  }
  const input = h('input', { type: 'text' });
  if (column.kind === 'number' || column.kind === 'progress') {
    input.type = 'number';
    input.step = String(config.step ?? (column.dataType === 'int' ? 1 : 'any'));
    if (config.min_value != null) input.min = String(config.min_value);
    if (config.max_value != null) input.max = String(config.max_value);
    input.value = value == null ? '' : String(value);
  } else if (column.kind === 'date' || column.kind === 'datetime' || column.kind === 'time') {
    input.type = { date: 'date', datetime: 'datetime-local', time: 'time' }[column.kind];
    if (input.type === 'time' || input.type === 'datetime-local') input.step = '1';
    input.value = value == null ? '' : _isoForInput(column.kind, value);
  } else {
    if (config.max_chars) input.maxLength = config.max_chars;
    input.value = value == null ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  }
  return input;
}

function _isoForInput(kind, value) {
  const iso = typeof value === 'string' ? value : new Date(Number(value)).toISOString();
  if (kind === 'date') return iso.slice(0, 10);
  if (kind === 'time') return typeof value === 'string' ? value : iso.slice(11, 19);
  return iso.slice(0, 19);
}

/** The editor's value as the script expects it; undefined if it is invalid (the edit is dropped). */
export function editedValue(column, input) {
  if (input._hwItems) {
    const pending = input._hwField.value.trim();
    return pending ? [...input._hwItems, pending] : [...input._hwItems];
  }
  if (input instanceof HTMLSelectElement) {
    const option = input._hwOptions[Number(input.value)];
    return option === undefined ? null : option.value;
  }
  const text = input.value;
  if (text === '') return column.kind === 'text' || column.dataType === 'string' ? '' : null;
  switch (column.kind) {
    case 'number':
    case 'progress': {
      const number = Number(text);
      if (!Number.isFinite(number)) return undefined;
      return column.dataType === 'int' ? Math.round(number) : number;
    }
    case 'date':
      return text;
    case 'datetime':
      return text;
    case 'time':
      return text.length === 5 ? `${text}:00` : text;
    case 'multiselect':
      return text.split(',').map((item) => item.trim()).filter(Boolean);
    default: {
      const pattern = column.config.validate;
      if (pattern) {
        try {
          if (!new RegExp(pattern).test(text)) return undefined;
        } catch {
          // an invalid pattern validates nothing
        }
      }
      return text;
    }
  }
}

/** Chips for the items, then a text field for a new one. */
function _listEditor(value) {
  const items = Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
  const field = h('input', { type: 'text', class: 'hw-grid-list-field' });
  const editor = h('div', { class: 'hw-grid-list-editor' }, [field]);
  editor._hwItems = items;
  editor._hwField = field;
  const draw = () => {
    const chips = items.map((item, i) => {
      const remove = h('button', { type: 'button', class: 'hw-grid-list-remove', 'aria-label': `Remove ${item}`, tabindex: -1, text: '✕' });
      remove.addEventListener('mousedown', (event) => event.preventDefault());
      remove.addEventListener('click', () => {
        items.splice(i, 1);
        draw();
        field.focus();
      });
      return h('span', { class: 'hw-cell-chip' }, [item, remove]);
    });
    // The field stays put: taking a focused input out of the page blurs it, which commits the cell.
    for (const chip of editor.querySelectorAll('.hw-cell-chip')) chip.remove();
    field.before(...chips);
  };
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && field.value.trim()) {
      // The item is added; only Enter in an empty field commits the cell.
      event.preventDefault();
      event.stopPropagation();
      items.push(field.value.trim());
      field.value = '';
      draw();
      field.focus();
    } else if (event.key === 'Backspace' && !field.value && items.length) {
      event.preventDefault();
      items.pop();
      draw();
      field.focus();
    }
  });
  draw();
  return editor;
}
