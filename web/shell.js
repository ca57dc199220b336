/**
 * The app's frame inside the host's shadow root: styles, sidebar, main
 * column, the "Running…" status with its Stop button, and a slot for the dev
 * banner. The shadow root keeps the app's CSS and the host page's CSS from
 * touching each other.
 */
import css from './style.css';
import { h } from './dom.js';

export class Shell {
  /** @param {HTMLElement} host */
  constructor(host) {
    this._host = host;
    // Open, so tests (and Playwright's role selectors) can see inside.
    this._root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    /** The root blocks' containers. */
    this.main = h('div', { class: 'hw-block', 'data-layout': 'vertical', 'data-testid': 'stMainBlockContainer' });
    this.sidebar = h('div', { class: 'hw-block', 'data-layout': 'vertical', 'data-testid': 'stSidebarUserContent' });
    /** Boot progress and boot errors go here, above the app. */
    this.bootSlot = h('div', { class: 'hw-boot-slot' });
    this.bannerSlot = h('div', { class: 'hw-banner-slot' });
    /** The multipage menu: at the top of the sidebar, or across the top of the main area (see app-page.js). */
    this.navSlot = h('div', { class: 'hw-nav-slot' });
    this.headerSlot = h('div', { class: 'hw-header-slot' });
    /** Called when the visitor presses Stop. */
    this.onStop = () => {};
    const stop = h('button', { type: 'button', class: 'hw-button hw-status-stop', text: 'Stop' });
    stop.addEventListener('click', () => this.onStop());
    this._status = h('div', { class: 'hw-status', role: 'status', 'data-testid': 'stStatusWidget', hidden: true }, [
      h('span', { class: 'hw-status-icon', 'aria-hidden': 'true' }),
      'Running…',
      stop,
    ]);
    this._sidebarPanel = h('aside', { class: 'hw-sidebar', 'data-testid': 'stSidebar', hidden: true }, [
      h('div', { class: 'hw-sidebar-content' }, [this.navSlot, this.sidebar]),
    ]);
    this.sidebarPanel = this._sidebarPanel;
    this._sidebarHasElements = false;
    this._layout = h('div', { class: 'hw-layout' }, [
      this._sidebarPanel,
      h('main', { class: 'hw-main', 'data-testid': 'stMain' }, [this.headerSlot, h('div', { class: 'hw-main-content' }, [this.bootSlot, this.main])]),
    ]);
    this.el = h('div', { class: 'hw-app', 'data-testid': 'stApp' }, [
      h('div', { class: 'hw-toolbar' }, [h('div', { class: 'hw-toolbar-items' }, [this._status, this.bannerSlot])]),
      this._layout,
    ]);
    this._root.replaceChildren(h('style', { text: css }), this.el);
    this.setState('booting');
  }

  /**
   * Shows "Running…" while a run is under way. The state is also the host's
   * `state` attribute, for pages and tests that wait on the app.
   * @param {'booting'|'running'|'idle'|'error'} state
   */
  setState(state) {
    this._host.setAttribute('state', state);
    this._status.hidden = state !== 'running';
  }

  /**
   * A preview is the page of an earlier run shown while Python starts: greyed,
   * and inert, so no widget takes input the worker is not ready for.
   * @param {boolean} shown
   */
  setPreview(shown) {
    this.el.classList.toggle('hw-preview', shown);
    // From now on boot progress floats over the page instead of pushing it down.
    if (shown) this.el.classList.add('hw-has-page');
    this._layout.inert = shown;
    this._host.toggleAttribute('preview', shown);
  }

  /** @param {boolean} shown whether the sidebar has elements; a sidebar menu shows it too */
  showSidebar(shown) {
    this._sidebarHasElements = shown;
    this._sidebarPanel.hidden = !shown && !this.navSlot.childElementCount;
  }

  /** The menu changed: show or hide the sidebar again. */
  refreshSidebar() {
    this.showSidebar(this._sidebarHasElements);
  }

  destroy() {
    this._root.replaceChildren();
    this._host.removeAttribute('state');
  }
}
