/**
 * `st.dataframe` (a virtualized grid) and `st.table` (a static table). Both
 * decode Arrow bytes with apache-arrow, imported on first use.
 */
import { h, equal } from '../dom.js';
import { Grid } from './grid.js';

export class Dataframe {
  constructor(id, props) {
    this._grid = new Grid();
    this.el = h('div', { class: 'hw-dataframe' }, [this._grid.el]);
    /** Bumped per update, so a slow decode cannot overwrite a newer frame. */
    this._version = 0;
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const version = ++this._version;
    const width = props.use_container_width ? null : props.width;
    _read(props).then(
      (frame) => {
        if (version !== this._version) return;
        this.el.replaceChildren(this._grid.el);
        this._grid.show(frame, { height: props.height, width });
      },
      (error) => version === this._version && this.el.replaceChildren(_failure(error)),
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
    _read(props).then(
      (frame) => version === this._version && this.el.replaceChildren(_table(frame)),
      (error) => version === this._version && this.el.replaceChildren(_failure(error)),
    );
  }
}

async function _read(props) {
  const { readFrame } = await import('./arrow.js');
  return readFrame(props.arrow, props.index_columns, props.hide_index);
}

function _failure(error) {
  return h('div', { class: 'hw-alert', 'data-level': 'error', role: 'alert', text: `Cannot show this table: ${error.message}` });
}

function _table({ columns, rows }) {
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
  return h('table', { class: 'hw-table' }, [h('thead', {}, [header]), h('tbody', {}, body)]);
}
