/**
 * `mount()`: runs a Streamlit app inside a host element. Wires the worker
 * client to the renderer, the boot view and, in dev mode, the source banner.
 */
import { Client } from './client.js';
import { Renderer } from './render.js';
import { Shell } from './shell.js';
import { BootView } from './boot-view.js';
import { AppPage } from './app-page.js';
import { SourceBanner, watchSource } from './dev.js';

/** The folder this bundle was loaded from; worker.js, pyodide/ and streamlit.zip sit beside it. */
const DEFAULT_ASSETS_URL = new URL('.', import.meta.url).href;

/**
 * @typedef {object} MountOptions
 * @property {import('./client.js').Files} files the app's files, path → text or bytes
 * @property {string} entrypoint the script to run, a path in `files`
 * @property {string[]} [argv] the script's `sys.argv[1:]`; default none
 * @property {string} [assetsUrl] folder holding worker.js, pyodide/ and streamlit.zip;
 *   default: the folder this bundle was loaded from
 * @property {boolean} [dev] show the "Source file changed." banner and follow the dev
 *   server's change feed; default false
 *
 * @typedef {object} App
 * @property {() => void} rerun  rerun the script, keeping widget values
 * @property {(files: import('./client.js').Files) => void} setFiles  replace the app's files (no rerun)
 * @property {() => void} destroy  stop the worker and empty the host
 * @property {(files: import('./client.js').Files) => void} [sourceChanged]  dev only: offer
 *   (or, after "Always rerun", apply) new files
 */

/**
 * Runs a Streamlit app in `element`'s (open) shadow root. The element's
 * `state` attribute says `booting`, `running`, `idle` or `error`, and `runs`
 * counts finished runs; it also receives `headwater:ready`, `headwater:error`
 * ({message}) and `headwater:finish` ({runId, status}) events.
 *
 * @example
 *   const app = mount(document.querySelector('#app'), {
 *     files: {'app.py': 'import streamlit as st\nst.title("Hello")'},
 *     entrypoint: 'app.py',
 *   });
 * @param {HTMLElement} element
 * @param {MountOptions} options
 * @returns {App}
 */
export function mount(element, { files, entrypoint, argv = [], assetsUrl = DEFAULT_ASSETS_URL, dev = false }) {
  const assets = _folderUrl(assetsUrl);
  const shell = new Shell(element);
  const appPage = new AppPage(element, shell, (location) => client.navigate(location));
  const boot = new BootView(shell.bootSlot);
  let drawn = false;
  let runs = 0;
  const emit = (name, detail) => element.dispatchEvent(new CustomEvent(`headwater:${name}`, { detail }));

  const renderer = new Renderer(
    { main: shell.main, sidebar: shell.sidebar },
    {
      send: (widgetId, value, fragment) => client.setWidget(widgetId, value, fragment),
      trigger: (widgetId, value, fragment) => client.trigger(widgetId, value, fragment),
      rerunFragment: (fragment) => client.rerunFragment(fragment),
      navigate: (location) => appPage.follow(location),
    },
  );
  const client = new Client(new URL('worker.js', assets), (message) => {
    switch (message.type) {
      case 'boot:progress':
        return boot.progress(message.step, message.index, message.total);
      case 'boot:ready':
        return emit('ready');
      case 'boot:error':
        boot.error(message.message);
        shell.setState('error');
        return emit('error', { message: message.message });
      case 'run:start':
        renderer.start(message.seq, message.fragment ?? null);
        return shell.setState('running');
      case 'run:delta':
        if (!drawn) boot.remove();
        drawn = true;
        renderer.apply(message.deltas);
        return shell.showSidebar(renderer.hasSidebar);
      case 'run:finish':
        if (!drawn) boot.remove();
        drawn = true;
        renderer.finish(message.blocks);
        shell.showSidebar(renderer.hasSidebar);
        element.setAttribute('runs', String(++runs));
        shell.setState('idle');
        return emit('finish', { runId: message.runId, status: message.status });
      case 'page:navigation':
      case 'page:url':
      case 'page:config':
      case 'page:theme':
        return appPage.receive(message);
    }
  });
  client.boot({ assetsUrl: assets, files, entrypoint, argv, ...appPage.bootInfo() });

  let stopWatching = null;
  /** @type {App} */
  const app = {
    rerun: () => client.rerun(),
    setFiles: (newFiles) => client.setFiles(newFiles),
    destroy() {
      stopWatching?.();
      client.terminate();
      renderer.destroy();
      appPage.destroy();
      shell.destroy();
      element.removeAttribute('runs');
    },
  };
  if (dev) {
    const banner = new SourceBanner(shell.bannerSlot, `headwater:always-rerun:${location.pathname}:${entrypoint}`, (newFiles) => {
      app.setFiles(newFiles);
      app.rerun();
    });
    app.sourceChanged = (newFiles) => banner.sourceChanged(newFiles);
    stopWatching = watchSource((changed) => app.sourceChanged(changed.files));
  }
  return app;
}

/**
 * Shows an error in `element` without starting an app, for failures before
 * mount() can run (the custom element's app.json did not load).
 */
export function showError(element, message) {
  const shell = new Shell(element);
  new BootView(shell.bootSlot).error(message);
  shell.setState('error');
}

/** An absolute URL ending in a slash, so relative lookups land inside the folder. */
function _folderUrl(url) {
  const absolute = new URL(url, document.baseURI).href;
  return absolute.endsWith('/') ? absolute : `${absolute}/`;
}
