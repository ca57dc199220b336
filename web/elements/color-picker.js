/**
 * `st.color_picker`: the browser's own color input (keyboard-usable, with
 * its label as name) drawn as Streamlit's swatch, and the hex value beside it.
 * Sends on `change`, which fires once the choice is made, not while dragging.
 */
import { h, setText, uid } from '../dom.js';
import { Label } from './label.js';
import { Widget, applyWidth } from './widget.js';

export class ColorPicker extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-color-picker');
    const inputId = uid('color');
    this._label = new Label(props, inputId);
    this._input = h('input', { id: inputId, type: 'color', class: 'hw-color-input' });
    this._hex = h('span', { class: 'hw-color-hex', 'aria-hidden': 'true' });
    this._input.addEventListener('input', () => setText(this._hex, this._input.value));
    this._input.addEventListener('change', () => this._send(this._input.value));
    this.el.append(this._label.el, h('div', { class: 'hw-color-row' }, [this._input, this._hex]));
    this._show(props.value);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this._input.disabled = Boolean(props.disabled);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) this._show(props.value);
  }

  /** Shows a hex color; a 3-digit one is widened, as the color input needs 6 digits. */
  _show(value) {
    const hex = /^#[0-9a-f]{3}$/i.test(value ?? '') ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value ?? '#000000';
    this._input.value = hex;
    setText(this._hex, value ?? hex);
  }
}
