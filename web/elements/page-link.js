/**
 * `st.page_link`: a link to a page of the app, run in place (and put in the
 * address bar), or to an external http(s) URL, opened in a new tab. Any other
 * scheme (`javascript:`, `data:`) never becomes a link.
 */
import { equal, h, setAttr, setText } from '../dom.js';
import { addressOf } from '../address.js';
import { iconNode } from '../navigation.js';

export class PageLink {
  /**
   * @param {null} _id
   * @param {object} props
   * @param {{navigate?: (location: {page: string, query: string}) => void}} ctx
   */
  constructor(_id, props, ctx) {
    this._ctx = ctx;
    this._props = props;
    this.el = h('div', { class: 'hw-page-link' });
    this.update(props);
  }

  update(props, prev) {
    this._props = props;
    if (prev && equal(props, prev)) return;
    const external = props.external && /^https?:\/\//i.test(props.page);
    const usable = !props.disabled && (external || !props.external);
    const label = h('span', { class: 'hw-page-link-label' });
    setText(label, props.label);
    const icon = iconNode(props.icon);
    const parts = props.icon_position === 'right' ? [label, icon] : [icon, label];
    let link;
    if (usable) {
      link = h('a', {
        'data-testid': 'stPageLink-NavLink',
        href: external ? props.page : addressOf({ page: props.page, query: props.query }),
        target: external ? '_blank' : null,
        rel: external ? 'noopener noreferrer' : null,
        class: props.active ? 'hw-active' : null,
        'aria-current': props.active ? 'page' : null,
      }, parts);
      if (!external) link.addEventListener('click', (event) => this._follow(event));
    } else {
      link = h('span', { class: 'hw-page-link-disabled', 'aria-disabled': 'true', 'data-testid': 'stPageLink-NavLink' }, parts);
    }
    setAttr(link, 'title', props.help || null);
    this.el.dataset.width = typeof props.width === 'number' ? 'fixed' : props.width;
    this.el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    this.el.replaceChildren(link);
  }

  _follow(event) {
    // A modified click opens the page's address in a new tab, as links do.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this._ctx.navigate?.({ page: this._props.page, query: this._props.query });
  }
}
