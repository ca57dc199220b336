/**
 * The service worker of an exported site, written beside index.html as sw.js
 * (see web/offline.js, which registers it). After the first visit the site
 * works offline, and every response it serves carries COOP/COEP headers, so
 * the page is cross-origin isolated on hosts that cannot send them (GitHub
 * Pages): Stop then interrupts a script in place instead of restarting Python.
 *
 * Files under headwater/ come from a cache named after the export, so a page
 * never mixes two exports; a new export is a new sw.js, whose activation drops
 * the old cache. The page and app.json come from the network when it answers.
 * Not a module: the exporter fills in VERSION and PRECACHE.
 */
const VERSION = '__VERSION__';
/** Paths (relative to this script) the app needs to boot, cached on install. */
const PRECACHE = __PRECACHE__;
const CACHE = `headwater-${VERSION}`;

self.addEventListener('install', (event) => {
  // The page registers this after its first run, so these come from the HTTP cache.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('headwater-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// The page sends the lazily loaded chunks it used (charts, tables), to keep them too.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'keep') event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(event.data.urls)));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith(respond(event, url));
});

/**
 * A copy goes into the cache after the response has gone out: awaiting the write
 * would hold back the page (or a 10 MB wasm) for as long as the write takes.
 * @param {FetchEvent} event @param {URL} url
 */
async function respond(event, url) {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const keep = (response) => response.ok && event.waitUntil(cache.put(request, response.clone()));
  let response;
  if (url.href.startsWith(new URL('headwater/', self.registration.scope).href)) {
    response = await cache.match(request);
    if (!response) {
      response = await fetch(request);
      keep(response);
    }
  } else {
    try {
      response = await fetch(request);
      keep(response);
    } catch (error) {
      // Offline: the copy from the last visit (the page under any query or hash).
      response = await cache.match(request, { ignoreSearch: true });
      if (!response && request.mode === 'navigate') response = await cache.match(self.registration.scope);
      if (!response) throw error;
    }
  }
  return isolated(response);
}

/** The response with the headers that make the page cross-origin isolated. */
function isolated(response) {
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  // credentialless rather than require-corp: images from other sites still load.
  headers.set('Cross-Origin-Embedder-Policy', 'credentialless');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
