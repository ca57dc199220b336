/** `st.checkbox`: a native checkbox (role and name for free) drawn as Streamlit's box. */
import { h } from '../dom.js';
import { helpIcon, setLabelText, updateHelp } from './label.js';
import { Widget, applyWidth } from './widget.js';

/**
 * `wrap`: true lets a long label wrap, false keeps one row with an ellipsis, null
 * lets the layout decide (style.css). A one-row label shows in full as a tooltip.
 */
export function applyWrap(el, text, wrap) {
  el.dataset.wrap = wrap === true ? 'true' : wrap === false ? 'false' : 'auto';
  if (wrap === true) text.removeAttribute('title');
  else text.title = text.textContent;
}

export class Checkbox extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-checkbox');
    this._input = h('input', { type: 'checkbox', class: 'hw-checkbox-input' });
    this._text = h('span', { class: 'hw-checkbox-label' });
    this._help = helpIcon(props.help);
    this._input.checked = Boolean(props.value);
    this._input.addEventListener('change', () => this._send(this._input.checked));
    this.el.append(
      h('label', { class: 'hw-checkbox-row' }, [
        this._input,
        h('span', { class: 'hw-checkbox-box', 'aria-hidden': 'true' }),
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
