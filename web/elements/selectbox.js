/**
 * `st.selectbox`: a native `<select>`, which is a combobox with options to
 * assistive tech and to Playwright's `select_option`, and gets keyboard
 * type-ahead for free. Styled like Streamlit's. Sends the chosen index.
 */
import { h, uid, equal } from '../dom.js';
import { Label } from './label.js';
import { Widget } from './widget.js';

export class Selectbox extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-selectbox');
    const selectId = uid('select');
    this._label = new Label(props, selectId);
    this._select = h('select', { id: selectId, class: 'hw-input hw-select-input' });
    /** Shown while nothing is chosen (`value` null); never choosable itself. */
    this._placeholder = h('option', { value: '', disabled: true, hidden: true });
    this._select.addEventListener('change', () => this._send(Number(this._select.value)));
    this.el.append(
      this._label.el,
      h('div', { class: 'hw-select' }, [this._select, h('span', { class: 'hw-select-arrow', 'aria-hidden': 'true' })]),
    );
    this._setOptions(props.options);
    this._show(props.value);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this._select.disabled = Boolean(props.disabled);
    this._placeholder.textContent = props.placeholder ?? 'Choose an option';
    const optionsChanged = !equal(props.options, prev.options);
    if (optionsChanged) this._setOptions(props.options);
    if (this._takesValue(props, prev) || optionsChanged) this._show(props.value);
  }

  _setOptions(options) {
    this._select.replaceChildren(
      this._placeholder,
      ...options.map((label, index) => h('option', { value: index, text: label })),
    );
  }

  _show(index) {
    this._select.value = index == null ? '' : String(index);
  }
}
