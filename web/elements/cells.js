/**
 * How a dataframe cell shows its value, by column kind (`st.column_config`'s
 * type, or one inferred from the Arrow type): the text, for tables and
 * accessible names, and the content the grid draws (links, checkboxes,
 * progress bars, sparklines, buttons, media players' icons).
 */
import { h } from '../dom.js';
import { iconElement, materialIconName } from './icon.js';
import { formatWith } from './number-format.js';
import { sparkline } from './sparkline.js';

/** Streamlit's named column widths, in pixels. */
export const NAMED_WIDTHS = { small: 75, medium: 200, large: 400 };

const _inferred = { int: 'number', float: 'number', bool: 'checkbox', timestamp: 'datetime', date: 'date', time: 'time', list: 'list' };

/**
 * @param {string|undefined} configured the `type_config.type` from Python
 * @param {string} dataType the Arrow-derived data type
 */
export function columnKind(configured, dataType) {
  return configured ?? _inferred[dataType] ?? 'text';
}

/**
 * @param {import('./arrow.js').Column} column
 * @param {any} value a raw value (numbers, booleans, strings, ms since epoch, arrays)
 * @returns {string|null} null for a missing value
 */
export function cellText(column, value) {
  if (value == null) return null;
  const { config } = column;
  switch (column.kind) {
    case 'number':
    case 'progress':
      return typeof value === 'number' ? formatWith(config.format, value) ?? _number(value, column.dataType) : String(value);
    case 'datetime':
    case 'date':
    case 'time':
      return _temporal(column.kind, column.dataType, value, config.format);
    case 'link':
      return _linkText(String(value), config.display_text);
    case 'list':
    case 'multiselect':
    case 'button':
    case 'line_chart':
    case 'bar_chart':
    case 'area_chart':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    case 'selectbox': {
      const option = (config.options ?? []).find((o) => o !== null && typeof o === 'object' && o.value === value);
      return option?.label ?? String(value);
    }
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default:
      if (value instanceof Uint8Array) return `b'${value.length} bytes'`;
      if (typeof value === 'number') return _number(value, column.dataType);
      if (Array.isArray(value)) return JSON.stringify(value);
      if (typeof value === 'object') return JSON.stringify(value);
      return String(value);
  }
}

/**
 * What the grid draws in a cell: text, or an element for the richer kinds.
 * @param {import('./arrow.js').Column} column
 * @param {any} value
 * @param {string|null} text from `cellText`
 * @returns {Node|string}
 */
export function cellContent(column, value, text) {
  if (value == null) return text ?? '';
  switch (column.kind) {
    case 'checkbox':
      return h('span', { class: 'hw-cell-check', 'data-checked': String(Boolean(value)), role: 'img', 'aria-label': value ? 'checked' : 'unchecked' });
    case 'progress': {
      const min = column.config.min_value ?? 0;
      const max = column.config.max_value ?? (column.dataType === 'float' && !column.config.format && value <= 1 ? 1 : 100);
      const share = Math.max(0, Math.min(1, (Number(value) - min) / (max - min || 1)));
      const bar = h('span', { class: 'hw-cell-progress-bar' });
      bar.style.width = `${(share * 100).toFixed(1)}%`;
      return h('span', { class: 'hw-cell-progress' }, [h('span', { class: 'hw-cell-progress-track' }, [bar]), h('span', { class: 'hw-cell-progress-text', text })]);
    }
    case 'link': {
      const href = String(value);
      return /^(https?:|mailto:)/i.test(href) ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text }) : text;
    }
    case 'image':
      return /^(https?:|data:image\/)/i.test(String(value)) ? h('img', { class: 'hw-cell-image', src: String(value), alt: '' }) : text;
    case 'line_chart':
    case 'bar_chart':
    case 'area_chart':
      return Array.isArray(value)
        ? sparkline(value.map(Number), column.kind.replace('_chart', ''), { min: column.config.y_min, max: column.config.y_max })
        : text;
    case 'button': {
      const labels = Array.isArray(value) ? value.map(String) : [text];
      const kind = column.config.button_type ?? 'secondary';
      if (labels.length > 1) {
        // Several actions: a button opening a menu of them (the grid's `_openMenu`), as Streamlit's dropdown.
        const name = `${column.label || column.name} actions`;
        return h('button', { type: 'button', class: 'hw-cell-button hw-cell-menu-button', 'data-kind': kind, 'data-labels': JSON.stringify(labels), 'aria-haspopup': 'menu', 'aria-label': name, text: '⋯' });
      }
      return h('button', { type: 'button', class: 'hw-cell-button', 'data-kind': kind, 'data-label': labels[0] }, buttonLabel(labels[0]));
    }
    case 'audio':
    case 'video':
      // An icon that opens the player (the grid's `_openMedia`); URLs and data URLs only, as Streamlit plays.
      return /^(https?:|data:(audio|video)\/|\/)/i.test(String(value))
        ? h('button', { type: 'button', class: 'hw-cell-media', 'data-media': column.kind, 'data-src': String(value), 'aria-label': `Play ${text}`, text: column.kind === 'audio' ? '♪' : '▶' })
        : text;
    case 'list':
    case 'multiselect':
      return Array.isArray(value) ? h('span', { class: 'hw-cell-chips' }, value.map((item) => h('span', { class: 'hw-cell-chip', text: String(item) }))) : text;
    default:
      return text;
  }
}

