// IndexedDB storage for st.cache_data values, so a reload skips work already done.
// Entries are keyed [namespace, id]; the namespace is a hash of the app's files, so
// any edit to the app (a script, a data file) starts from an empty cache. Storage
// that fails (private mode, quota, a damaged database) degrades to memory only.

import { Store, sha256Hex } from './store.js';

const cacheStore = new Store('headwater', 'cache_data');
const HIGH = '\uffff';

/**
 * A hash of the app's files, as hex.
 * @param {Record<string, string | {base64: string}>} files
 */
export async function appNamespace(files) {
  const text = Object.keys(files).sort()
    .map((path) => `${path}\0${typeof files[path] === 'string' ? files[path] : files[path].base64}`)
    .join('\0');
  return sha256Hex(new TextEncoder().encode(text));
}

/**
 * Every stored entry of the namespace as [id, storedAt, bytes], or null without storage.
 * @param {string} namespace
 */
export async function loadEntries(namespace) {
  try {
    const range = IDBKeyRange.bound([namespace, ''], [namespace, HIGH]);
    const values = await cacheStore.request('readonly', (store) => store.getAll(range));
    return values.map(({ id, storedAt, bytes }) => [id, storedAt, bytes]);
  } catch (error) {
    console.warn(`headwater: st.cache_data keeps values in memory only (${error})`);
    return null;
  }
}

/** @param {string} namespace @param {string} id @param {number} storedAt @param {Uint8Array} bytes */
export function writeEntry(namespace, id, storedAt, bytes) {
  cacheStore.request('readwrite', (store) => store.put({ id, storedAt, bytes }, [namespace, id])).catch((error) => {
    console.warn(`headwater: could not keep a st.cache_data value across reloads (${error})`);
  });
}

/** @param {string} namespace @param {string} prefix ids starting with it ('' for all) */
export function removeEntries(namespace, prefix) {
  const range = IDBKeyRange.bound([namespace, prefix], [namespace, prefix + HIGH]);
  cacheStore.request('readwrite', (store) => store.delete(range)).catch((error) => {
    console.warn(`headwater: could not remove stored st.cache_data values (${error})`);
  });
}
