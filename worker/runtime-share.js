// Pyodide for this worker, from a snapshot of a fresh interpreter when there is one:
// the memory of a Python taken the moment it was up, before any package, Headwater's
// shim or app code touched it. Restoring it into a new instance of the wasm skips
// Python's own start-up (about a second here). The snapshot comes from the page,
// which has it from its first worker, with that worker's compiled module (no compile
// either); or, for the first worker, from this browser's last visit. Each app still
// has a memory, and so a Python, of its own (see web/runtime-share.js for why one
// interpreter cannot serve several apps).

import { Store } from './store.js';

/** @typedef {{module: WebAssembly.Module, snapshot: Uint8Array | null}} SharedRuntime */
/** @typedef {{module: WebAssembly.Module, snapshot: Blob | null}} PageRuntime what boot:runtime carries */

const snapshots = new Store('headwater-runtime', 'snapshot');
/** Part of the key: a change to how Headwater boots Pyodide makes kept snapshots stale. */
const SNAPSHOT_FORMAT = 1;

/**
 * The snapshot this browser keeps across visits: one, for one Pyodide build. It is
 * written after the app's first run (`flush`), not while the app boots; storage
 * that fails only costs the speed-up.
 */
export class KeptSnapshot {
  /** @param {Promise<any>} lock pyodide-lock.json */
  constructor(lock) {
    this._key = lock.then(({ info = {} }) => `${info.version}:${info.python}:${info.platform}:${SNAPSHOT_FORMAT}`);
    this._key.catch(() => {});
    /** @type {Uint8Array|null} made by this worker, not written yet */
    this._made = null;
    /** Whether this worker's Python came from the kept snapshot. */
    this.restored = false;
  }

  /** @returns {Promise<Uint8Array|null>} */
  async load() {
    if (typeof indexedDB === 'undefined') return null;
    try {
      const key = await this._key;
      return (await snapshots.request('readonly', (store) => store.get(key))) ?? null;
    } catch (error) {
      console.warn(`headwater: no kept snapshot of Python (${error})`);
      return null;
    }
  }

  /** Whether a snapshot made by this worker waits for `flush`. */
  get pending() {
    return this._made !== null;
  }

  /** @param {Uint8Array} snapshot made by this worker: written by the next `flush` */
  remember(snapshot) {
    this._made = snapshot;
  }

  /** Write what `remember` was given, replacing any other build's snapshot. */
  async flush() {
    const snapshot = this._made;
    this._made = null;
    if (!snapshot || typeof indexedDB === 'undefined') return;
    await snapshots.putOnly(snapshot, await this._key);
  }

  /** The kept snapshot would not restore, or gave a Python that could not boot: forget it. */
  async drop() {
    if (typeof indexedDB === 'undefined') return;
    const key = await this._key;
    await snapshots.request('readwrite', (store) => store.delete(key));
  }
}

/**
 * @param {string} indexURL Pyodide's folder
 * @param {Promise<PageRuntime | null>} shared what the page gives this worker (see boot:runtime)
 * @param {(runtime: SharedRuntime) => void} onBooted given what this worker has to share,
 *   when the page gave it nothing: its module, and the snapshot it made or restored
 *   from this browser (`kept.restored` says which)
 * @param {KeptSnapshot} kept
 */
export async function bootPyodide(indexURL, shared, onBooted, kept) {
  const [{ loadPyodide }, given] = await Promise.all([import(/* @vite-ignore */ indexURL + 'pyodide.mjs'), shared]);
  const boot = (module, options) => load(loadPyodide, indexURL, module, options);
  if (given?.snapshot) {
    const restored = await restore(boot, given.module, new Uint8Array(await given.snapshot.arrayBuffer()), "the page's");
    if (restored) return restored.pyodide;
  } else if (!given) {
    const snapshot = await kept.load();
    const restored = snapshot && await restore(boot, null, snapshot, "this browser's");
    if (restored) {
      kept.restored = true;
      onBooted({ module: restored.module, snapshot });
      return restored.pyodide;
    }
    if (snapshot) kept.drop().catch(() => {});
  }
  const { pyodide, module } = await boot(given?.module ?? null, { _makeSnapshot: true });
  let snapshot = null;
  try {
    snapshot = pyodide.makeMemorySnapshot();
    kept.remember(snapshot);
  } catch (error) {
    console.warn(`headwater: other apps of this page start Python afresh (${error})`);
  }
  realJsModule(pyodide);
  onBooted({ module, snapshot });
  return pyodide;
}

/**
 * To take a snapshot, Pyodide gives Python a `js` module behind a proxy that records
 * which globals Python reaches; through it, getters such as `js.location` or
 * `js.performance` throw "Illegal invocation". The snapshot taken, `js` is the real
 * global again (a restored Python has the real one already).
 * @param {any} pyodide
 */
function realJsModule(pyodide) {
  pyodide.runPython("import sys\nsys.modules.pop('js', None)");
  pyodide.registerJsModule('js', globalThis);
  if (pyodide._api?.config) pyodide._api.config.jsglobals = globalThis;
}

/**
 * A Python restored from `snapshot` (and the module it runs), or null (logged) when it
 * would not restore.
 * @param {(module: WebAssembly.Module | null, options: object) => ReturnType<typeof load>} boot
 * @param {WebAssembly.Module | null} module
 * @param {Uint8Array} snapshot
 * @param {string} whose for the message
 */
async function restore(boot, module, snapshot, whose) {
  try {
    const restored = await boot(module, { _loadSnapshot: snapshot });
    // Pyodide's start-up imports `random`, seeded from entropy: the snapshot holds the
    // state of the Python it was taken from, which this one would otherwise repeat.
    restored.pyodide.runPython('import random; random.seed()');
    return restored;
  } catch (error) {
    console.warn(`headwater: starting Python afresh, as ${whose} snapshot of it failed (${error})`);
    return null;
  }
}

/**
 * `loadPyodide`, instantiating `module` when given one. Pyodide instantiates its
 * wasm with `WebAssembly.instantiateStreaming`, once; that call is taken over for
 * the boot. Pyodide swallows a failed instantiation and never settles: the boot
 * rejects then, with the reason (a .wasm served with the wrong type, say).
 * @param {Function} loadPyodide
 * @param {string} indexURL
 * @param {WebAssembly.Module | null} module
 * @param {object} options
 * @returns {Promise<{pyodide: any, module: WebAssembly.Module}>} with the module instantiated
 */
async function load(loadPyodide, indexURL, module, options) {
  let instantiated = module;
  const compile = WebAssembly.instantiateStreaming;
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  WebAssembly.instantiateStreaming = async (source, imports) => {
    WebAssembly.instantiateStreaming = compile; // packages' wasm is theirs
    if (module) {
      try {
        const instance = await WebAssembly.instantiate(module, imports);
        Promise.resolve(source).then((response) => response.body?.cancel()).catch(() => {});
        return { module, instance };
      } catch (error) {
        console.warn(`headwater: compiling Python's runtime here, as the page's copy failed (${error})`);
      }
    }
    try {
      const result = await compile(source, imports);
      instantiated = result.module;
      return result;
    } catch (error) {
      fail(error);
      throw error;
    }
  };
  try {
    const pyodide = await Promise.race([loadPyodide({ indexURL, fullStdLib: false, ...options }), failed]);
    return { pyodide, module: instantiated };
  } finally {
    WebAssembly.instantiateStreaming = compile;
  }
}