/** A button label's leading `:material/name:` as the icon, the rest as text. */
export function buttonLabel(label) {
  const [, icon, text] = /^(:material\/[a-z0-9_]+:)\s*(.*)$/.exec(label) ?? [null, null, label];
  if (!icon) return [label];
  return [iconElement(icon, 'hw-cell-button-icon'), text ? ` ${text}` : h('span', { class: 'hw-visually-hidden', text: materialIconName(icon) })];
}

/** Streamlit shows at most four decimals and drops trailing zeros: 0.094, -1.0096. */
function _number(value, dataType) {
  if (!Number.isFinite(value)) return String(value);
  return dataType === 'int' ? String(value) : String(Number(value.toFixed(4)));
}

/** A link's text: the URL, `display_text`, or `display_text` as a regex whose first group is shown. */
function _linkText(url, displayText) {
  if (!displayText) return url;
  if (/[()]/.test(displayText)) {
    try {
      const match = new RegExp(displayText).exec(url);
      if (match) return match[1] ?? match[0];
    } catch {
      // not a regex after all: show it as text
    }
  }
  return displayText;
}

const _defaultPatterns = { datetime: 'YYYY-MM-DD HH:mm:ss', date: 'YYYY-MM-DD', time: 'HH:mm:ss' };

function _temporal(kind, dataType, value, format) {
  if (typeof value === 'string') return value;
  // Times are ms since midnight, dates and timestamps ms since the epoch, both read in UTC.
  const date = new Date(Number(value));
  if (Number.isNaN(date.getTime())) return String(value);
  if (format === 'iso8601') return kind === 'time' ? date.toISOString().slice(11, 23) : kind === 'date' ? date.toISOString().slice(0, 10) : date.toISOString();
  if (format === 'localized') {
    const style = kind === 'date' ? { dateStyle: 'medium' } : kind === 'time' ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'medium' };
    return date.toLocaleString('en-US', { ...style, timeZone: 'UTC' });
  }
  if (format === 'distance') return _distance(date);
  const text = formatDate(date, format || _defaultPatterns[kind]);
  // Whole seconds read as Streamlit's default; fractions stay.
  return kind === 'datetime' && !format && date.getUTCMilliseconds() ? `${text}.${String(date.getUTCMilliseconds()).padStart(3, '0')}` : text;
}

const _months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const _days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Moment.js-style patterns, the tokens Streamlit's docs use.
 * @example formatDate(new Date(Date.UTC(2024, 0, 5)), 'MMM D, YYYY') === 'Jan 5, 2024'
 */
export function formatDate(date, pattern) {
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const hours = date.getUTCHours();
  const tokens = {
    YYYY: () => String(date.getUTCFullYear()),
    YY: () => pad(date.getUTCFullYear() % 100),
    MMMM: () => _months[date.getUTCMonth()],
    MMM: () => _months[date.getUTCMonth()].slice(0, 3),
    MM: () => pad(date.getUTCMonth() + 1),
    M: () => String(date.getUTCMonth() + 1),
    dddd: () => _days[date.getUTCDay()],
    ddd: () => _days[date.getUTCDay()].slice(0, 3),
    DD: () => pad(date.getUTCDate()),
    Do: () => `${date.getUTCDate()}${_ordinal(date.getUTCDate())}`,
    D: () => String(date.getUTCDate()),
    HH: () => pad(hours),
    H: () => String(hours),
    hh: () => pad(hours % 12 || 12),
    h: () => String(hours % 12 || 12),
    mm: () => pad(date.getUTCMinutes()),
    m: () => String(date.getUTCMinutes()),
    ss: () => pad(date.getUTCSeconds()),
    s: () => String(date.getUTCSeconds()),
    SSS: () => pad(date.getUTCMilliseconds(), 3),
    A: () => (hours < 12 ? 'AM' : 'PM'),
    a: () => (hours < 12 ? 'am' : 'pm'),
  };
  return pattern.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|dddd|ddd|DD|Do|D|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g, (token, literal) => literal ?? tokens[token]());
}

function _ordinal(n) {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
}

function _distance(date) {
  const seconds = Math.round((date.getTime() - Date.now()) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? units[units.length - 1];
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}
