// Every message between the page and the worker, defined once (see docs/protocol.md).
// Both sides validate what they receive, so a malformed message fails loudly at the seam.

/** Page → worker. */
export const TO_WORKER = {
  // What another worker of the page shares: Pyodide's compiled code (a WebAssembly.Module)
  // and a snapshot of its fresh interpreter, or nulls: boot Python here. Sent once, as the
  // worker starts, or when the worker booting first is done (see worker/runtime-share.js).
  'boot:runtime': ['module', 'snapshot'],
  'boot:init': ['assetsUrl', 'files', 'entrypoint', 'argv'],
  'run:rerun': ['seq', 'widgets', 'triggers'],
  'app:files': ['files'],
  // A click on a download button whose `data` is a callable: run it now (answered by download:data).
  'download:request': ['requestId', 'widgetId'],
};

/** Worker → page. */
export const TO_PAGE = {
  'boot:progress': ['step', 'index', 'total'],
  // What this worker has to share with the page's other workers (see above), and whether
  // its snapshot was made here ('booted') or kept by this browser from a visit ('kept').
  'boot:runtime': ['module', 'snapshot', 'source'],
  'boot:ready': [],
  'boot:error': ['message'],
  'run:start': ['runId', 'seq'],
  'run:delta': ['runId', 'deltas'],
  'run:finish': ['runId', 'status', 'blocks'],
  'run:crash': ['message'],
  'state:saved': ['seq', 'state'],
  'page:navigation': ['position', 'expanded', 'sections', 'pages', 'current'],
  'page:url': ['page', 'query', 'history'],
  'page:config': ['title', 'icon', 'layout', 'initialSidebarState', 'sidebarWidth', 'menuItems'],
  'page:theme': ['theme'],
  // The answer to download:request: the bytes, or `error` (Streamlit's message).
  'download:data': ['requestId', 'data', 'fileName', 'mime', 'error'],
};

/**
 * Throw unless `message` is a known message of `table` with all its fields.
 * @param {Record<string, string[]>} table
 * @param {any} message
 */
export function validate(table, message) {
  const fields = message && table[message.type];
  if (!fields) throw new Error(`unknown message type: ${message && message.type}`);
  for (const field of fields) {
    if (!(field in message)) throw new Error(`${message.type} lacks "${field}"`);
  }
  return message;
}

/**
 * Replace every `{"__bytes__": n}` in a decoded message with `buffers[n]`, in place.
 * @param {any} value
 * @param {Uint8Array[]} buffers
 */
export function reviveBytes(value, buffers) {
  if (!buffers.length || value === null || typeof value !== 'object') return value;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item && typeof item === 'object') {
      if (typeof item.__bytes__ === 'number') value[key] = buffers[item.__bytes__];
      else reviveBytes(item, buffers);
    }
  }
  return value;
}

/**
 * JSON for a page → worker value that may hold bytes (files the visitor picked):
 * each `Uint8Array` becomes `{"__bytes__": n}` and is returned in `buffers`,
 * so the bytes reach Python as bytes, not as a JSON object of numbers.
 * @param {any} value
 * @param {Uint8Array[]} [buffers] a list to add to, shared by values sent together
 * @returns {{json: string, buffers: Uint8Array[]}}
 */
export function encodeBytes(value, buffers = []) {
  const json = JSON.stringify(value, (key, item) => {
    if (!(item instanceof Uint8Array)) return item;
    buffers.push(item);
    return { __bytes__: buffers.length - 1 };
  });
  return { json, buffers };
}
