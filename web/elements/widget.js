/**
 * What every widget view shares: its id, the channel back to the script, and
 * the rule for when a value from the script overwrites what the page shows.
 */
import { h, equal } from '../dom.js';

/**
 * @typedef {object} RenderContext
 * @property {(widgetId: string, value: any) => number} send  queue a value change (a rerun);
 *   returns the `seq` of the rerun that will carry it
 * @property {(widgetId: string) => void} trigger  queue a one-shot trigger (a button press)
 * @property {() => number} runSeq  `seq` of the newest rerun the current run includes
 */

export class Widget {
  /**
   * @param {string} id the widget id
   * @param {RenderContext} ctx
   * @param {string} className
   */
  constructor(id, ctx, className) {
    this.id = id;
    this._ctx = ctx;
    /** The value last sent and the `seq` of the rerun carrying it, until a run including it answers. */
    this._pending = null;
    this.el = h('div', { class: `hw-widget ${className}` });
  }

  _send(value) {
    this._pending = { value, seq: this._ctx.send(this.id, value) };
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
