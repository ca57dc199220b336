/** `st.toggle`: a native checkbox with role="switch", drawn as Streamlit's switch. */
import { h } from '../dom.js';
import { helpIcon, setLabelText, updateHelp } from './label.js';
import { Widget, applyWidth } from './widget.js';
import { applyWrap } from './checkbox.js';

export class Toggle extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-checkbox hw-toggle');
    this._input = h('input', { type: 'checkbox', role: 'switch', class: 'hw-checkbox-input hw-toggle-input' });
    this._text = h('span', { class: 'hw-checkbox-label' });
    this._help = helpIcon(props.help);
    this._input.checked = Boolean(props.value);
    this._input.addEventListener('change', () => this._send(this._input.checked));
    this.el.append(
      h('label', { class: 'hw-checkbox-row' }, [
        this._input,
        h('span', { class: 'hw-toggle-track', 'aria-hidden': 'true' }, [h('span', { class: 'hw-toggle-thumb' })]),
        this._text,
      ]),
      this._help,
    );
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    setLabelText(this._text, props.label);
    this._text.dataset.visibility = props.label_visibility ?? 'visible';
    this._input.disabled = Boolean(props.disabled);
    this.el.classList.toggle('hw-disabled', Boolean(props.disabled));
    updateHelp(this._help, props.help);
    applyWidth(this.el, props.width);
    applyWrap(this.el, this._text, props.wrap);
    if (this._takesValue(props, prev)) this._input.checked = Boolean(props.value);
  }
}
