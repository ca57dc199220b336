/**
 * A bound widget's value as its query parameter (`bind="query-params"`).
 *
 * The worker writes the address after the run that takes a change; Streamlit's
 * page writes it at once, also for a change no run takes yet (in a form, or
 * with `on_change="ignore"`). This is the page's half of the formats in
 * py/streamlit/_binding.py: the `bind` prop is `{key, kind, default}`, with the
 * default as a page value; the text must match what the worker writes.
 */
import { equal } from '../dom.js';

const _TIMELIKE = ['date', 'time', 'datetime'];

/**
 * @param {{key: string, kind: string, default: any}} bind the widget's `bind` prop
 * @param {any} value the page value the widget sends
 * @param {object} props the widget's props (`options`, `data_type`)
 * @returns {string|string[]|null} the parameter's text (a list repeats the key); null removes it
 */
export function queryValue(bind, value, props) {
  if (equal(value, bind.default)) return null;
  if (value === null || value === undefined) return '';
  if (!Array.isArray(value)) return _text(bind.kind, value, props);
  return value.length ? value.map((item) => _text(bind.kind, item, props)) : '';
}

function _text(kind, value, props) {
  switch (kind) {
    case 'flag':
      return value ? 'true' : 'false';
    case 'labels':
      return typeof value === 'number' ? String(props.options?.[value] ?? '') : String(value);
    case 'feedback':
      return value < 0 ? '' : String(value);
    case 'slider':
      return _TIMELIKE.includes(props.data_type) ? _isoText(value, props.data_type) : String(value);
    default:
      return String(value);
  }
}

/** Microseconds since 1970 (as a slider's dates travel) → `2024-05-01`, `09:30`, `2024-05-01T09:30`. */
function _isoText(micros, dataType) {
  const iso = new Date(Math.floor(micros / 1000)).toISOString();
  const seconds = iso.slice(11, 19);
  const clock = seconds.endsWith(':00') ? seconds.slice(0, 5) : seconds;
  if (dataType === 'date') return iso.slice(0, 10);
  return dataType === 'time' ? clock : `${iso.slice(0, 10)}T${clock}`;
}
