/**
 * Reads a dataframe's Arrow IPC stream into what the grid and table draw:
 * columns (index first) with display strings. Loaded lazily, so apache-arrow
 * stays out of the main bundle.
 */
import { tableFromIPC, DataType } from 'apache-arrow';

/**
 * @typedef {object} Column
 * @property {string} label      header text ('' for pandas' unnamed index)
 * @property {boolean} index     drawn as an index column
 * @property {boolean} numeric   right-aligned
 * @property {(row: number) => string|null} cell  display text; null for a missing value
 *
 * @typedef {{rows: number, columns: Column[]}} Frame
 */

/**
 * @param {Uint8Array} bytes Arrow IPC stream
 * @param {string[]} indexColumns names of the columns that form the index
 * @param {boolean} hideIndex
 * @returns {Frame}
 */
export function readFrame(bytes, indexColumns = [], hideIndex = false) {
  const table = tableFromIPC(bytes);
  const columns = table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i);
    const index = indexColumns.includes(field.name);
    const format = _formatter(field.type);
    return {
      label: /^__index_level_\d+__$/.test(field.name) ? '' : field.name,
      index,
      numeric: _isNumeric(field.type),
      cell: (row) => {
        const value = vector.get(row);
        return value == null ? null : format(value);
      },
    };
  });
  const shown = hideIndex ? columns.filter((column) => !column.index) : columns;
  return { rows: table.numRows, columns: [...shown.filter((c) => c.index), ...shown.filter((c) => !c.index)] };
}

function _isNumeric(type) {
  const value = DataType.isDictionary(type) ? type.dictionary : type;
  return DataType.isInt(value) || DataType.isFloat(value) || DataType.isDecimal(value);
}

function _formatter(type) {
  if (DataType.isDictionary(type)) return _formatter(type.dictionary);
  // Streamlit shows at most four decimals and drops trailing zeros: 0.094, -1.0096.
  if (DataType.isFloat(type)) return (value) => (Number.isFinite(value) ? String(Number(value.toFixed(4))) : String(value));
  if (DataType.isTimestamp(type)) return (ms) => new Date(ms).toISOString().replace('T', ' ').replace(/(\.000)?Z$/, '');
  if (DataType.isDate(type)) return (ms) => new Date(ms).toISOString().slice(0, 10);
  if (DataType.isBinary(type)) return (bytes) => `b'${bytes.length} bytes'`;
  return (value) => String(value);
}
