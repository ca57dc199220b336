// The app's web worker: boots Python, then reruns the script for every UI event.
// Python posts its own messages while the script runs (through `emit`), so the
// page draws progressively even though the run itself is one synchronous call.

import { APP_DIR, SITE_PACKAGES, loadPackages, loadRuntime, packagesFor, startRuntime, writeFiles } from './boot.js';
import { saveBytecode } from './bytecode.js';
import { appNamespace, loadEntries, removeEntries, writeEntry } from './persist.js';
import { TO_PAGE, TO_WORKER, encodeBytes, reviveBytes, validate } from './protocol.js';
import { RunQueue } from './run-queue.js';

/** @type {Promise<{pyodide: any, bridge: any, lock: any}> | null} */
let session = null;
let written = [];
// The newest page `seq` whose widget values the current run includes (see docs/protocol.md).
let runSeq = 0;
/** @type {Int32Array | null} the page's Stop flag in shared memory (see boot:init) */
let interrupt = null;
/** The address the visitor went to (run:rerun's `location`), for the next run to pick up. */
let pendingLocation = null;
/** Python died in a run (see run:crash); the page replaces this worker. */
let crashed = false;
/** The pycs this boot restored and their key, until the first run's are kept (see bytecode.js). */
let bytecode = null;

/** @param {any} message @param {Transferable[]} [transfer] */
function post(message, transfer = []) {
  postMessage(validate(TO_PAGE, message), transfer);
}

// Boot progress: the step and the byte counts change separately and each message
// carries both; nothing is posted before boot:init, when the page listens.
let progressStep = { step: 'Starting', index: 0, total: 0 };
let progressBytes = {};
let progressShown = false;
function reportProgress() {
  if (progressShown) post({ type: 'boot:progress', ...progressStep, ...progressBytes });
}

// What another worker of the page shares (its compiled wasm and a snapshot of its
// fresh interpreter, see runtime-share.js): the page's first message, boot:runtime.
let receiveShared;
const shared = new Promise((resolve) => { receiveShared = resolve; });

// The runtime starts loading the moment this script runs: worker.js sits beside
// pyodide/ and streamlit.json, so nothing waits for the page to say which app to run.
const runtime = startRuntime(new URL('.', self.location.href).href, (loaded, total) => {
  progressBytes = { bytesLoaded: loaded, bytesTotal: total };
  reportProgress();
}, shared, ({ module, snapshot }) => {
  // As a Blob: the page passes it on by reference, without copying 20 MB on its own thread.
  const source = runtime.kept.restored ? 'kept' : 'booted';
  post({ type: 'boot:runtime', module, snapshot: snapshot && new Blob([snapshot]), source });
});

/**
 * Called by Python with one complete worker→page message.
 * @param {string} json
 * @param {any} buffers a Python list of bytes (a PyProxy), or nothing
 */
function emit(json, buffers) {
  const message = JSON.parse(json);
  let arrays = [];
  if (buffers && buffers.length) arrays = buffers.toJs();
  if (message.type === 'run:start') message.seq = runSeq;
  reviveBytes(message, arrays);
  post(message, arrays.map((a) => a.buffer));
}

async function boot({ files, entrypoint, argv, downloads = {}, bytecode: compiled = null, interruptBuffer = null, restore = null, page = '', query = '', context = {} }) {
  const progress = (step, index, total) => {
    progressStep = { step, index, total };
    reportProgress();
  };
  progressShown = true;
  const stored = storedCache(files); // read while Pyodide boots
  const { pyodide, lock, total, bytecode: restored } = await loadRuntime(runtime, downloads, progress, compiled);
  bytecode = restored;
  if (interruptBuffer) {
    interrupt = interruptBuffer;
    pyodide.setInterruptBuffer(interruptBuffer);
  }
  written = writeFiles(pyodide, files);
  // The packages load (their wheels were downloaded with the runtime) while the shim
  // is imported below; both take about a second.
  const packages = packagesFor(pyodide, lock, entrypoint);
  const loading = packages.length ? loadPackages(pyodide, packages) : Promise.resolve([]);
  if (packages.length) progress(`Loading ${packages.join(', ')}`, 3, total);
  const bridge = pyodide.pyimport('streamlit._bridge');
  for (const error of await loading) console.warn(`headwater: ${error}`);
  progress('Starting the app', total, total);
  bridge.start(`${APP_DIR}/${entrypoint}`, argv, emit, JSON.stringify({ page, query, context }));
  if (interrupt) {
    // Sleeps on the Stop flag itself, so Stop wakes a sleeping script at once.
    bridge.set_interrupt_wait((seconds) => {
      Atomics.wait(interrupt, 0, 0, seconds * 1000);
      return Atomics.exchange(interrupt, 0, 0) !== 0;
    });
  }
  if (restore?.state) {
    const skipped = bridge.restore_state(restore.state).toJs();
    if (skipped.length) console.warn(`headwater: session state not restored after Stop: ${skipped.join(', ')}`);
  }
  enablePersistence(bridge, await stored);
  post({ type: 'boot:ready' });
  return { pyodide, bridge, lock, entrypoint };
}

