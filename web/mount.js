/**
 * `mount()`: runs a Streamlit app inside a host element. Wires the worker
 * client to the renderer, the boot view and, in dev mode, the source banner.
 * Until Python is ready it shows the page an earlier run drew (see snapshot.js).
 */
import { Client } from './client.js';
import { Renderer } from './render.js';
import { Shell } from './shell.js';
import { BootView } from './boot-view.js';
import { AppPage } from './app-page.js';
import { SourceBanner, watchSource } from './dev.js';
import { PageRecorder, decodePrerender, loadPage, pageKey, savePage } from './snapshot.js';
import { forgetOffline } from './offline.js';

/** The folder this bundle was loaded from; worker.js, pyodide/ and streamlit.json sit beside it. */
const DEFAULT_ASSETS_URL = new URL('.', import.meta.url).href;

/**
 * @typedef {object} MountOptions
 * @property {import('./client.js').Files} files the app's files, path → text or bytes
 * @property {string} entrypoint the script to run, a path in `files`
 * @property {string[]} [argv] the script's `sys.argv[1:]`; default none
 * @property {string} [assetsUrl] folder holding worker.js, pyodide/ and streamlit.json;
 *   default: the folder this bundle was loaded from
 * @property {boolean} [dev] show the "Source file changed." banner and follow the dev
 *   server's change feed; default false
 * @property {string|null} [bytecode] compiled Python for the app's packages, a zip in
 *   assetsUrl (app.json's `bytecode`); default none
 * @property {Record<string, number>} [downloads] runtime files to fetch as soon as the
 *   worker starts (path in assetsUrl → bytes), as app.json lists them; default: the core
 * @property {{messages?: object[], deltas: object[], blocks: object, buffers?: string[]}} [prerender]
 *   the page after the first run, made at export (app.json's `prerender`, see
 *   docs/protocol.md); shown, greyed and inert, until Python is ready. Without one, the
 *   page this browser kept from an earlier visit of the same app is shown.
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
export function mount(element, { files, entrypoint, argv = [], assetsUrl = DEFAULT_ASSETS_URL, dev = false, downloads = {}, bytecode = null, prerender = null }) {
  const assets = _folderUrl(assetsUrl);
  const shell = new Shell(element);
  const appPage = new AppPage(element, shell, (location) => client.navigate(location));
  let boot = new BootView(shell.bootSlot);
  /** Whether the worker drew anything yet (a preview does not count). */
  let drawn = false;
  /** Whether the worker is a replacement for a stopped one: no run follows its boot. */
  let restarted = false;
  let runs = 0;
  /** Follows the worker up to the end of its first run, to keep that page for the next visit. */
  let recorder = new PageRecorder();
  const emit = (name, detail) => element.dispatchEvent(new CustomEvent(`headwater:${name}`, { detail }));
  const key = pageKey({ files, entrypoint, argv });
  const showPreview = (page) => {
    for (const message of page.messages) receive(message);
    renderer.apply(page.deltas);
    renderer.finish(page.blocks);
    shell.showSidebar(renderer.hasSidebar);
    shell.setPreview(true);
  };
  const firstDraw = () => {
    if (!drawn) boot.remove();
    drawn = true;
  };

  const renderer = new Renderer(
    { main: shell.main, sidebar: shell.sidebar },
    {
      send: (widgetId, value, fragment) => client.setWidget(widgetId, value, fragment),
      trigger: (widgetId, value, fragment) => client.trigger(widgetId, value, fragment),
      rerunFragment: (fragment) => client.rerunFragment(fragment),
      navigate: (location) => appPage.follow(location),
      writeQuery: (key, value, held) => appPage.writeQuery(key, value, held),
      requestDownload: (widgetId) => client.requestDownload(widgetId),
    },
  );
  const receive = (message) => {
    recorder?.message(message);
    switch (message.type) {
      case 'boot:progress':
        return boot.progress(message.step, message.index, message.total, message.bytesLoaded, message.bytesTotal);
      case 'boot:ready':
        shell.setPreview(false);
        if (restarted) {
          boot.remove();
          shell.setState('idle');
        }
        return emit('ready');
      case 'boot:error':
        boot.error(message.message);
        shell.setState('error');
        return emit('error', { message: message.message });
      case 'run:start':
        if (message.seq !== 0 || restarted) recorder = null;
        renderer.start(message.seq, message.fragment ?? null);
        return shell.setState('running');
      case 'run:delta':
        firstDraw();
        recorder?.apply(message.deltas);
        renderer.apply(message.deltas);
        return shell.showSidebar(renderer.hasSidebar);
      case 'run:finish':
        firstDraw();
        if (recorder && message.status === 'ok') {
          const page = recorder.finish(message.blocks);
          key.then((k) => savePage(k, page));
        }
        recorder = null;
        renderer.finish(message.blocks);
        shell.showSidebar(renderer.hasSidebar);
        element.setAttribute('runs', String(++runs));
        shell.setState('idle');
        return emit('finish', { runId: message.runId, status: message.status });
      case 'run:crash':
        // The client is replacing the worker (see onRestart); what the run drew stays.
        firstDraw();
        recorder = null;
        renderer.append('main', { kind: 'exception', props: {
          type: 'Python stopped',
          message: message.message,
          notes: ['Headwater restarted Python with the session state of the last finished run. Use the app to run the script again.'],
          traceback: [],
          syntax: null,
        } });
        element.setAttribute('runs', String(++runs));
        return emit('finish', { runId: null, status: 'error' });
      case 'page:navigation':
      case 'page:url':
      case 'page:config':
      case 'page:theme':
        return appPage.receive(message);
    }
  };
  const client = new Client(new URL('worker.js', assets), receive, {
    onRestart() {
      // The stopped run's page stays, greyed, while a new worker boots.
      restarted = true;
      recorder = null;
      renderer.finish({});
      shell.setState('booting');
      shell.setPreview(true);
      boot = new BootView(shell.bootSlot);
    },
  });
  shell.onStop = () => client.stop();
  if (prerender) showPreview(decodePrerender(prerender));
  else key.then(loadPage).then((page) => page && !drawn && !restarted && showPreview(page));
  // In a task of its own, after the preview can paint: the worker is loading the
  // runtime already, and bootInfo's first Intl call costs ~50 ms of ICU setup.
  setTimeout(() => client.boot({ assetsUrl: assets, files, entrypoint, argv, downloads, bytecode, ...appPage.bootInfo() }));

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
    forgetOffline();
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
