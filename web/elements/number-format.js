/**
 * Streamlit's number formats for `st.metric` and `NumberColumn`/`ProgressColumn`:
 * a name ("dollar", "percent", "compact"...) or a printf-style pattern.
 */
import { formatNumber } from '../format.js';

const _cache = new Map();

function _intl(key, options) {
  if (!_cache.has(key)) _cache.set(key, new Intl.NumberFormat('en-US', options));
  return _cache.get(key);
}

const _named = {
  plain: (value) => String(value),
  localized: (value) => _intl('localized', { maximumFractionDigits: 20 }).format(value),
  dollar: (value) => _intl('dollar', { style: 'currency', currency: 'USD' }).format(value),
  euro: (value) => _intl('euro', { style: 'currency', currency: 'EUR' }).format(value),
  yen: (value) => _intl('yen', { style: 'currency', currency: 'JPY' }).format(value),
  percent: (value) => _intl('percent', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
  compact: (value) => _intl('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value),
  scientific: (value) => _intl('scientific', { notation: 'scientific', maximumFractionDigits: 3 }).format(value),
  engineering: (value) => _intl('engineering', { notation: 'engineering', maximumFractionDigits: 3 }).format(value),
  accounting: (value) => {
    const text = _intl('accounting', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
    return value < 0 ? `(${text})` : text;
  },
  bytes: (value) => {
    const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
    let unit = 0;
    while (Math.abs(value) >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return `${Number(value.toFixed(1))}${units[unit]}`;
  },
};

/**
 * @example formatWith('dollar', 1234.5) === '$1,234.50'
 * @param {string|null|undefined} format
 * @param {number} value
 * @returns {string|null} the text, or null when there is no format (the caller's default applies)
 */
export function formatWith(format, value) {
  if (!format || typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (Object.hasOwn(_named, format)) return _named[format](value);
  // printf: Streamlit's "%d%%" and "$%.2f" style patterns.
  if (format.includes('%')) return formatNumber(format, value);
  return null;
}