async function replaceFiles(booted, files) {
  const { pyodide, bridge, lock, entrypoint } = await booted;
  written = writeFiles(pyodide, files, written);
  const stored = storedCache(files);
  await loadPackages(pyodide, packagesFor(pyodide, lock, entrypoint));
  bridge.files_changed();
  enablePersistence(bridge, await stored);
}

/** @param {Record<string, string | object>} files */
async function storedCache(files) {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const namespace = await appNamespace(files);
    const entries = await loadEntries(namespace);
    return entries && { namespace, entries };
  } catch (error) {
    // crypto.subtle only exists in secure contexts (https, localhost).
    console.warn(`headwater: st.cache_data keeps values in memory only (${error})`);
    return null;
  }
}

function enablePersistence(bridge, stored) {
  if (!stored) return;
  const { namespace, entries } = stored;
  bridge.enable_persistence(
    entries,
    (id, storedAt, bytes) => writeEntry(namespace, id, storedAt, bytes.toJs()),
    (prefix) => removeEntries(namespace, prefix),
  );
}

const queue = new RunQueue(async ({ seq, widgets, triggers, fragment }) => {
  const { pyodide, bridge } = await session;
  if (crashed) return;
  runSeq = Math.max(runSeq, seq);
  // A Stop pressed after the previous run ended must not stop this one.
  if (interrupt) Atomics.store(interrupt, 0, 0);
  try {
    // Picked files ride as bytes beside the JSON (see encodeBytes), copied into Python once.
    const { json, buffers } = encodeBytes(widgets);
    // A chat input's trigger carries the files attached to the message.
    const { json: triggersJson } = encodeBytes(triggers, buffers);
    const files = pyodide.toPy(buffers);
    try {
      const location = pendingLocation && JSON.stringify(pendingLocation);
      pendingLocation = null;
      const rerun = (again) => bridge.rerun.callKwargs(json, triggersJson, { buffers: files, fragment, location_json: location, again });
      // Dataframes are written without pyarrow when their types allow; pyarrow (4.5 s to
      // load) loads only when a run stops for it, and the run starts over with the same values.
      if (rerun(false) === 'needs_package') {
        for (const error of await loadPackages(pyodide, [bridge.needed_package()])) console.warn(`headwater: ${error}`);
        rerun(true);
      }
    } finally {
      files.destroy();
    }
    saveState(bridge);
    if (bytecode?.key) keepBytecode(pyodide);
    if (runtime.kept.pending) keepSnapshot();
    setTimeout(() => refreshCaches(pyodide, bridge));
  } catch (error) {
    reportFailure(pyodide, error);
  }
});

/**
 * Stale values that `refresh_mode="background"` caches served are recomputed after
 * the run, in a task of its own so a rerun already asked for goes first.
 */
function refreshCaches(pyodide, bridge) {
  if (crashed || queue.size) return;
  try {
    bridge.refresh_caches();
  } catch (error) {
    reportFailure(pyodide, error);
  }
}

/** An error escaped Python: the page replaces a worker whose Python died (a stack overflow in C code, os._exit). */
function reportFailure(pyodide, error) {
  console.error(`headwater worker: ${error}`);
  if (alive(pyodide)) return;
  crashed = true;
  post({ type: 'run:crash', message: crashMessage(error) });
}

