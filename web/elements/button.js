/** `st.button`: a real `<button>`; a click is a one-shot trigger, not a value. */
import { h, setText } from '../dom.js';
import { Widget } from './widget.js';

export class Button extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-button-widget');
    this._button = h('button', { class: 'hw-button', type: 'button' });
    this._button.addEventListener('click', () => this._ctx.trigger(this.id));
    this.el.append(this._button);
    this.update(props);
  }

  update(props) {
    const button = this._button;
    setText(button, props.label);
    button.dataset.type = props.type ?? 'secondary';
    button.disabled = Boolean(props.disabled);
    button.title = props.help ?? '';
    button.classList.toggle('hw-full-width', Boolean(props.use_container_width));
  }
}
