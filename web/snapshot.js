/**
 * The page the app's first run drew, shown before Python is ready: from the
 * exporter's prerender (app.json's `prerender`, made under CPython), or on a
 * return visit from the copy this browser kept in IndexedDB, keyed by a hash
 * of the app (its files, entrypoint and argv), so any edit starts afresh.
 *
 * A page is `{messages, deltas, blocks}`: the worker messages that set the
 * page's look (theme, page config, navigation: the last of each type), the final
 * element at every path, in path order, and the run's block sizes, as
 * `run:delta` and `run:finish` carry them.
 */
import { reviveBytes } from '../worker/protocol.js';
import { Store, sha256Hex } from '../worker/store.js';

/**
 * @typedef {{messages: object[], deltas: import('./render.js').Delta[], blocks: Record<string, number>}} Page
 */

// Not the worker's 'headwater' database: opening it at another version would break the worker's.
const pageStore = new Store('headwater-pages', 'pages');
// Part of the key: a renderer whose delta format changed ignores older copies.
const FORMAT = 1;
// Copies kept per origin; the oldest go first.
const KEEP = 20;

/**
 * Whether a preview replays a worker message of this type: not the run's own
 * messages (the page's deltas stand for them), and not the address bar.
 * @param {string} type
 */
export function setsTheLook(type) {
  return !['run', 'boot', 'state'].includes(type.split(':')[0]) && type !== 'page:url';
}

/**
 * The exporter's prerender as a Page: `{"__bytes__": n}` markers become bytes.
 * @param {{messages?: object[], deltas: object[], blocks: Record<string, number>, buffers?: string[]}} prerender
 * @returns {Page}
 */
export function decodePrerender({ messages = [], deltas, blocks, buffers = [] }) {
  const bytes = buffers.map((text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  return { messages: reviveBytes(structuredClone(messages), bytes), deltas: reviveBytes(structuredClone(deltas), bytes), blocks };
}

/**
 * Follows the worker's messages up to the end of a run, and keeps the final
 * element at every path: what a later visit can paint in one go.
 */
export class PageRecorder {
  constructor() {
    /** @type {Map<string, {kind: string, id?: string|null, props?: object}>} */
    this._elements = new Map();
    /** @type {Map<string, object>} message type → the last message of it that sets the look */
    this._messages = new Map();
  }

  /** @param {{type: string}} message any worker message; keeps those a preview replays */
  message(message) {
    if (!setsTheLook(message.type)) return;
    this._messages.delete(message.type); // keeps the order of the last of each type
    this._messages.set(message.type, message);
  }

  /** @param {import('./render.js').Delta[]} deltas */
  apply(deltas) {
    for (const { path, element } of deltas) {
      const old = this._elements.get(path);
      // As the renderer does: the same kind and id patch in place, so a block keeps its children.
      // Only a block has children to forget (a scan of every path: not once per new element).
      if (old?.kind === 'block' && (old.kind !== element.kind || (old.id ?? null) !== (element.id ?? null))) {
        this._drop(path, 0);
      }
      this._elements.set(path, element);
    }
  }

  /**
   * @param {Record<string, number>} blocks the run's block sizes (run:finish)
   * @returns {Page}
   */
  finish(blocks) {
    for (const [path, count] of Object.entries(blocks)) this._drop(path, count);
    const paths = [...this._elements.keys()].sort(_comparePaths);
    const deltas = paths.map((path) => ({ path, element: this._elements.get(path) }));
    return { messages: [...this._messages.values()], deltas, blocks };
  }

  /** Forget the children of `block` from index `keep` on, with their subtrees. */
  _drop(block, keep) {
    const prefix = `${block}.`;
    for (const path of this._elements.keys()) {
      if (path.startsWith(prefix) && Number(path.slice(prefix.length).split('.')[0]) >= keep) this._elements.delete(path);
    }
  }
}

/**
 * The key a page of this app is kept under, or null where hashing is unavailable
 * (crypto.subtle exists only in secure contexts: https and localhost).
 * @param {{files: Record<string, string|Uint8Array|{base64: string}>, entrypoint: string, argv: string[]}} app
 */
export async function pageKey({ files, entrypoint, argv }) {
  if (!globalThis.crypto?.subtle) return null;
  const encoder = new TextEncoder();
  const parts = [encoder.encode(JSON.stringify([FORMAT, entrypoint, argv]))];
  for (const path of Object.keys(files).sort()) {
    const content = files[path];
    parts.push(encoder.encode(`\0${path}\0`));
    if (content instanceof Uint8Array) parts.push(content);
    else parts.push(encoder.encode(typeof content === 'string' ? content : content.base64));
  }
  return sha256Hex(await new Blob(parts).arrayBuffer());
}

/**
 * The page kept for `key`, or null (none kept, or no storage here).
 * @param {string|null} key
 * @returns {Promise<Page|null>}
 */
export async function loadPage(key) {
  if (!key) return null;
  try {
    const entry = await pageStore.request('readonly', (store) => store.get(key));
    return entry?.page ?? null;
  } catch (error) {
    console.warn(`Headwater: no stored page to show before Python is ready (${error})`);
    return null;
  }
}

/**
 * Keep `page` for the next visit; drops the oldest copies beyond KEEP.
 * @param {string|null} key
 * @param {Page} page
 */
export async function savePage(key, page) {
  if (!key) return;
  try {
    await pageStore.request('readwrite', (store) => store.put({ page, savedAt: Date.now() }, key));
    const keys = await pageStore.request('readonly', (store) => store.getAllKeys());
    if (keys.length <= KEEP) return;
    const entries = await pageStore.request('readonly', (store) => store.getAll());
    const byAge = keys.map((k, i) => [entries[i].savedAt, k]).sort((a, b) => a[0] - b[0]);
    for (const [, old] of byAge.slice(0, keys.length - KEEP)) await pageStore.request('readwrite', (store) => store.delete(old));
  } catch (error) {
    console.warn(`Headwater: could not keep this page for the next visit (${error})`);
  }
}

/** Path order: by root, then index by index (`main.2` before `main.10`). */
function _comparePaths(a, b) {
  const [rootA, ...restA] = a.split('.');
  const [rootB, ...restB] = b.split('.');
  if (rootA !== rootB) return rootA < rootB ? -1 : 1;
  for (let i = 0; i < Math.min(restA.length, restB.length); i++) {
    const diff = Number(restA[i]) - Number(restB[i]);
    if (diff) return diff;
  }
  return restA.length - restB.length;
}
