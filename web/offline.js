/**
 * `keepOffline()`: an exported site's index.html registers its service worker
 * (web/sw.js) with it. Registration waits for the app's first finished run, so
 * the worker's caching never competes with the boot's downloads; then the page
 * tells it which lazily loaded chunks it used, to keep those too.
 */

/**
 * @param {HTMLElement} host the `<headwater-app>` element
 * @param {string} url the service worker script, relative to the document
 */
export function keepOffline(host, url) {
  if (!('serviceWorker' in navigator)) return;
  host.addEventListener('headwater:finish', async () => {
    try {
      const registration = await navigator.serviceWorker.register(url);
      if (!registration) return; // service workers are blocked here
      await _activated(registration);
      const chunks = performance.getEntriesByType('resource').map((entry) => entry.name)
        .filter((name) => name.includes('/headwater/chunks/'));
      registration.active?.postMessage({ type: 'keep', urls: chunks });
    } catch (error) {
      console.warn(`Headwater: this app will not work offline (${error.message})`);
    }
  }, { once: true });
}

/** @param {ServiceWorkerRegistration} registration */
function _activated(registration) {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the service worker failed to install'));
    });
  });
}

/**
 * The dev server's page drops any service worker an exported site left on the same
 * address (say both were served on port 8501): its cache would serve old code.
 * The page it controls now is reloaded clean next time.
 */
export function forgetOffline() {
  navigator.serviceWorker?.getRegistrations().then(
    (registrations) => registrations.forEach((registration) => registration.unregister()),
    () => {},
  );
}
