/**
 * `st.slider` and `st.select_slider`: one thumb, or two for a range (`value`
 * is `[lo, hi]`). Each thumb is an ARIA slider. Keys send at once (each press
 * is a rerun); a drag sends on release, as Streamlit does.
 *
 * Dates and times arrive as microseconds since 1970 (UTC) and are shown with
 * a moment.js-style `format`; a select slider moves indices into `options`.
 */
import { h, setAttr, setText } from '../dom.js';
import { formatNumber } from '../format.js';
import { formatDate } from './date-format.js';
import { Label } from './label.js';
import { Widget, applyWidth } from './widget.js';

const TIMELIKE = new Set(['date', 'time', 'datetime']);

export class Slider extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-slider');
    this._props = props;
    this._label = new Label(props);
    this._fill = h('div', { class: 'hw-slider-fill' });
    this._track = h('div', { class: 'hw-slider-track' }, [this._fill]);
    this._min = h('span');
    this._max = h('span');
    /** @type {HTMLElement[]} */
    this._thumbs = [];
    /** @type {number[]} */
    this._values = [];
    /** Index of the thumb being dragged, or -1. */
    this._dragging = -1;
    this._dragStart = null;
    this.el.append(
      this._label.el,
      this._track,
      h('div', { class: 'hw-slider-ticks', 'aria-hidden': 'true' }, [this._min, this._max]),
    );
    this._track.addEventListener('pointerdown', (event) => this._onPointerDown(event));
    this._track.addEventListener('pointermove', (event) => this._onPointerMove(event));
    this._track.addEventListener('pointerup', () => this._onPointerUp());
    this._track.addEventListener('lostpointercapture', () => this._onPointerUp());
    this._track.addEventListener('keydown', (event) => this._onKeyDown(event));
    this._setValues(props.value);
    this._render();
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    if (this._dragging < 0 && this._takesValue(props, prev)) this._setValues(props.value);
    else this._values = this._values.map((value) => this._snap(value));
    this._render();
  }

  _setValues(value) {
    const values = Array.isArray(value) ? value.slice(0, 2) : [value];
    if (values.length !== this._thumbs.length) this._buildThumbs(values.length);
    this._values = values.map((v) => this._snap(Number(v)));
  }

  _buildThumbs(count) {
    for (const thumb of this._thumbs) thumb.remove();
    this._thumbs = Array.from({ length: count }, () =>
      h('div', { class: 'hw-slider-thumb', role: 'slider', 'aria-orientation': 'horizontal' }, [
        h('div', { class: 'hw-slider-value' }),
      ]),
    );
    this._track.append(...this._thumbs);
  }

  _render() {
    const { min, max, disabled } = this._props;
    const span = max - min || 1;
    const percents = this._values.map((value) => ((value - min) / span) * 100);
    const [from, to] = percents.length === 2 ? percents : [0, percents[0]];
    this._fill.style.left = `${from}%`;
    this._fill.style.width = `${to - from}%`;
    this._thumbs.forEach((thumb, i) => {
      const text = this._text(this._values[i]);
      thumb.style.left = `${percents[i]}%`;
      setText(thumb.firstChild, text);
      // A thumb's bounds are the other thumb's value, as in WAI-ARIA's multi-thumb slider.
      setAttr(thumb, 'aria-valuemin', i === 1 ? this._values[0] : min);
      setAttr(thumb, 'aria-valuemax', i === 0 && this._values.length === 2 ? this._values[1] : max);
      setAttr(thumb, 'aria-valuenow', this._values[i]);
      setAttr(thumb, 'aria-valuetext', text);
      setAttr(thumb, 'aria-labelledby', this._label.id);
      setAttr(thumb, 'aria-disabled', disabled && 'true');
      setAttr(thumb, 'tabindex', disabled ? null : 0);
    });
    setText(this._min, this._text(min));
    setText(this._max, this._text(max));
    this.el.classList.toggle('hw-disabled', Boolean(disabled));
    applyWidth(this.el, this._props.width);
  }

  /** How a value reads: the option, the formatted date, or the formatted number. */
  _text(value) {
    const { options, format, data_type: dataType } = this._props;
    if (options) return options[value] ?? '';
    if (TIMELIKE.has(dataType)) return formatDate(format ?? 'YYYY-MM-DD', value / 1000);
    return formatNumber(format, value, dataType);
  }

  /** Rounds to the step grid (anchored at min) and clamps; trims float noise such as 0.30000000000000004. */
  _snap(value) {
    const { min, max, step, data_type: dataType } = this._props;
    let snapped = step > 0 ? min + Math.round((value - min) / step) * step : value;
    snapped = Math.min(max, Math.max(min, snapped));
    if (dataType !== 'float') return Math.round(snapped);
    const decimals = Math.max(_decimals(step), _decimals(min));
    return Number(snapped.toFixed(Math.min(decimals, 15)));
  }

  /** Sets thumb `i` to `value`, keeping a range ordered; returns whether it changed. */
  _move(i, value) {
    let next = this._snap(value);
    if (this._values.length === 2) {
      next = i === 0 ? Math.min(next, this._values[1]) : Math.max(next, this._values[0]);
    }
    if (next === this._values[i]) return false;
    this._values[i] = next;
    this._render();
    return true;
  }

  _value() {
    return this._values.length === 2 ? [...this._values] : this._values[0];
  }

  _onKeyDown(event) {
    const i = this._thumbs.indexOf(/** @type {HTMLElement} */ (event.target));
    if (i < 0 || this._props.disabled) return;
    const { min, max, step } = this._props;
    const big = Math.max(step, (max - min) / 10);
    const current = this._values[i];
    const targets = {
      ArrowRight: current + step, ArrowUp: current + step,
      ArrowLeft: current - step, ArrowDown: current - step,
      PageUp: current + big, PageDown: current - big,
      Home: min, End: max,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    if (this._move(i, targets[event.key])) this._send(this._value());
  }

  _onPointerDown(event) {
    if (this._props.disabled || event.button !== 0) return;
    event.preventDefault();
    const value = this._valueAt(event.clientX);
    this._dragging = this._nearestThumb(value);
    this._dragStart = this._value();
    this._track.setPointerCapture(event.pointerId);
    this._thumbs[this._dragging].focus();
    this._move(this._dragging, value);
  }

  _onPointerMove(event) {
    if (this._dragging >= 0) this._move(this._dragging, this._valueAt(event.clientX));
  }

  _onPointerUp() {
    if (this._dragging < 0) return;
    this._dragging = -1;
    const value = this._value();
    if (String(value) !== String(this._dragStart)) this._send(value);
  }

  _valueAt(clientX) {
    const rect = this._track.getBoundingClientRect();
    const ratio = rect.width ? Math.min(1, Math.max(0, (clientX - rect.left) / rect.width)) : 0;
    return this._props.min + ratio * (this._props.max - this._props.min);
  }

  _nearestThumb(value) {
    if (this._values.length === 1) return 0;
    const [lo, hi] = this._values;
    // Past the high thumb, or on a collapsed range clicked to the right, move the high thumb.
    if (value > hi || (lo === hi && value >= hi)) return 1;
    return Math.abs(value - lo) <= Math.abs(value - hi) ? 0 : 1;
  }
}

function _decimals(number) {
  const text = String(number);
  const exponent = text.match(/e-(\d+)$/);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}
