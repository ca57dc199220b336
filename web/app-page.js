/**
 * What an app does to the page around it: the multipage menu, the address bar
 * (page and query string, history, Back/Forward), and `st.set_page_config`
 * (title, favicon, layout, sidebar) and config.toml's theme. It handles the
 * worker's `page:*` messages and tells the worker where the visitor went.
 */
import css from './app-page.css';
import { h } from './dom.js';
import { ownsDocument, readAddress, register, writeAddress } from './address.js';
import { NavMenu } from './navigation.js';
import { themeCss } from './theme.js';

/** Streamlit's "auto" sidebar starts collapsed on screens this narrow. */
const NARROW = '(max-width: 768px)';

export class AppPage {
  /**
   * @param {HTMLElement} host the app's element
   * @param {import('./shell.js').Shell} shell
   * @param {(location: import('./address.js').Location) => void} navigate  run the page at `location`
   */
  constructor(host, shell, navigate) {
    this._host = host;
    this._shell = shell;
    this._navigate = navigate;
    this._unregister = register(this);
    /** Where the app is, as the worker knows it; the address bar shows it when this app owns it. */
    this._location = readAddress() ?? { page: '', query: window.location.search.replace(/^\?/, '') };
    /** Bound parameters of changes a form or `on_change="ignore"` holds: no run has them yet. */
    this._heldQuery = new Map();
    this._config = { title: null, icon: null, layout: null, initialSidebarState: null, sidebarWidth: null };
    /** The visitor opened or closed the sidebar: the app's initial state no longer applies. */
    this._sidebarToggled = false;
    this._title = document.title;
    this._favicon = null;

    const root = shell.el.getRootNode();
    this._themeStyle = h('style', { 'data-hw': 'theme' });
    root.append(h('style', { text: css }), this._themeStyle);
    this._menu = new NavMenu({ sidebar: shell.navSlot, top: shell.headerSlot }, (page) => this.follow({ page, query: '' }));

    this._collapse = h('button', {
      type: 'button', class: 'hw-sidebar-toggle hw-sidebar-collapse', 'data-testid': 'stSidebarCollapseButton',
      'aria-label': 'Close sidebar', text: '«',
    });
    this._expand = h('button', {
      type: 'button', class: 'hw-sidebar-toggle hw-sidebar-expand', 'data-testid': 'stExpandSidebarButton',
      'aria-label': 'Open sidebar', text: '»',
    });
    this._collapse.addEventListener('click', () => this._toggleSidebar(true));
    this._expand.addEventListener('click', () => this._toggleSidebar(false));
    shell.sidebarPanel.prepend(this._collapse);
    shell.sidebarPanel.after(this._expand);
    this._setCollapsed(window.matchMedia(NARROW).matches);

    this._scheme = window.matchMedia('(prefers-color-scheme: dark)');
    this._base = null;
    this._onScheme = () => this._applyScheme();
    this._scheme.addEventListener('change', this._onScheme);
    this._applyScheme();

    this._onPopState = () => {
      if (!ownsDocument(this)) return;
      const location = readAddress();
      // An in-page anchor (#section) or an address this app wrote itself: nothing to run.
      if (!location || (location.page === this._location.page && location.query === this._location.query)) return;
      this._location = location;
      this._heldQuery.clear();
      this._navigate(location);
    };
    window.addEventListener('popstate', this._onPopState);
  }

  /** What `boot:init` tells the worker: the address to start at, and `st.context`. */
  bootInfo() {
    let timezone = null;
    try {
      timezone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
    } catch {}
    let cookies = '';
    try {
      cookies = document.cookie;
    } catch {} // a sandboxed document has no cookies
    return {
      page: this._location.page,
      query: this._location.query,
      context: {
        url: window.location.href,
        cookies,
        locale: navigator.language ?? null,
        timezone,
        timezoneOffset: new Date().getTimezoneOffset(),
        theme: this._host.getAttribute('theme'),
        isEmbedded: new URLSearchParams(window.location.search).get('embed') === 'true' || window.self !== window.top,
      },
    };
  }

  /** A link to a page of the app was followed: show its address, and run it. */
  follow(location) {
    this._location = location;
    this._heldQuery.clear();
    if (ownsDocument(this)) writeAddress(location, 'push');
    this._navigate(location);
  }

