/**
 * Reads a dataframe's Arrow IPC stream into what the grid and table draw:
 * columns (index first) with their raw values and their `st.column_config`.
 * Loaded lazily, so apache-arrow stays out of the main bundle.
 */
import { tableFromIPC, DataType } from 'apache-arrow';
import { cellText, columnKind } from './cells.js';

/**
 * @typedef {object} Column
 * @property {string} name       the Arrow field name (what edits and selections name)
 * @property {string} label      header text ('' for pandas' unnamed index)
 * @property {boolean} index     drawn as an index column
 * @property {boolean} numeric   right-aligned
 * @property {string} kind       how cells draw: text, number, checkbox, progress, link, date...
 * @property {string} dataType   int, float, bool, string, timestamp, date, time, list, other
 * @property {object} config     the column's `type_config` (format, min_value, display_text...)
 * @property {{width?: any, help?: string, pinned?: boolean, alignment?: string, disabled?: boolean, required?: boolean, default?: any}} options
 * @property {(row: number) => any} value  the raw value (numbers, booleans, strings, ms since epoch); null if missing
 * @property {(row: number) => string|null} cell  display text; null for a missing value
 *
 * @typedef {{rows: number, columns: Column[]}} Frame
 *
 * @typedef {object} FrameOptions
 * @property {string[]} [indexColumns]  names of the columns that form the index
 * @property {boolean|null} [hideIndex]
 * @property {Record<string, object>} [columns]  column name → its config from Python
 * @property {string[]|null} [columnOrder]  data columns to show, in this order
 */

/**
 * @param {Uint8Array} bytes Arrow IPC stream
 * @param {FrameOptions} [options]
 * @returns {Frame}
 */
export function readFrame(bytes, { indexColumns = [], hideIndex = false, columns = {}, columnOrder = null } = {}) {
  const table = tableFromIPC(bytes);
  const all = table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i);
    const config = columns?.[field.name] ?? {};
    const dataType = _dataType(field.type);
    const typeConfig = config.type_config ?? {};
    const kind = columnKind(typeConfig.type, dataType);
    const value = (row) => _plain(vector.get(row), dataType, field.type);
    const column = {
      name: field.name,
      label: config.label ?? (/^__index_level_\d+__$/.test(field.name) ? '' : field.name),
      index: indexColumns.includes(field.name),
      numeric: (kind === 'number' || kind === 'progress') && (dataType === 'int' || dataType === 'float'),
      kind,
      dataType,
      config: typeConfig,
      options: config,
      hidden: Boolean(config.hidden),
      value,
      cell: (row) => cellText(column, value(row)),
    };
    return column;
  });
  let shown = all.filter((column) => !column.hidden && !(hideIndex && column.index));
  if (columnOrder) {
    const data = columnOrder.map((name) => shown.find((c) => !c.index && c.name === name)).filter(Boolean);
    shown = [...shown.filter((c) => c.index), ...data];
  }
  return { rows: table.numRows, columns: [...shown.filter((c) => c.index), ...shown.filter((c) => !c.index)] };
}

function _dataType(type) {
  if (DataType.isDictionary(type)) return _dataType(type.dictionary);
  if (DataType.isInt(type)) return 'int';
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'float';
  if (DataType.isBool(type)) return 'bool';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8?.(type)) return 'string';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTime(type)) return 'time';
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) return 'list';
  if (DataType.isBinary(type)) return 'binary';
  return 'other';
}

/** Arrow's JS values as plain ones: BigInt as Number, lists as arrays, times as ms since midnight. */
function _plain(value, dataType, type) {
  if (value == null) return null;
  if (dataType === 'time') return Number(value) / [1 / 1000, 1, 1000, 1e6][type.unit];
  if (typeof value === 'bigint') return Number(value);
  if (dataType === 'list' && typeof value.toArray === 'function') return Array.from(value.toArray(), (v) => (typeof v === 'bigint' ? Number(v) : v));
  if (dataType === 'binary') return value;
  if (typeof value === 'object' && typeof value.toJSON === 'function') return value.toJSON();
  return value;
}
