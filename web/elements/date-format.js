/**
 * Dates as Streamlit shows them: moment.js-style patterns (`YYYY-MM-DD`,
 * `MM/DD/YY - hh:mm`, `HH:mm`), always in UTC, because the script's naive
 * dates and times travel as if they were UTC (see py/streamlit/widgets/slider.py).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g;

const pad = (n, width = 2) => String(n).padStart(width, '0');

function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * @example formatDate('YYYY-MM-DD', Date.UTC(2024, 0, 5)) === '2024-01-05'
 * @param {string} pattern
 * @param {number} ms milliseconds since 1970 (UTC)
 */
export function formatDate(pattern, ms) {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  const values = {
    YYYY: () => pad(d.getUTCFullYear(), 4),
    YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    Do: () => ordinal(d.getUTCDate()),
    DD: () => pad(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    dddd: () => DAYS[d.getUTCDay()],
    ddd: () => DAYS[d.getUTCDay()].slice(0, 3),
    HH: () => pad(hours),
    H: () => String(hours),
    hh: () => pad(hours % 12 || 12),
    h: () => String(hours % 12 || 12),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    SSS: () => pad(d.getUTCMilliseconds(), 3),
    A: () => (hours < 12 ? 'AM' : 'PM'),
    a: () => (hours < 12 ? 'am' : 'pm'),
  };
  return pattern.replace(TOKENS, (token, literal) => (literal !== undefined ? literal : values[token]()));
}