  /**
   * A bound widget changed (elements/bound-query.js): put its parameter in the
   * address in place; null removes it. The worker writes the same after the run
   * that takes the change; until then a `held` change (a form, `on_change="ignore"`)
   * stays in the addresses the worker sends, which do not have it yet.
   */
  writeQuery(key, value, held = false) {
    if (held) this._heldQuery.set(key, value);
    else this._heldQuery.delete(key);
    const query = _withParam(this._location.query, key, value);
    if (query === this._location.query) return;
    this._location = { ...this._location, query };
    if (ownsDocument(this)) writeAddress(this._location, 'replace');
  }

  /** Handles `page:navigation`, `page:url`, `page:config` and `page:theme`. */
  receive(message) {
    switch (message.type) {
      case 'page:navigation':
        this._menu.update(message);
        this._shell.refreshSidebar();
        return this._applyTitle();
      case 'page:url': {
        let query = message.query;
        if (message.page !== this._location.page) this._heldQuery.clear(); // the widgets holding them are gone
        for (const [key, value] of this._heldQuery) query = _withParam(query, key, value);
        this._location = { page: message.page, query };
        if (ownsDocument(this)) writeAddress(this._location, message.history);
        return undefined;
      }
      case 'page:config':
        return this._applyConfig(message);
      case 'page:theme':
        this._base = message.theme.base === 'dark' || message.theme.base === 'light' ? message.theme.base : null;
        this._themeStyle.textContent = themeCss(message.theme);
        return this._applyScheme();
    }
    return undefined;
  }

  destroy() {
    window.removeEventListener('popstate', this._onPopState);
    this._scheme.removeEventListener('change', this._onScheme);
    this._expand.remove();
    this._host.removeAttribute('theme');
    if (ownsDocument(this)) {
      document.title = this._title;
      this._favicon?.remove();
    }
    this._unregister();
  }

  _applyConfig(message) {
    for (const key of Object.keys(this._config)) {
      if (message[key] != null) this._config[key] = message[key];
    }
    const { layout, initialSidebarState, sidebarWidth } = this._config;
    this._shell.el.classList.toggle('hw-wide', layout === 'wide');
    if (sidebarWidth) this._shell.sidebarPanel.style.setProperty('--hw-sidebar-width', `${sidebarWidth}px`);
    if (!this._sidebarToggled && message.initialSidebarState != null) {
      const narrow = window.matchMedia(NARROW).matches;
      this._setCollapsed(initialSidebarState === 'collapsed' || (initialSidebarState === 'auto' && narrow));
      this._shell.sidebarPanel.classList.toggle('hw-sidebar-locked', initialSidebarState === 'locked');
    }
    this._applyTitle();
    if (message.icon != null) this._applyFavicon(message.icon);
  }

  /** The title: set_page_config's, else the page's name in the menu, else the document's own. */
  _applyTitle() {
    if (!ownsDocument(this)) return;
    document.title = this._config.title ?? this._menu.currentTitle ?? this._title;
  }

  _applyFavicon(icon) {
    if (!ownsDocument(this)) return;
    const href = _faviconHref(icon);
    if (!href) return;
    if (!this._favicon) {
      for (const old of document.head.querySelectorAll('link[rel~="icon"]')) old.remove();
      this._favicon = h('link', { rel: 'icon' });
      document.head.append(this._favicon);
    }
    this._favicon.href = href;
  }

  _applyScheme() {
    const theme = this._base ?? (this._scheme.matches ? 'dark' : 'light');
    this._host.setAttribute('theme', theme);
  }

  _toggleSidebar(collapsed) {
    this._sidebarToggled = true;
    this._setCollapsed(collapsed);
    (collapsed ? this._expand : this._collapse).focus();
  }

  _setCollapsed(collapsed) {
    this._shell.sidebarPanel.classList.toggle('hw-collapsed', collapsed);
    this._shell.sidebarPanel.setAttribute('aria-expanded', String(!collapsed));
  }
}

/** A favicon URL for set_page_config's page_icon: an emoji drawn in SVG, or an image URL. */
function _faviconHref(icon) {
  if (icon.startsWith(':material/')) return null;
  if (/^(https?:|data:image\/)/i.test(icon) || /\.(png|ico|svg|jpe?g|gif|webp)$/i.test(icon)) return icon;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, '')}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** `query` with `key` set to `value` (a list repeats it; null removes it), where the key already is. */
function _withParam(query, key, value) {
  const entries = [...new URLSearchParams(query)];
  const at = entries.findIndex(([name]) => name === key);
  const others = entries.filter(([name]) => name !== key);
  const values = value === null ? [] : [value].flat();
  others.splice(at < 0 ? others.length : at, 0, ...values.map((item) => [key, item]));
  return new URLSearchParams(others).toString();
}
