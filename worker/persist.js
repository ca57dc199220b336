// IndexedDB storage for st.cache_data values, so a reload skips work already done.
// Entries are keyed [namespace, id]; the namespace is a hash of the app's files, so
// any edit to the app (a script, a data file) starts from an empty cache. Storage
// that fails (private mode, quota, a damaged database) degrades to memory only.

const DB_NAME = 'headwater';
const STORE = 'cache_data';
const HIGH = '\uffff';

/** @type {Promise<IDBDatabase> | null} */
let database = null;

function open() {
  database ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    // Creating the store here is the only way the first transaction can find it.
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return database;
}

/** @param {'readonly' | 'readwrite'} mode @param {(store: IDBObjectStore) => IDBRequest} action */
async function transact(mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const request = action(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * A hash of the app's files, as hex.
 * @param {Record<string, string | {base64: string}>} files
 */
export async function appNamespace(files) {
  const text = Object.keys(files).sort()
    .map((path) => `${path}\0${typeof files[path] === 'string' ? files[path] : files[path].base64}`)
    .join('\0');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every stored entry of the namespace as [id, storedAt, bytes], or null without storage.
 * @param {string} namespace
 */
export async function loadEntries(namespace) {
  try {
    const range = IDBKeyRange.bound([namespace, ''], [namespace, HIGH]);
    const values = await transact('readonly', (store) => store.getAll(range));
    return values.map(({ id, storedAt, bytes }) => [id, storedAt, bytes]);
  } catch (error) {
    console.warn(`headwater: st.cache_data keeps values in memory only (${error})`);
    return null;
  }
}

/** @param {string} namespace @param {string} id @param {number} storedAt @param {Uint8Array} bytes */
export function writeEntry(namespace, id, storedAt, bytes) {
  transact('readwrite', (store) => store.put({ id, storedAt, bytes }, [namespace, id])).catch((error) => {
    console.warn(`headwater: could not keep a st.cache_data value across reloads (${error})`);
  });
}

/** @param {string} namespace @param {string} prefix ids starting with it ('' for all) */
export function removeEntries(namespace, prefix) {
  const range = IDBKeyRange.bound([namespace, prefix], [namespace, prefix + HIGH]);
  transact('readwrite', (store) => store.delete(range)).catch((error) => {
    console.warn(`headwater: could not remove stored st.cache_data values (${error})`);
  });
}
