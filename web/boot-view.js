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
    this._progress = h('div', { class: 'hw-boot-track', role: 'progressbar', 'aria-label': 'Loading the app', 'aria-valuemin': 0, 'aria-valuemax': 100 }, [this._bar]);
    slot.replaceChildren(h('div', { class: 'hw-boot', 'data-testid': 'stBootProgress' }, [h('span', { class: 'hw-spinner-icon', 'aria-hidden': 'true' }), this._text, this._progress]));
  }

  /**
   * @param {string} step what the worker is doing, in words
   * @param {number} index this step's number, from 1
   * @param {number} total the number of steps
   * @param {number} [loaded] bytes downloaded so far
   * @param {number} [size] bytes to download in all, when known
   */
  progress(step, index, total, loaded, size) {
    const steps = total ? ` (${index}/${total})` : '';
    const bytes = size ? ` · ${_megabytes(loaded)} of ${_megabytes(size)} MB` : '';
    this._text.textContent = `${step}${steps}${bytes}`;
    // Downloads are most of the wait, so they fill most of the bar; the steps after them the rest.
    const downloaded = size ? Math.min(loaded / size, 1) : index / (total || 1);
    const done = total ? Math.max(0, index - 1) / total : 0;
    const fraction = 0.75 * downloaded + 0.25 * done;
    this._progress.setAttribute('aria-valuemax', '100');
    this._progress.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
    this._bar.style.width = `${fraction * 100}%`;
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

/** @param {number} bytes */
function _megabytes(bytes) {
  return (bytes / 1e6).toFixed(1);
}
