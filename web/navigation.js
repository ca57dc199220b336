/**
 * The multipage menu, drawn from `page:navigation`: links at the top of the
 * sidebar (Streamlit's `stSidebarNav`) or across the top of the app, grouped
 * under section headers, with "View more" when the sidebar list is long.
 */
import { h } from './dom.js';
import { addressOf } from './address.js';
import { iconElement } from './elements/icon.js';

/**
 * @typedef {{urlPath: string, title: string, icon: string, section: string, hidden: boolean,
 *   help: string, externalUrl: string|null}} NavPage
 * @typedef {{position: 'sidebar'|'top'|'hidden', expanded: boolean|number, sections: string[],
 *   pages: NavPage[], current: string}} NavMessage
 */

/** Streamlit collapses a sidebar menu to this many links when it has two more than that. */
const COLLAPSED_COUNT = 10;

export class NavMenu {
  /**
   * @param {{sidebar: HTMLElement, top: HTMLElement}} slots where each position draws
   * @param {(page: string) => void} follow  a link to `page` was clicked
   */
  constructor(slots, follow) {
    this._slots = slots;
    this._follow = follow;
    /** The last message drawn, as JSON: runs repeat it, and redrawing would drop focus. */
    this._drawn = '';
    this._showAll = false;
    /** @type {NavMessage|null} */
    this._message = null;
  }

  /** Whether the menu is in the sidebar. */
  get inSidebar() {
    return this._slots.sidebar.childElementCount > 0;
  }

  /** The title of the page on show, for the document title; null without a menu. */
  get currentTitle() {
    const page = this._message?.pages.find((p) => p.urlPath === this._message.current);
    return page ? page.title : null;
  }

  /** @param {NavMessage} message */
  update(message) {
    this._message = message.pages.length ? message : null;
    const key = JSON.stringify(message) + this._showAll;
    if (key === this._drawn) return;
    this._drawn = key;
    const shown = message.pages.filter((p) => !p.hidden);
    const position = shown.length > 1 ? message.position : 'hidden';
    this._slots.sidebar.replaceChildren(...(position === 'sidebar' ? [this._sidebarMenu(message, shown)] : []));
    this._slots.top.replaceChildren(...(position === 'top' ? [this._topMenu(message, shown)] : []));
  }

  _sidebarMenu(message, pages) {
    const limit = message.expanded === true ? Infinity : (message.expanded || COLLAPSED_COUNT);
    const collapsible = pages.length >= limit + 3;
    const visible = collapsible && !this._showAll ? pages.slice(0, limit) : pages;
    const items = [];
    let section = null;
    for (const page of visible) {
      if (page.section && page.section !== section) {
        items.push(h('li', { class: 'hw-nav-section' }, [
          h('header', { 'data-testid': 'stNavSectionHeader', text: page.section }),
        ]));
      }
      section = page.section;
      items.push(h('li', {}, [this._link(page, message.current, 'stSidebarNavLink')]));
    }
    const nav = h('nav', { class: 'hw-nav', 'data-testid': 'stSidebarNav', 'aria-label': 'Pages' }, [
      h('ul', { class: 'hw-nav-items', 'data-testid': 'stSidebarNavItems' }, items),
    ]);
    if (collapsible) {
      const more = h('button', {
        type: 'button',
        class: 'hw-nav-more',
        'data-testid': 'stSidebarNavViewButton',
        text: this._showAll ? 'View less' : `View ${pages.length - limit} more`,
      });
      more.addEventListener('click', () => {
        this._showAll = !this._showAll;
        this.update(message);
      });
      nav.append(more);
    }
    return nav;
  }

  _topMenu(message, pages) {
    const items = [];
    const groups = new Map();
    for (const page of pages) {
      if (!page.section) {
        items.push(this._link(page, message.current, 'stTopNavLink'));
        continue;
      }
      let group = groups.get(page.section);
      if (!group) {
        const list = h('div', { class: 'hw-top-nav-list' });
        const active = pages.some((p) => p.section === page.section && p.urlPath === message.current);
        group = h('details', { class: 'hw-top-nav-section', 'data-testid': 'stTopNavSection' }, [
          h('summary', { class: active ? 'hw-active' : null, text: page.section }),
          list,
        ]);
        groups.set(page.section, group);
        items.push(group);
      }
      group.lastElementChild.append(this._link(page, message.current, 'stTopNavLink'));
    }
    return h('nav', { class: 'hw-top-nav', 'data-testid': 'stTopNav', 'aria-label': 'Pages' }, items);
  }

  /** @param {NavPage} page */
  _link(page, current, testId) {
    const external = page.externalUrl !== null && /^https?:\/\//i.test(page.externalUrl);
    const active = !page.externalUrl && page.urlPath === current;
    const link = h('a', {
      class: `hw-nav-link${active ? ' hw-active' : ''}`,
      'data-testid': testId,
      href: external ? page.externalUrl : addressOf({ page: page.urlPath, query: '' }),
      target: external ? '_blank' : null,
      rel: external ? 'noopener noreferrer' : null,
      title: page.help || null,
      'aria-current': active ? 'page' : null,
    }, [iconNode(page.icon), h('span', { class: 'hw-nav-label', text: page.title })]);
    if (!page.externalUrl) {
      link.addEventListener('click', (event) => {
        // A modified click opens the page's address in a new tab, as links do.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        this._follow(page.urlPath);
      });
    }
    return link;
  }
}

/**
 * A page's icon: an emoji or a Material icon; nothing for none.
 * @param {string} icon
 */
export function iconNode(icon) {
  if (!icon || icon === 'spinner') return '';
  return iconElement(icon, 'hw-nav-icon');
}
