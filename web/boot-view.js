/**
 * What the visitor sees before the app's first element: the worker's real
 * boot steps with a progress bar, or the boot error and how to fix it.
 */
import { h } from './dom.js';

export class BootView {
  /** @param {HTMLElement} slot */
  constructor(slot) {
    this._slot = slot;
    this._text = h('div', { class: 'hw-boot-text', text: 'Starting…' });
    this._bar = h('div', { class: 'hw-boot-bar' });
    this._progress = h('div', { class: 'hw-boot-track', role: 'progressbar', 'aria-label': 'Loading the app', 'aria-valuemin': 0, 'aria-valuemax': 1 }, [this._bar]);
    slot.replaceChildren(h('div', { class: 'hw-boot', 'data-testid': 'stBootProgress' }, [h('span', { class: 'hw-spinner-icon', 'aria-hidden': 'true' }), this._text, this._progress]));
  }

  /**
   * @param {string} step what the worker is doing, in words
   * @param {number} index this step's number, from 1
   * @param {number} total the number of steps
   */
  progress(step, index, total) {
    this._text.textContent = total ? `${step} (${index}/${total})` : step;
    this._progress.setAttribute('aria-valuemax', String(total || 1));
    this._progress.setAttribute('aria-valuenow', String(index));
    this._bar.style.width = `${total ? (index / total) * 100 : 0}%`;
  }

  /** @param {string} message */
  error(message) {
    this._slot.replaceChildren(
      h('div', { class: 'hw-alert hw-boot-error', 'data-level': 'error', role: 'alert' }, [
        h('strong', { text: 'This app could not start.' }),
        h('div', { class: 'hw-boot-error-message', text: message }),
      ]),
    );
  }

  remove() {
    this._slot.replaceChildren();
  }
}
