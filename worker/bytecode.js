// Compiled Python kept across visits. Pyodide compiles every module it imports from
// source on every boot: the shim, and packages such as pandas, whose wheels ship only
// sources (importing pandas spends seconds compiling). So Python writes its pycs on the
// first boot (under PYCACHE, in memory), the worker keeps them in IndexedDB, and later
// boots put them back before anything is imported. A pyc records its source's mtime,
// which unpacking sets to "now"; sources get a fixed mtime, so kept pycs stay valid
// (and a changed source's size still invalidates its pyc). Storage that fails only
// costs the speed-up.

import { Store, sha256Hex } from './store.js';

const pycStore = new Store('headwater-bytecode', 'pyc');
/** Where Python writes pycs (sys.pycache_prefix), mirroring the sources' paths. It must
 * exist beforehand: importlib cannot create a folder at the file system's root. */
export const PYCACHE = '/tmp/pycache';
/** The mtime every installed source gets, in ms. */
const SOURCE_TIME_MS = 1e12;

/**
 * The key pycs are kept under: the shim's bytes and Pyodide's version decide them.
 * @param {Uint8Array} shim streamlit.json
 * @param {any} lock pyodide-lock.json
 */
export async function bytecodeKey(shim, lock) {
  const hex = await sha256Hex(shim);
  return `${hex}:${lock.info?.version ?? ''}:${lock.info?.python ?? ''}`;
}

/**
 * The pycs kept for `key` (path → bytes), or null.
 * @param {string} key
 * @returns {Promise<Record<string, Uint8Array>|null>}
 */
export async function loadBytecode(key) {
  const entry = await pycStore.request('readonly', (store) => store.get(key));
  return entry?.files ?? null;
}

/**
 * Give every Python source under `folder` the fixed mtime.
 * @param {any} pyodide
 * @param {string} folder
 */
export function fixSourceTimes(pyodide, folder) {
  _walk(pyodide.FS, folder, (path) => path.endsWith('.py') && pyodide.FS.utime(path, SOURCE_TIME_MS, SOURCE_TIME_MS));
}

/**
 * Put kept pycs back, and have Python write new ones where they can be collected.
 * @param {any} pyodide
 * @param {Record<string, Uint8Array>|null} files
 */
export function restoreBytecode(pyodide, files) {
  const FS = pyodide.FS;
  FS.mkdirTree(PYCACHE);
  for (const [path, bytes] of Object.entries(files ?? {})) {
    FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    FS.writeFile(path, bytes);
  }
  pyodide.runPython(`import sys\nsys.pycache_prefix = "${PYCACHE}"\nsys.dont_write_bytecode = False`);
}

/**
 * Put back the exporter's pycs (a zip of paths under PYCACHE, see build.py's
 * write_bytecode), made by the same Pyodide for the same sources.
 * @param {any} pyodide
 * @param {Uint8Array} zip
 */
export function restoreBundle(pyodide, zip) {
  pyodide.unpackArchive(zip, 'zip', { extractDir: PYCACHE });
}

/**
 * Keep the pycs of installed code (not the app's own: it changes) if there are new ones.
 * @param {any} pyodide
 * @param {string} key
 * @param {string} sitePackages
 * @param {Record<string, Uint8Array>|null} kept what restoreBytecode put back
 */
export async function saveBytecode(pyodide, key, sitePackages, kept) {
  const paths = compiledPaths(pyodide, sitePackages);
  if (paths.every((path) => kept?.[path])) return;
  const files = Object.fromEntries(paths.map((path) => [path, kept?.[path] ?? pyodide.FS.readFile(path)]));
  // One entry: a new shim build or Pyodide version replaces the pycs of the last.
  await pycStore.putOnly({ files }, key);
}

/**
 * The pycs Python wrote (or was given) for the code under `folder`, as paths under
 * PYCACHE. The exporter (build.py, under Node) collects its bundle with this too.
 * @param {any} pyodide
 * @param {string} folder
 * @returns {string[]}
 */
export function compiledPaths(pyodide, folder) {
  const paths = [];
  _walk(pyodide.FS, PYCACHE + folder, (path) => path.endsWith('.pyc') && paths.push(path));
  return paths;
}

/** Calls `visit(path)` for every file below `folder` (none if it does not exist). */
function _walk(FS, folder, visit) {
  let names;
  try {
    names = FS.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === '.' || name === '..') continue;
    const path = `${folder}/${name}`;
    if (FS.isDir(FS.stat(path).mode)) _walk(FS, path, visit);
    else visit(path);
  }
}
