/**
 * The page's end of the worker: starts it, checks each message against the
 * protocol (worker/protocol.js, shared with the worker), and turns widget
 * changes into reruns.
 */
import { TO_PAGE, validate } from '../worker/protocol.js';

/**
 * @typedef {Record<string, string|Uint8Array>} Files  path → text or bytes
 * @typedef {{type: string, [field: string]: any}} Message
 */

export class Client {
  /**
   * @param {URL} workerUrl
   * @param {(message: Message) => void} onMessage receives only valid worker → page messages
   */
  constructor(workerUrl, onMessage) {
    this._onMessage = onMessage;
    this._ready = false;
    /** Changes waiting for the next rerun: widget id → value, and triggered widget ids. */
    this._widgets = {};
    this._triggers = {};
    this._flushScheduled = false;
    /** `seq` of the last `run:rerun` sent. */
    this._seq = 0;
    /** The fragment the queued changes rerun: undefined while none are queued, null for the whole app. */
    this._fragment = undefined;
    /** The address the visitor went to, for the next rerun to run (see navigate). */
    this._location = null;
    this._worker = new Worker(workerUrl, { type: 'module' });
    this._worker.addEventListener('message', (event) => this._receive(event.data));
    this._worker.addEventListener('error', (event) => {
      // A worker that cannot load fires a bare error event; before boot:ready
      // that is a boot failure the visitor must see, afterwards a bug report.
      if (this._ready) return console.error('Headwater worker:', event.message);
      event.preventDefault();
      this._onMessage({
        type: 'boot:error',
        message: event.message || `Could not start the Headwater worker from ${workerUrl}. Check that worker.js is served next to headwater.js.`,
      });
    });
  }

  /**
   * @param {{assetsUrl: string, files: Files, entrypoint: string, argv: string[], page?: string, query?: string,
   *   context?: object}} app  `page`, `query`: the address to start at; `context`: what `st.context`
   *   reports (see docs/protocol.md)
   */
  boot({ assetsUrl, files, entrypoint, argv, page = '', query = '', context = {} }) {
    this._worker.postMessage({ type: 'boot:init', assetsUrl, files, entrypoint, argv, page, query, context });
  }

  /**
   * Queues a widget's new value; changes in one frame make one rerun.
   * @param {string|null} [fragment] the fragment holding the widget: only it reruns
   * @returns {number} the `seq` of the rerun that will carry the value
   */
  setWidget(widgetId, value, fragment = null) {
    this._scope(fragment);
    this._widgets[widgetId] = value;
    this._scheduleFlush();
    return this._seq + 1;
  }

  /** Queues a one-shot trigger (a button press; a chat input's trigger carries its text). */
  trigger(widgetId, value = true, fragment = null) {
    this._scope(fragment);
    this._triggers[widgetId] = value;
    this._scheduleFlush();
  }

  /** Queues a rerun of one fragment (its `run_every` timer). */
  rerunFragment(fragment) {
    this._scope(fragment);
    this._scheduleFlush();
  }

  /**
   * Runs the page the visitor went to (a link, Back/Forward) now, with any queued changes.
   * @param {{page: string, query: string}} location the address the page now shows
   */
  navigate(location) {
    this._location = location;
    if (this._boot) Object.assign(this._boot, location); // a restarted worker starts there
    this.rerun();
  }

  /** Reruns the whole app now, with whatever changes are queued (often none). */
  rerun() {
    this._fragment = null;
    this._flush();
  }

  /**
   * Changes in one fragment rerun it alone; one outside any fragment reruns the
   * whole app, with every change queued. Changes in another fragment go in a
   * rerun of their own: a timer's rerun must not turn a click into a full run.
   */
  _scope(fragment) {
    const queued = this._fragment;
    if (queued === undefined || queued === fragment) this._fragment = fragment;
    else if (queued === null || fragment === null) this._fragment = null;
    else {
      this._flush();
      this._fragment = fragment;
    }
  }

  /** @param {Files} files */
  setFiles(files) {
    this._worker.postMessage({ type: 'app:files', files });
  }

  terminate() {
    this._worker.terminate();
  }

  _receive(message) {
    try {
      validate(TO_PAGE, message);
    } catch (error) {
      console.warn(`Headwater: ignored a worker message: ${error.message}`, message);
      return;
    }
    if (message.type === 'boot:ready') this._ready = true;
    this._onMessage(message);
  }

  _scheduleFlush() {
    if (this._flushScheduled) return;
    this._flushScheduled = true;
    // A frame is the natural batch; a hidden tab has no frames, so fall back to a task;
    // rerun() may have flushed already.
    const flush = () => this._flushScheduled && this._flush();
    if (document.visibilityState === 'visible') requestAnimationFrame(flush);
    else setTimeout(flush);
  }

  _flush() {
    this._flushScheduled = false;
    this._seq++;
    const fragment = this._fragment ? { fragment: this._fragment } : {};
    const location = this._location ? { location: this._location } : {};
    this._worker.postMessage({ type: 'run:rerun', seq: this._seq, widgets: this._widgets, triggers: this._triggers, ...fragment, ...location });
    this._widgets = {};
    this._triggers = {};
    this._location = null;
    this._fragment = undefined;
  }
}
