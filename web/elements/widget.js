/**
 * What every widget view shares: its id, the channel back to the script, the
 * rule for when a value from the script overwrites what the page shows, and
 * forms: inside an `st.form` a change is held by the form until it is
 * submitted (see form.js), instead of rerunning the script.
 */
import { h, equal } from '../dom.js';
import { queryValue } from './bound-query.js';

/**
 * @typedef {object} RenderContext
 * @property {(widgetId: string, value: any) => number} send  queue a value change (a rerun);
 *   returns the `seq` of the rerun that will carry it
 * @property {(widgetId: string) => void} trigger  queue a one-shot trigger (a button press)
 * @property {() => number} runSeq  `seq` of the newest rerun the current run includes
 * @property {(widgetId: string) => Promise<{data: Uint8Array|null, fileName: string, mime: string, error: string|null}>} requestDownload
 *   runs a download button's `data` callable in the worker
 * @property {(key: string, value: string|string[]|null, held: boolean) => void} [writeQuery]  set
 *   (null: remove) one query parameter of the address in place; `held`: no run has the change yet
 *
 * @typedef {object} FormView  what a widget needs of the form it is in
 * @property {(widget: Widget, value: any) => void} hold
 * @property {boolean} submitsOnEnter  whether Enter in a text field submits (`enter_to_submit`)
 * @property {() => void} submitFromKeyboard  submit, if Enter may
 */

/**
 * Changes of `on_change="ignore"` widgets, per page (render context): they
 * cause no rerun, and ride with the next one a widget asks for.
 * @type {WeakMap<RenderContext, Map<Widget, any>>}
 */
const _waiting = new WeakMap();
/** @type {WeakMap<RenderContext, RenderContext>} */
const _contexts = new WeakMap();

/** The context widgets use: the page's, sending waiting changes before any rerun it asks for. */
export function widgetContext(ctx) {
  let wrapped = _contexts.get(ctx);
  if (!wrapped) {
    const waiting = new Map();
    const release = () => {
      const held = [...waiting];
      waiting.clear();
      for (const [widget, value] of held) widget._submitted(ctx.send(widget.id, value));
    };
    wrapped = Object.create(ctx);
    wrapped.send = (...args) => (release(), ctx.send(...args));
    wrapped.trigger = (...args) => (release(), ctx.trigger(...args));
    _waiting.set(wrapped, waiting);
    _contexts.set(ctx, wrapped);
  }
  return wrapped;
}

/** Widget element → view, so a form can find the widgets inside it. */
const _views = new WeakMap();
/** Form element → form view. */
const _forms = new WeakMap();

/** Called by a form view so the widgets inside `el` find it. */
export function registerForm(el, form) {
  _forms.set(el, form);
}

/** @returns {FormView|undefined} the form `el` is drawn in */
export function formOf(el) {
  const formEl = el.parentElement?.closest('.hw-form');
  return formEl ? _forms.get(formEl) : undefined;
}

/** @returns {Widget[]} the widget views drawn inside `el` */
export function widgetsIn(el) {
  return [...el.querySelectorAll('.hw-widget')].map((node) => _views.get(node)).filter(Boolean);
}

/** Applies a `width` prop: "stretch", "content" or pixels (never wider than the container). */
export function applyWidth(el, width) {
  el.style.width = typeof width === 'number' ? `${width}px` : width === 'content' ? 'fit-content' : '';
  el.style.maxWidth = width === 'stretch' || width == null ? '' : '100%';
}

export class Widget {
  /**
   * @param {string} id the widget id
   * @param {RenderContext} ctx
   * @param {string} className
   */
  constructor(id, ctx, className) {
    this.id = id;
    this._ctx = widgetContext(ctx);
    /** The value last sent and the `seq` of the rerun carrying it, until a run including it answers. */
    this._pending = null;
    /** The props of the latest run; subclasses set it first thing in `update`. */
    this._props = null;
    this.el = h('div', { class: `hw-widget ${className}` });
    _views.set(this.el, this);
  }

  _send(value) {
    const form = formOf(this.el);
    // A bound widget's change is in the address at once, as in Streamlit, even while held.
    this._writeQuery(value, Boolean(form) || this._props?.rerun === false);
    if (form) {
      // Held until the form is submitted: no run will carry it before then.
      this._pending = { value, seq: Infinity };
      form.hold(this, value);
      return;
    }
    if (this._props?.rerun === false) {
      this._pending = { value, seq: Infinity };
      _waiting.get(this._ctx)?.set(this, value);
      return;
    }
    this._pending = { value, seq: this._ctx.send(this.id, value) };
  }

  /** A held value (form, `on_change="ignore"`) went out with the rerun numbered `seq`. */
  _submitted(seq) {
    if (this._pending?.seq !== Infinity) return;
    this._pending.seq = seq;
    this._writeQuery(this._pending.value, false);
  }

  _writeQuery(value, held) {
    const bind = this._props?.bind;
    if (bind) this._ctx.writeQuery?.(bind.key, queryValue(bind, value, this._props), held);
  }

  /** `clear_on_submit`: show the default again; the form holds it for the next submit. */
  _clearToDefault() {
    const props = this._props;
    if (!props || !('default' in props)) return;
    this._pending = null;
    this.update({ ...props, value: props.default }, { ...props, value: undefined });
    this._send(props.default);
  }

  /**
   * Whether `props.value` should overwrite the DOM. Normally only when the
   * script's value changed since the previous run, so half-typed text and a
   * moved-but-unsent thumb survive reruns caused by other widgets. After the
   * page sent a value, runs that do not include it yet (by `seq`) still carry
   * the old value and are ignored; the first run that includes it wins only
   * if the script changed the value (a callback resetting it, say), so
   * typing or key presses that went on meanwhile are not clobbered by the echo.
   */
  _takesValue(props, prev) {
    if (this._pending) {
      if (this._ctx.runSeq() < this._pending.seq) return false;
      const sent = this._pending.value;
      this._pending = null;
      return !equal(props.value, sent);
    }
    return !equal(props.value, prev.value);
  }
}
