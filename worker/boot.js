// Boot: Pyodide from the same origin, the shim, the app's files, and the packages
// the app imports. Every download starts at once, in parallel with the interpreter's boot.

import { bytecodeKey, fixSourceTimes, loadBytecode, restoreBundle, restoreBytecode } from './bytecode.js';
import { Downloads } from './downloads.js';
import { KeptSnapshot, bootPyodide } from './runtime-share.js';
import { installShim } from './shim.js';

export const APP_DIR = '/home/pyodide/app';
export const SITE_PACKAGES = '/lib/python3.12/site-packages';
// Downloaded whatever the app's manifest lists (mount() may give none): paths in assetsUrl.
const CORE_DOWNLOADS = ['pyodide/pyodide.asm.wasm', 'pyodide/python_stdlib.zip', 'streamlit.json'];

/**
 * Start loading the runtime: the downloads and the interpreter's boot begin at once.
 * worker.js calls this as soon as it runs, before the page says which app to run.
 * @param {string} assetsUrl folder holding pyodide/ and streamlit.json
 * @param {(loaded: number, total: number) => void} onBytes
 * @param {Promise<import('./runtime-share.js').SharedRuntime | null>} shared what another
 *   worker of the page shares, or null: boot Python here (see runtime-share.js)
 * @param {(runtime: import('./runtime-share.js').SharedRuntime) => void} onBooted
 *   given what this worker has to share, when the page gave it nothing (see bootPyodide)
 */
export function startRuntime(assetsUrl, onBytes, shared = Promise.resolve(null), onBooted = () => {}) {
  const indexURL = new URL('pyodide/', assetsUrl).href;
  const files = new Downloads(onBytes);
  for (const path of CORE_DOWNLOADS) files.start(new URL(path, assetsUrl).href);
  files.keep(indexURL + 'pyodide-lock.json');
  globalThis.fetch = files.fetch;
  const shim = files.bytes(new URL('streamlit.json', assetsUrl).href);
  const lock = fetch(indexURL + 'pyodide-lock.json').then((r) => r.json());
  const kept = new KeptSnapshot(lock);
  const pyodide = bootPyodide(indexURL, shared, onBooted, kept);
  for (const pending of [shim, lock, pyodide]) pending.catch(() => {}); // reported when boot awaits them
  // Read while the interpreter boots; without storage (or crypto.subtle) there are none.
  const bytecode = Promise.all([shim, lock])
    .then(async ([bytes, lockFile]) => {
      const key = await bytecodeKey(bytes, lockFile);
      return { key, files: await loadBytecode(key).catch(() => null) };
    })
    .catch(() => ({ key: null, files: null }));
  return { assetsUrl, files, shim, lock, pyodide, bytecode, kept };
}

/**
 * Finish the runtime for an app: its package wheels join the downloads, and the
 * shim is installed once the interpreter is up.
 * @param {ReturnType<typeof startRuntime>} runtime
 * @param {Record<string, number>} downloads files to fetch at once (path in assetsUrl → bytes):
 *   the exporter lists the core and the app's package wheels, so all of them download
 *   while the interpreter boots, and Pyodide's own requests are served from them
 * @param {(step: string, index: number, total: number) => void} progress
 */
export async function loadRuntime(runtime, downloads, progress, compiled = null) {
  const total = 4;
  progress('Loading the Python runtime', 1, total);
  for (const [path, size] of Object.entries(downloads)) runtime.files.start(new URL(path, runtime.assetsUrl).href, size);
  const bundle = compiled ? runtime.files.bytes(new URL(compiled, runtime.assetsUrl).href) : null;
  bundle?.catch(() => {});
  const pyodide = await runtime.pyodide;
  progress('Installing Headwater', 2, total);
  installShim(pyodide, await runtime.shim, SITE_PACKAGES);
  fixSourceTimes(pyodide, `${SITE_PACKAGES}/streamlit`);
  const bytecode = await runtime.bytecode;
  restoreBytecode(pyodide, bytecode.files);
  // The exporter's pycs (the shim's and the packages'), unless this browser kept its own
  // from a visit: put back before the shim is imported, which otherwise compiles it.
  if (bundle && !bytecode.files) {
    try {
      restoreBundle(pyodide, await bundle);
    } catch (error) {
      console.warn(`headwater: no compiled Python from the export (${error})`);
    }
  }
  return { pyodide, lock: await runtime.lock, total, bytecode };
}

/**
 * Write the app's files into the virtual file system, removing ones that are gone.
 * @param {any} pyodide
 * @param {Record<string, string | {base64: string}>} files
 * @param {Iterable<string>} previous paths written last time
 */
export function writeFiles(pyodide, files, previous = []) {
  const FS = pyodide.FS;
  for (const path of previous) {
    if (!(path in files)) FS.unlink(`${APP_DIR}/${path}`);
  }
  for (const [path, content] of Object.entries(files)) {
    const full = `${APP_DIR}/${path}`;
    FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    FS.writeFile(full, typeof content === 'string' ? content : decodeBase64(content.base64));
  }
  return Object.keys(files);
}

/** @param {string} text */
function decodeBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * The lock's packages that provide what the app imports (followed from the entry
 * script and pages/ by the shim's own scanner, the one the exporter uses).
 * @param {any} pyodide
 * @param {any} lock
 * @param {string} entrypoint
 */
export function packagesFor(pyodide, lock, entrypoint) {
  const appImports = loadScanner(pyodide);
  const found = appImports(APP_DIR, entrypoint);
  const modules = new Set(found.toJs());
  found.destroy();
  appImports.destroy();
  const byImport = new Map();
  for (const [name, info] of Object.entries(lock.packages)) {
    for (const module of info.imports || []) byImport.set(module, name);
  }
  return [...modules].map((m) => byImport.get(m)).filter((p) => p && p in lock.packages);
}

/**
 * The scanner on its own, as build.py loads it: importing `streamlit._imports` would
 * import the whole shim first, which boot does later, while packages load.
 * @param {any} pyodide
 */
function loadScanner(pyodide) {
  const namespace = pyodide.toPy({});
  try {
    return pyodide.runPython(`
import importlib.util
spec = importlib.util.spec_from_file_location("_headwater_imports", "${SITE_PACKAGES}/streamlit/_imports.py")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
module.app_imports`, { globals: namespace });
  } finally {
    namespace.destroy();
  }
}

/**
 * Load packages; a failure is reported, not thrown: the script's import then fails
 * with a message that names the module.
 * @param {any} pyodide
 * @param {string[]} packages
 */
export async function loadPackages(pyodide, packages) {
  const missing = packages.filter((name) => !(name in pyodide.loadedPackages));
  if (!missing.length) return [];
  const errors = [];
  await pyodide.loadPackage(missing, {
    messageCallback: () => {},
    errorCallback: (message) => errors.push(message),
  });
  fixSourceTimes(pyodide, SITE_PACKAGES); // so compiled Python for them stays valid (bytecode.js)
  return errors;
}
