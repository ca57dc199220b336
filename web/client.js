/**
 * The page's end of the worker: starts it, checks each message against the
 * protocol (worker/protocol.js, shared with the worker), turns widget changes
 * into reruns, stops runaway scripts, and replaces a worker whose Python died.
 */
import { TO_PAGE, validate } from '../worker/protocol.js';
import { RuntimeShare } from './runtime-share.js';

/**
 * @typedef {Record<string, string|Uint8Array>} Files  path → text or bytes
 * @typedef {{type: string, [field: string]: any}} Message
 * @typedef {{assetsUrl: string, files: Files, entrypoint: string, argv: string[], downloads?: Record<string, number>, bytecode?: string|null,
 *   page?: string, query?: string, context?: object}} BootOptions  `page`, `query`: the address to start at;
 *   `context`: what `st.context` reports (see docs/protocol.md)
 */

/** How long a script may ignore the interrupt (a bare `except:` swallows it) before its worker is replaced. */
const STOP_GRACE_MS = 1500;
/** Pyodide's interrupt buffer takes a signal number: SIGINT raises KeyboardInterrupt. */
const SIGINT = 2;

export class Client {
  /**
   * @param {URL} workerUrl
   * @param {(message: Message) => void} onMessage receives only valid worker → page messages
   * @param {{onRestart?: () => void}} [hooks] `onRestart`: a Stop is replacing the worker
   *   (a new one boots; no run follows until the next rerun)
   */
  constructor(workerUrl, onMessage, { onRestart = () => {} } = {}) {
    this._workerUrl = workerUrl;
    this._onMessage = onMessage;
    this._onRestart = onRestart;
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
    /** Widget values sent since the worker's last saved state: a restarted worker gets them again. */
    this._sent = [];
    /** The worker's last `state:saved`: {seq, state}. */
    this._saved = null;
    this._running = false;
    /** @type {ReturnType<typeof setTimeout>|undefined} */
    this._stopTimer = undefined;
    /** @type {BootOptions|null} */
    this._boot = null;
    /** Messages sent before boot(), delivered after boot:init. */
    this._early = [];
    /** Unanswered download:request ids → their promise's resolve. */
    this._downloads = new Map();
    this._downloadId = 0;
    // Where the page is cross-origin isolated, Stop raises KeyboardInterrupt in the
    // running script through shared memory; elsewhere it replaces the worker.
    this._interrupt = globalThis.crossOriginIsolated && typeof SharedArrayBuffer === 'function'
      ? new Int32Array(new SharedArrayBuffer(4)) : null;
    this._shared = new RuntimeShare(workerUrl);
    this._worker = this._startWorker();
  }

  /** Whether a Stop can interrupt the script in place (else it restarts the worker). */
  get interruptible() {
    return this._interrupt !== null;
  }

