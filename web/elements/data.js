/**
 * `st.dataframe` (a virtualized grid; a widget when it takes selections) and
 * `st.table` (a static table). Both decode Arrow bytes with apache-arrow;
 * it and the grid are imported on first use.
 */
import { h, equal } from '../dom.js';
import { Widget } from './widget.js';

const _noSelection = { rows: [], columns: [], cells: [] };

export class Dataframe extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-dataframe');
    /** @type {import('./grid.js').Grid|null} made when the first frame arrives */
    this._grid = null;
    /** Bumped per update, so a slow decode cannot overwrite a newer frame. */
    this._version = 0;
    /** The selection shown, kept across reruns unless the script changes it. */
    this._selection = props.value?.selection ?? _noSelection;
    this.update(props, {});
  }

  update(props, prev) {
    if (this.id && this._takesValue(props, prev)) this._selection = props.value?.selection ?? _noSelection;
    if (equal(props, prev)) return;
    const version = ++this._version;
    Promise.all([readProps(props), import('./grid.js')]).then(
      ([frame, { Grid }]) => {
        if (version !== this._version) return;
        this._grid ??= new Grid();
        this.el.replaceChildren(this._grid.el, ...rowsNote(frame.rows, props.total_rows));
        this._grid.show(frame, {
          ...gridSize(props),
          selectionMode: this.id ? props.selection_mode : [],
          selection: this._selection,
          onSelect: (selection) => {
            this._selection = selection;
            this._send({ selection });
          },
          ...buttonOptions(props, this._ctx),
        });
      },
      (error) => version === this._version && this.el.replaceChildren(failure(error)),
    );
  }
}

export class Table {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-table-wrap' });
    this._version = 0;
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const version = ++this._version;
    this.el.dataset.border = String(props.border ?? true);
    readProps(props).then(
      (frame) => version === this._version && this.el.replaceChildren(_table(frame, props.hide_header), ...rowsNote(frame.rows, props.total_rows)),
      (error) => version === this._version && this.el.replaceChildren(failure(error)),
    );
  }
}

/** Decodes a dataframe element's Arrow bytes with its column config. */
export async function readProps(props) {
  const { readFrame } = await import('./arrow.js');
  return readFrame(props.arrow, {
    indexColumns: props.index_columns,
    hideIndex: props.hide_index,
    columns: props.columns,
    columnOrder: props.column_order,
  });
}

/** The grid's size and look from an element's props. */
export function gridSize(props) {
  return {
    height: props.height,
    width: props.use_container_width ? null : props.width,
    rowHeight: props.row_height,
    placeholder: props.placeholder,
  };
}

/**
 * Clicks on `ButtonColumn` cells with a key: each triggers its column's widget
 * with `{row, label}` as JSON, as Streamlit's page sends it; `position` maps
 * the grid's row to its place in the data (null: an added row, never sent).
 */
export function buttonOptions(props, ctx, position = (row) => row) {
  const widgets = props.button_widgets ?? {};
  return {
    buttonColumns: new Set(Object.keys(widgets)),
    onButton: (row, column, label) => {
      const widget = widgets[column.name];
      const at = row === null ? null : position(row);
      if (widget && at !== null) ctx.trigger(widget, JSON.stringify({ row: at, label }));
    },
  };
}

/**
 * "Showing the first 150,000 of 1,000,000 rows.", under a frame too big to send whole
 * (`total_rows`, see MAX_DATAFRAME_ROWS in the shim's data.py); nothing otherwise.
 * @param {number} shown @param {number|null|undefined} total
 */
export function rowsNote(shown, total) {
  if (total == null || total <= shown) return [];
  const count = (n) => n.toLocaleString('en-US');
  return [h('div', { class: 'hw-caption hw-rows-note', text: `Showing the first ${count(shown)} of ${count(total)} rows.` })];
}

export function failure(error) {
  return h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot show this table: ${error.message}` });
}

function _table({ columns, rows }, hideHeader) {
  const header = h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.numeric && 'hw-numeric', text: column.label })));
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = columns.map((column) => {
      const text = column.cell(r);
      const className = [column.numeric && 'hw-numeric', text === null && 'hw-null'].filter(Boolean).join(' ');
      return h(column.index ? 'th' : 'td', { scope: column.index && 'row', class: className || null, text: text ?? 'None' });
    });
    body.push(h('tr', {}, cells));
  }
  const head = hideHeader ? [] : [h('thead', {}, [header])];
  return h('table', { class: 'hw-table' }, [...head, h('tbody', {}, body)]);
}
