/**
 * The address bar, as a multipage app uses it. A page's address is
 * `#/<url path>` (the default page has none) after the query string, which is
 * the app's `st.query_params`: a static host serves every page from the one
 * index.html, under any sub-path, so reload, share and Back work with no
 * server rewrite. Only an app alone in its document writes the address (and
 * the title); apps side by side keep their pages in memory.
 */

/** @typedef {{page: string, query: string}} Location  a page's URL path and a query string without "?" */

/** @type {Set<object>} */
const _apps = new Set();

/** Counts `app` among the document's apps until the returned function is called. */
export function register(app) {
  _apps.add(app);
  return () => _apps.delete(app);
}

/** Whether `app` is the only Headwater app in the document. */
export function ownsDocument(app) {
  return _apps.size === 1 && _apps.has(app);
}

/**
 * The page and query string the address bar shows; `null` when the hash is an
 * in-page anchor (`#section`), which names no page.
 * @returns {Location|null}
 */
export function readAddress() {
  const { hash, search } = window.location;
  if (hash && hash !== '#' && !hash.startsWith('#/')) return null;
  return { page: hash.startsWith('#/') ? _decode(hash.slice(2)) : '', query: search.replace(/^\?/, '') };
}

/** The address (path, query string, hash) of a location in this document. */
export function addressOf({ page, query }) {
  return `${window.location.pathname}${query ? `?${query}` : ''}${page ? `#/${encodeURIComponent(page)}` : ''}`;
}

/** Puts `location` in the address bar: a new history entry, or in place of the current one. */
export function writeAddress(location, history = 'push') {
  const address = addressOf(location);
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (address === current) return;
  if (history === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(window.history.state, '', address);
}

function _decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
