/**
 * `st.data_editor`: the grid with editable cells, and with `num_rows`
 * "dynamic"/"add"/"delete", buttons to add rows and delete the ticked ones.
 *
 * The page keeps the editing state in Streamlit's shape and sends all of it
 * on every change: `{edited_rows: {position: {column: value}}, added_rows:
 * [{column: value}], deleted_rows: [position]}`. The grid shows the original
 * rows (without deleted ones) with their edits, then the added rows.
 */
import { h, equal } from '../dom.js';
import { Widget } from './widget.js';
import { buttonOptions, failure, gridSize, readProps } from './data.js';

const INDEX_KEY = '_index';

export class DataEditor extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-data-editor');
    /** @type {import('./grid.js').Grid|null} made when the first frame arrives */
    this._grid = null;
    this._add = h('button', { type: 'button', class: 'hw-button hw-data-editor-add', text: 'Add row' });
    this._delete = h('button', { type: 'button', class: 'hw-button hw-data-editor-delete', text: 'Delete selected rows' });
    this._toolbar = h('div', { class: 'hw-data-editor-toolbar' }, [this._add, this._delete]);
    this.el.append(this._toolbar);
    this._add.addEventListener('click', () => this._addRow());
    this._delete.addEventListener('click', () => this._deleteRows());
    /** @type {import('./arrow.js').Frame|null} */
    this._frame = null;
    this._state = _normalize(props.value);
    this._props = props;
    this._version = 0;
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    const takes = this._takesValue(props, prev);
    if (takes) this._state = _normalize(props.value);
    const numRows = props.num_rows ?? 'fixed';
    this._add.hidden = !['dynamic', 'add'].includes(numRows);
    this._delete.hidden = !['dynamic', 'delete'].includes(numRows);
    this._toolbar.hidden = this._add.hidden && this._delete.hidden;
    const disabled = props.disabled === true;
    this._add.disabled = disabled;
    this._delete.disabled = disabled;
    const { value: _v, ...rest } = props;
    const { value: _p, ...prevRest } = prev;
    if (equal(rest, prevRest) && !takes && this._frame) return;
    const version = ++this._version;
    Promise.all([readProps(props), import('./grid.js')]).then(
      ([frame, { Grid }]) => {
        if (version !== this._version) return;
        this._grid ??= new Grid();
        this._frame = frame;
        this.el.replaceChildren(this._toolbar, this._grid.el);
        this._show();
      },
      (error) => version === this._version && this.el.replaceChildren(failure(error)),
    );
  }

  _show() {
    const props = this._props;
    this._grid.show(this._frame, {
      ...gridSize(props),
      rowCheckboxes: !this._delete.hidden,
      editable: (column) => this._editable(column),
      onEdit: (row, column, value) => this._edit(row, column, value),
      ...buttonOptions(props, this._ctx, (row) => (row < this._kept.length ? this._kept[row] : null)),
    }, this._source());
  }

  _editable(column) {
    const { disabled } = this._props;
    if (disabled === true || column.options.disabled === true) return false;
    if (Array.isArray(disabled) && disabled.includes(column.name)) return false;
    // An index is edited as `_index`, which names one level: a MultiIndex stays read-only, as in Streamlit.
    if (column.index && this._frame.columns.filter((c) => c.index).length !== 1) return false;
    // Chart, image and JSON columns only show values.
    return !['line_chart', 'bar_chart', 'area_chart', 'image', 'json', 'button', 'audio', 'video'].includes(column.kind);
  }

  /** The rows as the grid draws them: kept original rows with their edits, then added rows. */
  _source() {
    const frame = this._frame;
    const deleted = new Set(this._state.deleted_rows);
    const kept = [];
    for (let r = 0; r < frame.rows; r++) if (!deleted.has(r)) kept.push(r);
    const added = this._state.added_rows;
    const edited = this._state.edited_rows;
    this._kept = kept;
    return {
      rows: kept.length + added.length,
      value: (row, column) => {
        const key = column.index ? INDEX_KEY : column.name;
        if (row >= kept.length) return added[row - kept.length]?.[key] ?? null;
        const position = kept[row];
        const changes = edited[position];
        return changes && key in changes ? changes[key] : column.value(position);
      },
    };
  }

  _edit(row, column, value) {
    const key = column.index ? INDEX_KEY : column.name;
    if (row >= this._kept.length) {
      this._state.added_rows[row - this._kept.length][key] = value;
    } else {
      const position = this._kept[row];
      this._state.edited_rows[position] = { ...this._state.edited_rows[position], [key]: value };
    }
    this._commit();
  }

  _addRow() {
    const row = {};
    for (const column of this._frame?.columns ?? []) {
      if (column.options.default != null) row[column.index ? INDEX_KEY : column.name] = column.options.default;
    }
    this._state.added_rows.push(row);
    this._commit();
  }

  _deleteRows() {
    const rows = this._grid?.checkedRows() ?? [];
    if (!rows.length) return;
    const addedGone = new Set(rows.filter((r) => r >= this._kept.length).map((r) => r - this._kept.length));
    for (const r of rows) if (r < this._kept.length) this._state.deleted_rows.push(this._kept[r]);
    this._state.deleted_rows.sort((a, b) => a - b);
    this._state.added_rows = this._state.added_rows.filter((_, i) => !addedGone.has(i));
    this._commit();
  }

  _commit() {
    this._show();
    this._send(structuredClone(this._state));
  }
}

function _normalize(value) {
  return {
    edited_rows: { ...(value?.edited_rows ?? {}) },
    added_rows: (value?.added_rows ?? []).map((row) => ({ ...row })),
    deleted_rows: [...(value?.deleted_rows ?? [])],
  };
}
