/**
 * `st.form`: a block that holds the changes of the widgets inside it and
 * sends them all, with the submit button's trigger, in one rerun when the form
 * is submitted (a submit button, or Enter in a text field). The script sees no
 * change before then, exactly as in Streamlit.
 */
import { h, setAttr } from '../dom.js';
import { applyWidth, registerForm, widgetContext, widgetsIn } from './widget.js';

const SUBMIT_BUTTONS = '[data-testid="stFormSubmitButton"]';

export class Form {
  constructor(id, props, ctx) {
    this._ctx = widgetContext(ctx);
    this._props = props;
    /** @type {Map<string, {widget: import('./widget.js').Widget, value: any}>} widget id → held change */
    this._held = new Map();
    this._warning = h('div', { class: 'hw-alert hw-form-warning', 'data-level': 'warning', role: 'alert', hidden: true }, [
      h('div', { class: 'hw-alert-body' }, [
        h('strong', { text: 'Missing Submit Button' }),
        h('p', { text: 'This form has no submit button, which means that user interactions will never be sent to your Streamlit app.' }),
        h('p', {}, ['To create a submit button, use the ', h('code', { text: 'st.form_submit_button()' }), ' function.']),
      ]),
    ]);
    this.el = h('div', { class: 'hw-block hw-form', 'data-testid': 'stForm', 'data-layout': 'vertical' }, [this._warning]);
    registerForm(this.el, this);
    // Children come and go as the script reruns; the warning follows whether a submit button is among them.
    this._observer = new MutationObserver(() => this._checkSubmitButton());
    this._observer.observe(this.el, { childList: true, subtree: true });
    this.update(props);
  }

  update(props) {
    this._props = props;
    this.el.classList.toggle('hw-bordered', props.border !== false);
    setAttr(this.el, 'aria-label', `Form ${props.form_id}`);
    setAttr(this.el, 'role', 'form');
    const { height } = props;
    this.el.style.height = typeof height === 'number' ? `${height}px` : '';
    this.el.style.overflowY = typeof height === 'number' ? 'auto' : '';
    this.el.style.flex = height === 'stretch' ? '1 1 auto' : '';
    applyWidth(this.el, props.width);
  }

  destroy() {
    this._observer.disconnect();
  }

  /** A widget inside changed: keep its value until the form is submitted. */
  hold(widget, value) {
    this._held.set(widget.id, { widget, value });
  }

  /** Sends the held changes and the trigger of the submit button `submitterId`, in one rerun. */
  submit(submitterId) {
    const buttons = this._submitButtons();
    // As in Streamlit, one disabled submit button disables the whole form.
    if (buttons.some((button) => button._props?.disabled)) return;
    // Fields with `required` or `validate` check their text first (each marks its own); any failing blocks the submit.
    const checks = widgetsIn(this.el).map((widget) => widget.validForSubmit?.() ?? true);
    if (checks.includes(false)) return;
    const held = [...this._held.values()];
    this._held.clear();
    const seqs = held.map(({ widget, value }) => [widget, this._ctx.send(widget.id, value)]);
    this._ctx.trigger(submitterId);
    for (const [widget, seq] of seqs) widget._submitted(seq);
    if (this._props.clear_on_submit) {
      for (const widget of widgetsIn(this.el)) {
        if (!buttons.includes(widget)) widget._clearToDefault();
      }
    }
  }

  /** Whether Enter in a text or number field submits: `enter_to_submit`, and a button to submit with. */
  get submitsOnEnter() {
    return Boolean(this._props.enter_to_submit) && this._submitButtons().length > 0;
  }

  /** Enter in a text or number field: submit, if the form allows it and can be submitted. */
  submitFromKeyboard() {
    if (!this.submitsOnEnter) return;
    this.submit(this._submitButtons()[0].id);
  }

  _submitButtons() {
    return widgetsIn(this.el).filter((widget) => widget.el.matches(SUBMIT_BUTTONS));
  }

  _checkSubmitButton() {
    this._warning.hidden = Boolean(this.el.querySelector(SUBMIT_BUTTONS));
  }
}