  /** @param {BootOptions} app */
  boot({ assetsUrl, files, entrypoint, argv, downloads = {}, bytecode = null, page = '', query = '', context = {} }) {
    this._boot = { assetsUrl, files, entrypoint, argv, downloads, bytecode, page, query, context };
    this._worker.postMessage({ type: 'boot:init', ...this._boot, interruptBuffer: this._interrupt });
    for (const message of this._early.splice(0)) this._worker.postMessage(message);
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

  /**
   * Queues a one-shot trigger (a button press; a chat input's trigger carries its text);
   * a second press of the same button is a rerun of its own.
   */
  trigger(widgetId, value = true, fragment = null) {
    if (this._triggers[widgetId]) this._flush();
    this._scope(fragment);
    this._triggers[widgetId] = value;
    this._scheduleFlush();
  }

  /**
   * Asks the worker to run a download button's `data` callable.
   * @param {string} widgetId
   * @returns {Promise<{data: Uint8Array|null, fileName: string, mime: string, error: string|null}>}
   */
  requestDownload(widgetId) {
    const requestId = ++this._downloadId;
    this._post({ type: 'download:request', requestId, widgetId });
    return new Promise((resolve) => this._downloads.set(requestId, resolve));
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
    if (this._boot) this._boot.files = files;
    this._post({ type: 'app:files', files });
  }

  /**
   * Stops the running script: a KeyboardInterrupt where the page is cross-origin
   * isolated (the run ends with status "stopped"); otherwise, or if the script
   * ignores the interrupt, a new worker replaces this one, with the session
   * state saved after the last run and the widget values sent since.
   */
  stop() {
    if (!this._running) return;
    if (!this._interrupt) return this._restart();
    Atomics.store(this._interrupt, 0, SIGINT);
    Atomics.notify(this._interrupt, 0); // wakes a script sleeping on the buffer
    clearTimeout(this._stopTimer);
    this._stopTimer = setTimeout(() => this._running && this._restart(), STOP_GRACE_MS);
  }

  /** Messages for the worker wait for boot:init, which the page may send a moment after mounting. */
  _post(message) {
    if (this._boot) this._worker.postMessage(message);
    else this._early.push(message);
  }

  terminate() {
    clearTimeout(this._stopTimer);
    this._shared.release(this._worker);
    this._shared.leave();
    this._worker.terminate();
  }

  _startWorker() {
    const worker = new Worker(this._workerUrl, { type: 'module' });
    // Its first message: what another worker of the page shares of Pyodide, if anything.
    this._shared.runtimeFor(worker).then((runtime) => worker.postMessage({ type: 'boot:runtime', module: null, snapshot: null, ...runtime }));
    worker.addEventListener('message', (event) => worker === this._worker && this._receive(event.data));
    worker.addEventListener('error', (event) => {
      if (worker !== this._worker) return;
      this._shared.release(worker);
      // A worker that cannot load fires a bare error event; before boot:ready
      // that is a boot failure the visitor must see, afterwards a bug report.
      if (this._ready) return console.error('Headwater worker:', event.message);
      event.preventDefault();
      this._onMessage({
        type: 'boot:error',
        message: event.message || `Could not start the Headwater worker from ${this._workerUrl}. Check that worker.js is served next to headwater.js.`,
      });
    });
    return worker;
  }

  _restart() {
    clearTimeout(this._stopTimer);
    this._shared.release(this._worker);
    this._worker.terminate();
    if (this._interrupt) Atomics.store(this._interrupt, 0, 0); // or the new worker's boot is interrupted
    this._ready = false;
    this._running = false;
    // The values the stopped worker had not saved yet ride with the next rerun; its
    // pending button presses are dropped, as Stop means stop.
    const unsaved = Object.assign({}, ...this._sent.map((sent) => sent.widgets));
    this._widgets = { ...unsaved, ...this._widgets };
    this._triggers = {};
    this._fragment = null; // the new worker has run nothing yet: its first run is the whole app
    this._onRestart();
    // The stopped worker will not answer: its downloads fail.
    for (const resolve of this._downloads.values()) resolve({ data: null, fileName: '', mime: '', error: 'Failed to generate file for download' });
    this._downloads.clear();
    this._worker = this._startWorker();
    const restore = { state: this._saved?.state ?? null };
    this._worker.postMessage({ type: 'boot:init', ...this._boot, interruptBuffer: this._interrupt, restore });
  }

  _receive(message) {
    try {
      validate(TO_PAGE, message);
    } catch (error) {
      console.warn(`Headwater: ignored a worker message: ${error.message}`, message);
      return;
    }
    switch (message.type) {
      case 'boot:runtime':
        this._shared.offer({ module: message.module, snapshot: message.snapshot });
        return;
      case 'boot:ready':
        this._ready = true;
        this._shared.release(this._worker);
        break;
      case 'boot:error':
        this._shared.release(this._worker);
        break;
      case 'run:start':
        this._running = true;
        break;
      case 'run:finish':
        this._running = false;
        clearTimeout(this._stopTimer);
        break;
      case 'run:crash':
        // Python died in the run: say so, then start a new one with the last saved state.
        this._onMessage(message);
        this._restart();
        return;
      case 'state:saved':
        this._saved = { seq: message.seq, state: message.state };
        this._sent = this._sent.filter((sent) => sent.seq > message.seq);
        return;
      case 'download:data':
        this._downloads.get(message.requestId)?.(message);
        this._downloads.delete(message.requestId);
        return;
    }
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
    if (Object.keys(this._widgets).length) this._sent.push({ seq: this._seq, widgets: this._widgets });
    const fragment = this._fragment ? { fragment: this._fragment } : {};
    const location = this._location ? { location: this._location } : {};
    this._post({ type: 'run:rerun', seq: this._seq, widgets: this._widgets, triggers: this._triggers, ...fragment, ...location });
    this._widgets = {};
    this._triggers = {};
    this._location = null;
    this._fragment = undefined;
  }
}
