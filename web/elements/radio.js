/**
 * `st.radio`: native radio inputs in a radiogroup, so arrow keys move the
 * choice (each move is a change, as in Streamlit) and every option has the
 * radio role and its label as name. Sends the chosen index.
 */
import { h, equal, uid } from '../dom.js';
import { Label, setLabelText } from './label.js';
import { Widget, applyWidth } from './widget.js';

export class Radio extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-radio');
    this._name = uid('radio');
    this._label = new Label(props);
    this._group = h('div', { class: 'hw-radio-group', role: 'radiogroup', 'aria-labelledby': this._label.id });
    /** @type {HTMLInputElement[]} */
    this._inputs = [];
    this._group.addEventListener('change', (event) => {
      const index = this._inputs.indexOf(/** @type {HTMLInputElement} */ (event.target));
      if (index >= 0) this._send(index);
    });
    this.el.append(this._label.el, this._group);
    this._build(props);
    this._show(props.value);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    const rebuilt = !equal(props.options, prev.options) || !equal(props.captions, prev.captions);
    if (rebuilt) this._build(props);
    this._group.classList.toggle('hw-horizontal', Boolean(props.horizontal));
    setDisabled(this._inputs, props.disabled);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev) || rebuilt) this._show(props.value);
  }

  _build({ options = [], captions = [] }) {
    const rows = options.map((text, i) => {
      // The option is the radio's name; its caption describes it.
      const textId = uid('radio-text');
      const optionText = h('span', { id: textId });
      setLabelText(optionText, text);
      const captionId = captions[i] ? uid('radio-caption') : null;
      const input = h('input', {
        type: 'radio', name: this._name, class: 'hw-radio-input',
        'aria-labelledby': textId, 'aria-describedby': captionId,
      });
      const row = h('label', { class: 'hw-radio-option' }, [
        input,
        h('span', { class: 'hw-radio-dot', 'aria-hidden': 'true' }),
        h('span', { class: 'hw-radio-text' }, [
          optionText,
          captionId ? h('span', { id: captionId, class: 'hw-radio-caption', text: captions[i] }) : '',
        ]),
      ]);
      return { input, row };
    });
    this._inputs = rows.map((r) => r.input);
    this._group.replaceChildren(...rows.map((r) => r.row));
  }

  _show(index) {
    this._inputs.forEach((input, i) => {
      input.checked = i === index;
    });
  }
}

function setDisabled(inputs, disabled) {
  for (const input of inputs) input.disabled = Boolean(disabled);
}
