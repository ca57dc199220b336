// Boot: Pyodide from the same origin, the shim, the app's files, and the packages
// the app imports. Downloads that do not depend on each other run in parallel.

export const APP_DIR = '/home/pyodide/app';
const SITE_PACKAGES = '/lib/python3.12/site-packages';
// Dataframes travel to the page as Arrow IPC, so an app that can make a frame needs pyarrow.
const ARROW_TRIGGERS = ['numpy', 'pandas'];

/**
 * @param {string} assetsUrl folder holding pyodide/ and streamlit.zip
 * @param {(step: string, index: number, total: number) => void} progress
 */
export async function loadRuntime(assetsUrl, progress) {
  const total = 4;
  progress('Loading the Python runtime', 1, total);
  const indexURL = new URL('pyodide/', assetsUrl).href;
  // Started first so they overlap with the interpreter's boot.
  const shim = fetchBytes(new URL('streamlit.zip', assetsUrl).href);
  const lock = fetch(indexURL + 'pyodide-lock.json').then((r) => r.json());
  const { loadPyodide } = await import(/* @vite-ignore */ indexURL + 'pyodide.mjs');
  const pyodide = await loadPyodide({ indexURL, fullStdLib: false });
  progress('Installing Headwater', 2, total);
  pyodide.unpackArchive(await shim, 'zip', { extractDir: SITE_PACKAGES });
  return { pyodide, lock: await lock, total };
}

/** @param {string} url */
async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
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
  const appImports = pyodide.pyimport('streamlit._imports').app_imports;
  const found = appImports(APP_DIR, entrypoint);
  const modules = new Set(found.toJs());
  found.destroy();
  appImports.destroy();
  if (ARROW_TRIGGERS.some((name) => modules.has(name))) modules.add('pyarrow');
  const byImport = new Map();
  for (const [name, info] of Object.entries(lock.packages)) {
    for (const module of info.imports || []) byImport.set(module, name);
  }
  return [...modules].map((m) => byImport.get(m)).filter((p) => p && p in lock.packages);
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
  return errors;
}