/** Whether Python still runs after an error escaped a run. */
function alive(pyodide) {
  try {
    pyodide.runPython('None');
    return true;
  } catch {
    return false;
  }
}

/** @param {any} error what killed Python */
function crashMessage(error) {
  const text = String((error && error.message) || error);
  if (/call stack|too much recursion/i.test(text)) {
    return 'The script nested too deeply for the browser (the stack overflowed), for example by '
      + 'printing, encoding or comparing deeply nested data.';
  }
  const exit = /exit\((-?\d+)\)/.exec(text);
  if (exit) return `The script ended Python itself (exit code ${exit[1]}).`;
  if (/memory/i.test(text)) return 'Python ran out of memory: the browser could not give it more.';
  return `Python stopped working: ${text}`;
}

/** After the first run, in a task of its own: keep the snapshot of Python this worker made. */
function keepSnapshot() {
  setTimeout(() => runtime.kept.flush().catch((error) => {
    console.warn(`headwater: Python's snapshot not kept for the next visit (${error})`);
  }));
}

/** After the first run, in a task of its own: keep the pycs it made Python write. */
function keepBytecode(pyodide) {
  const { key, files } = bytecode;
  bytecode = null;
  setTimeout(() => saveBytecode(pyodide, key, SITE_PACKAGES, files).catch((error) => {
    console.warn(`headwater: compiled Python not kept for the next visit (${error})`);
  }));
}

/**
 * Send the page the session state as the next run starts from it, so that a
 * Stop which has to restart the worker loses nothing committed (state:saved).
 */
function saveState(bridge) {
  const pickled = bridge.snapshot_state();
  const state = pickled.toJs();
  pickled.destroy();
  post({ type: 'state:saved', seq: runSeq, state }, [state.buffer]);
}

self.onmessage = ({ data }) => {
  try {
    validate(TO_WORKER, data);
  } catch (error) {
    console.error(`headwater worker: ${error.message}`);
    return;
  }
  if (data.type === 'boot:runtime') {
    receiveShared(data.module ? data : null);
  } else if (data.type === 'boot:init') {
    session = boot(data);
    session.then(
      // After a Stop the new worker waits for the visitor, as Streamlit does.
      () => data.restore || queue.push({}),
      (error) => {
        // A Python from a kept snapshot that cannot boot the app: the next visit starts afresh.
        if (runtime.kept.restored) runtime.kept.drop().catch(() => {});
        post({ type: 'boot:error', message: bootFailure(error) });
      },
    );
  } else if (!session) {
    console.error(`headwater worker: ${data.type} before boot:init`);
  } else if (data.type === 'run:rerun') {
    // Coalesced reruns keep the newest address (see docs/protocol.md).
    if (data.location) pendingLocation = data.location;
    queue.push(data);
  } else if (data.type === 'download:request') {
    answerDownload(data);
  } else if (data.type === 'app:files') {
    // Applied before any rerun the page asks for next: the queue waits on `session`.
    const booted = session;
    session = replaceFiles(booted, data.files)
      .catch((error) => console.error(`headwater worker: could not apply the new files: ${error}`))
      .then(() => booted);
  }
};

/** Runs a download button's `data` callable (between runs: a run holds the thread while it lasts). */
async function answerDownload({ requestId, widgetId }) {
  const { bridge } = await session;
  const answer = bridge.download(widgetId);
  const [data, fileName, mime, error] = answer.toJs();
  answer.destroy();
  post({ type: 'download:data', requestId, data: data ?? null, fileName, mime, error: error ?? null }, data ? [data.buffer] : []);
}

/** @param {any} error */
function bootFailure(error) {
  const text = String((error && error.message) || error);
  if (/WebAssembly|wasm/i.test(text)) {
    return `Python (Pyodide) could not start: ${text}. The server must send .wasm files as application/wasm.`;
  }
  if (/fetch|import|Failed to load|HTTP/i.test(text)) {
    return `A runtime file could not be loaded: ${text}. Check that the site's headwater/ folder was uploaded whole.`;
  }
  return `Python could not start: ${text}`;
}
