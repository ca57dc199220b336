/** Small line, area and bar charts as inline SVG, for `st.metric` and chart columns. */

const SVG = 'http://www.w3.org/2000/svg';

function _svg(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  return el;
}

/**
 * A 100×24 sparkline of `values`, stretched to its box.
 * @param {number[]} values
 * @param {'line'|'area'|'bar'} type
 * @param {{min?: number|null, max?: number|null}} [range] the y range; the data's own by default
 * @returns {SVGSVGElement}
 */
export function sparkline(values, type, { min = null, max = null } = {}) {
  const width = 100;
  const height = 24;
  const finite = values.filter(Number.isFinite);
  const low = min ?? Math.min(...finite, type === 'line' ? Infinity : 0);
  const high = max ?? Math.max(...finite);
  const span = high - low || 1;
  const y = (v) => height - ((Math.min(Math.max(v, low), high) - low) / span) * height;
  const svg = _svg('svg', { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', class: `hw-sparkline hw-sparkline-${type}` });
  if (!finite.length) return svg;
  if (type === 'bar') {
    const step = width / values.length;
    values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const top = Math.min(y(v), y(Math.max(low, 0)));
      svg.append(_svg('rect', { x: i * step + step * 0.1, width: step * 0.8, y: top, height: Math.max(Math.abs(y(v) - y(Math.max(low, 0))), 0.5) }));
    });
    return svg;
  }
  const x = (i) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * width);
  const points = values.map((v, i) => (Number.isFinite(v) ? `${x(i).toFixed(2)},${y(v).toFixed(2)}` : null)).filter(Boolean).join(' ');
  if (type === 'area') svg.append(_svg('polygon', { points: `0,${height} ${points} ${width},${height}`, class: 'hw-sparkline-fill' }));
  svg.append(_svg('polyline', { points, 'vector-effect': 'non-scaling-stroke' }));
  return svg;
}
