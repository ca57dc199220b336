// One IndexedDB object store per database, opened on first use. Shared by the page
// (kept pages) and the worker (st.cache_data values, compiled Python).

export class Store {
  /**
   * @param {string} database the database's name (version 1, holding only `store`)
   * @param {string} store the object store's name
   */
  constructor(database, store) {
    this._name = database;
    this._store = store;
    /** @type {Promise<IDBDatabase>|null} */
    this._database = null;
  }

  /**
   * Runs one request in a transaction of its own.
   * @param {IDBTransactionMode} mode
   * @param {(store: IDBObjectStore) => IDBRequest} action
   * @returns {Promise<any>} the request's result
   */
  async request(mode, action) {
    const db = await this._open();
    return new Promise((resolve, reject) => {
      const request = action(db.transaction(this._store, mode).objectStore(this._store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  /**
   * Keeps `value` under `key` as the store's only entry (the last build's go), in one transaction.
   * @param {any} value
   * @param {IDBValidKey} key
   */
  putOnly(value, key) {
    return this.request('readwrite', (store) => {
      store.clear();
      return store.put(value, key);
    });
  }

  _open() {
    this._database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this._name, 1);
      // Creating the store here is the only way the first transaction can find it.
      request.onupgradeneeded = () => request.result.createObjectStore(this._store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // A failed open (private mode, a blocked upgrade) is tried again next time.
    this._database.catch(() => (this._database = null));
    return this._database;
  }
}

/**
 * A SHA-256 digest as hex: how entries are keyed by content (pages, cache values, pycs).
 * @param {BufferSource} data
 */
export async function sha256Hex(data) {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
