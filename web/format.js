/**
 * printf-style number formatting, the subset Streamlit's `format=` accepts
 * for sliders and number inputs (`%d`, `%0.2f`, `%.1f%%`, `%e`, `%x`, `%s`).
 */

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

/**
 * @example formatNumber('%0.2f', 1.5) === '1.50'
 * @param {string|null} format printf-style; null means the default for `dataType`
 * @param {number} value
 * @param {'int'|'float'} [dataType]
 */
export function formatNumber(format, value, dataType = 'float') {
  if (format == null) format = dataType === 'int' ? '%d' : '%0.2f';
  return format.replace(SPEC, (_, flags, width, precision, conversion) => {
    if (conversion === '%') return '%';
    const body = _convert(conversion, value, precision === undefined ? undefined : Number(precision));
    return _pad(body, flags, Number(width ?? 0), conversion);
  });
}

function _convert(conversion, value, precision) {
  switch (conversion) {
    case 'd': case 'i': case 'u': return String(Math.trunc(value));
    case 'f': case 'F': return value.toFixed(precision ?? 6);
    case 'e': case 'E': {
      // Python writes at least two exponent digits: 1.5e+03, not 1.5e+3.
      const text = value.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return conversion === 'E' ? text.toUpperCase() : text;
    }
    case 'g': case 'G': {
      const text = String(Number(value.toPrecision(precision || 6)));
      return conversion === 'G' ? text.toUpperCase() : text;
    }
    case 'x': return Math.trunc(value).toString(16);
    case 'X': return Math.trunc(value).toString(16).toUpperCase();
    case 'o': return Math.trunc(value).toString(8);
    default: return String(value);
  }
}

function _pad(body, flags, width, conversion) {
  const numeric = conversion !== 's';
  if (numeric && flags.includes('+') && !body.startsWith('-')) body = `+${body}`;
  else if (numeric && flags.includes(' ') && !body.startsWith('-')) body = ` ${body}`;
  if (body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[+\- ]/.test(body) ? body[0] : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width);
}
