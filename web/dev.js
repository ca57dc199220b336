/**
 * Dev mode: Streamlit's "Source file changed." banner, and the dev server's
 * change feed that drives it.
 */
import { h } from './dom.js';

/** The dev server's feed; each event's data is the new app JSON. */
const EVENTS_URL = '/__headwater/events';

export class SourceBanner {
  /**
   * @param {HTMLElement} slot where the banner shows (top right)
   * @param {string} storageKey sessionStorage key remembering "Always rerun" for this app
   * @param {(files: import('./client.js').Files) => void} apply sets the files and reruns
   */
  constructor(slot, storageKey, apply) {
    this._storageKey = storageKey;
    this._apply = apply;
    /** The newest files, waiting for the visitor to choose. */
    this._files = null;
    const rerun = h('button', { type: 'button', class: 'hw-button', text: 'Rerun' });
    const always = h('button', { type: 'button', class: 'hw-button', text: 'Always rerun' });
    rerun.addEventListener('click', () => this._applyPending());
    always.addEventListener('click', () => {
      _storage()?.setItem(this._storageKey, '1');
      this._applyPending();
    });
    this._slot = slot;
    // In the page only while shown, so "Source file changed." is nowhere in its text otherwise.
    this._el = h('div', { class: 'hw-banner', role: 'status', 'data-testid': 'stSourceChanged' }, [
      h('span', { text: 'Source file changed.' }),
      rerun,
      always,
    ]);
  }

  /** @param {import('./client.js').Files} files the app's new files */
  sourceChanged(files) {
    this._files = files;
    if (_storage()?.getItem(this._storageKey) === '1') this._applyPending();
    else this._slot.append(this._el);
  }

  _applyPending() {
    this._el.remove();
    const files = this._files;
    this._files = null;
    if (files) this._apply(files);
  }
}

/**
 * Listens to the dev server's change feed.
 * @param {(app: {files: import('./client.js').Files}) => void} onApp
 * @returns {() => void} stops listening
 */
export function watchSource(onApp) {
  const source = new EventSource(EVENTS_URL);
  source.addEventListener('message', (event) => {
    let app;
    try {
      app = JSON.parse(event.data);
    } catch {
      return console.warn('Headwater: the dev server sent an unreadable app', event.data);
    }
    onApp(app);
  });
  return () => source.close();
}

/** sessionStorage, or null where it is blocked (sandboxed iframes, some privacy modes). */
function _storage() {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}
