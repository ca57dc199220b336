/**
 * `<headwater-app src="app.json">`: fetches the app JSON
 * (`{entrypoint, argv, files, downloads?, bytecode?, prerender?}`, relative to the document)
 * and mounts it.
 * Attributes: `src` (required), `assets-url` (see mount's `assetsUrl`), `dev`.
 */
import { mount, showError } from './mount.js';

export class HeadwaterApp extends HTMLElement {
  static observedAttributes = ['src'];

  constructor() {
    super();
    /** @type {import('./mount.js').App|null} the running app */
    this.app = null;
    /** Counts loads, so a slow fetch for an old `src` cannot mount over a newer one. */
    this._loads = 0;
  }

  connectedCallback() {
    this._load();
  }

  disconnectedCallback() {
    this._loads++;
    this.app?.destroy();
    this.app = null;
  }

  attributeChangedCallback(name, old, value) {
    if (this.isConnected && old !== null && old !== value) this._load();
  }

  async _load() {
    const load = ++this._loads;
    this.app?.destroy();
    this.app = null;
    const src = this.getAttribute('src');
    if (!src) return showError(this, 'The <headwater-app> element needs a src attribute naming the app JSON.');
    const url = new URL(src, document.baseURI);
    let config;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      config = await response.json();
    } catch (error) {
      if (load === this._loads) showError(this, `Could not load the app from ${url}: ${error.message}`);
      return;
    }
    if (load !== this._loads) return;
    this.app = mount(this, {
      files: config.files,
      entrypoint: config.entrypoint,
      argv: config.argv ?? [],
      downloads: config.downloads ?? {},
      bytecode: config.bytecode ?? null,
      prerender: config.prerender ?? null,
      assetsUrl: this.getAttribute('assets-url') ?? undefined,
      dev: this.hasAttribute('dev'),
    });
  }
}

if (!customElements.get('headwater-app')) customElements.define('headwater-app', HeadwaterApp);
