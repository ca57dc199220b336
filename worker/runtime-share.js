// Pyodide for this worker, from what the page's first worker shares when it can: its
// compiled wasm module, and a snapshot of its memory taken the moment its interpreter
// was up, before any package, Headwater's shim or app code touched it. Restoring
// that snapshot into a fresh instance of the module skips both the compile and
// Python's own start-up; each app still has a memory, and so a Python, of its own
// (see web/runtime-share.js for why one interpreter cannot serve several apps).

/** @typedef {{module: WebAssembly.Module, snapshot: Uint8Array | null}} SharedRuntime */

/**
 * @param {string} indexURL Pyodide's folder
 * @param {Promise<SharedRuntime | null>} shared what the page gives this worker (see boot:runtime)
 * @param {(runtime: SharedRuntime) => void} onBooted given what this worker compiled and
 *   snapshotted, when it booted Python itself, for the page to pass on
 */
export async function bootPyodide(indexURL, shared, onBooted) {
  const [{ loadPyodide }, given] = await Promise.all([import(/* @vite-ignore */ indexURL + 'pyodide.mjs'), shared]);
  if (given?.snapshot) {
    try {
      const pyodide = await load(loadPyodide, indexURL, given.module, { _loadSnapshot: given.snapshot });
      // Pyodide's start-up imports `random`, seeded from entropy: the snapshot holds the
      // first worker's state, which this Python would otherwise repeat.
      pyodide.runPython('import random; random.seed()');
      return pyodide;
    } catch (error) {
      console.warn(`headwater: starting Python afresh, as the page's snapshot of it failed (${error})`);
    }
  }
  const compiled = {};
  const pyodide = await load(loadPyodide, indexURL, given?.module ?? null, { _makeSnapshot: true }, compiled);
  let snapshot = null;
  try {
    snapshot = pyodide.makeMemorySnapshot();
  } catch (error) {
    console.warn(`headwater: other apps of this page start Python afresh (${error})`);
  }
  onBooted({ module: compiled.module, snapshot });
  return pyodide;
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
 * @param {{module?: WebAssembly.Module}} [compiled] receives the module instantiated
 */
async function load(loadPyodide, indexURL, module, options, compiled = {}) {
  const compile = WebAssembly.instantiateStreaming;
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  WebAssembly.instantiateStreaming = async (source, imports) => {
    WebAssembly.instantiateStreaming = compile; // packages' wasm is theirs
    if (module) {
      try {
        const instance = await WebAssembly.instantiate(module, imports);
        Promise.resolve(source).then((response) => response.body?.cancel()).catch(() => {});
        compiled.module = module;
        return { module, instance };
      } catch (error) {
        console.warn(`headwater: compiling Python's runtime here, as the page's copy failed (${error})`);
      }
    }
    try {
      const result = await compile(source, imports);
      compiled.module = result.module;
      return result;
    } catch (error) {
      fail(error);
      throw error;
    }
  };
  try {
    return await Promise.race([loadPyodide({ indexURL, fullStdLib: false, ...options }), failed]);
  } finally {
    WebAssembly.instantiateStreaming = compile;
  }
}
