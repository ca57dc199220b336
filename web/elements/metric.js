/**
 * `st.metric`: label, big value, and the delta with its arrow and colour
 * (the colour and direction come from Python, which applies `delta_color`).
 * `chart_data` draws a small sparkline under it.
 */
import { h, setText, equal } from '../dom.js';
import { setMarkdown } from './markdown.js';
import { helpIcon, updateHelp } from './label.js';
import { formatWith } from './number-format.js';
import { sparkline } from './sparkline.js';

const SVG = 'http://www.w3.org/2000/svg';
const _arrows = { up: 'M12 19V5M5 12l7-7 7 7', down: 'M12 5v14M19 12l-7 7-7-7' };

export class Metric {
  constructor(id, props) {
    this._label = h('div', { class: 'hw-metric-label-text', 'data-testid': 'stMetricLabel' });
    this._help = helpIcon(null);
    this._value = h('div', { class: 'hw-metric-value', 'data-testid': 'stMetricValue' });
    this._delta = h('div', { class: 'hw-metric-delta', 'data-testid': 'stMetricDelta' });
    this._description = h('span', { class: 'hw-metric-delta-description' });
    this._chart = h('div', { class: 'hw-metric-chart' });
    this.el = h('div', { class: 'hw-metric' }, [
      h('div', { class: 'hw-metric-label' }, [this._label, this._help]),
      this._value,
      h('div', { class: 'hw-metric-delta-row' }, [this._delta, this._description]),
      this._chart,
    ]);
    this.update(props, {});
  }

  update(props, prev) {
    if (props.label !== prev.label || props.icon !== prev.icon) {
      const label = props.icon ? `${props.icon} ${props.label}` : props.label;
      setMarkdown(this._label, label, { inline: true });
    }
    this.el.dataset.visibility = props.label_visibility ?? 'visible';
    updateHelp(this._help, props.help);
    setText(this._value, formatWith(props.format, props.number) ?? props.value);
    this.el.classList.toggle('hw-bordered', Boolean(props.border));

    const deltaText = formatWith(props.format, props.delta_number) ?? props.delta;
    this._delta.hidden = !deltaText;
    this._delta.dataset.color = props.color;
    const direction = props.delta_arrow === 'auto' || !props.delta_arrow ? props.direction : props.delta_arrow;
    this._delta.replaceChildren(
      ...(direction in _arrows ? [_arrow(direction)] : []),
      h('span', { text: deltaText }),
    );
    setText(this._description, props.delta_description ?? '');
    this._description.hidden = !props.delta_description;

    if (!equal(props.chart_data, prev.chart_data) || props.chart_type !== prev.chart_type || props.color !== prev.color) {
      this._chart.replaceChildren(...(props.chart_data?.length ? [sparkline(props.chart_data, props.chart_type)] : []));
    }
    this._chart.dataset.color = props.color;
  }
}

function _arrow(direction) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'hw-metric-arrow');
  svg.setAttribute('aria-label', direction === 'up' ? 'Up' : 'Down');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', _arrows[direction]);
  svg.append(path);
  return svg;
}
