/**
 * `st.pagination`: previous and next arrows around numbered page buttons. With
 * many pages it shows the first, the last and a window around the selected one,
 * with an ellipsis for each gap.
 */
import { h } from '../dom.js';
import { Widget, applyWidth } from './widget.js';

/**
 * The pages to draw, in order, with `null` for an ellipsis: at most about `max`
 * buttons (one or two more, to keep the first and last), all when `max` is null.
 * @returns {(number|null)[]}
 */
export function visiblePages(current, total, max) {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (max == null || total <= max) return all;
  if (max === 0) return [];
  if (max < 3) return [current];
  const inner = max - 2;
  let start = Math.max(2, current - Math.floor((inner - 1) / 2));
  const end = Math.min(total - 1, start + inner - 1);
  start = Math.max(2, end - inner + 1);
  const middle = all.slice(start - 1, end);
  return [1, ...(start > 2 ? [null] : []), ...middle, ...(end < total - 1 ? [null] : []), total];
}

export class Pagination extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-pagination');
    this._nav = h('nav', { class: 'hw-pagination-nav', 'aria-label': 'Pagination' });
    this._nav.addEventListener('click', (event) => {
      const button = /** @type {HTMLElement} */ (event.target).closest('button');
      if (button && !button.hasAttribute('disabled')) this._select(Number(button.dataset.page));
    });
    this.el.append(this._nav);
    this._page = props.value ?? props.default ?? 1;
    /** How many page buttons fit the container's width (Infinity until measured). */
    this._fits = Infinity;
    this._resize = new ResizeObserver(() => this._measure());
    this.update(props, {});
  }

  update(props, prev = {}) {
    this._props = props;
    if (this._takesValue(props, prev)) this._page = props.value;
    this._page = Math.min(Math.max(1, this._page), props.num_pages);
    applyWidth(this.el, props.width);
    this._draw();
    // Once on the page: the container's width decides how many buttons fit.
    queueMicrotask(() => this._observeParent());
  }

  /** Watches the container once (again if moved): re-observing it on every rerun would re-measure each time. */
  _observeParent() {
    const parent = this.el.parentElement;
    if (!parent || parent === this._observed) return;
    this._resize.disconnect();
    this._resize.observe(parent);
    this._observed = parent;
  }

  /** Fewer page buttons when the row is narrow, so it never wraps (as Streamlit's does). */
  _measure() {
    const width = this.el.parentElement?.clientWidth ?? 0;
    const button = this._nav.querySelector('button')?.getBoundingClientRect().width || 38;
    const fits = width ? Math.max(0, Math.floor(width / (button + 2)) - 2) : Infinity;
    if (fits === this._fits) return;
    this._fits = fits;
    this._draw();
  }

  destroy() {
    this._resize.disconnect();
  }

  _select(page) {
    if (!(page >= 1 && page <= this._props.num_pages) || page === this._page) return;
    this._page = page;
    this._draw();
    this._send(page);
  }

  _draw() {
    const { num_pages: total, max_visible_pages: wanted, disabled } = this._props;
    const max = Math.min(wanted ?? total, this._fits);
    const page = this._page;
    // Reruns repeat most paginations as they are: redraw only when what is drawn changes.
    const drawn = JSON.stringify([page, total, max, Boolean(disabled)]);
    if (this._nav.dataset.drawn === drawn) return;
    this._nav.dataset.drawn = drawn;
    const arrow = (label, target, testId, text, off) =>
      h('button', { type: 'button', class: 'hw-pagination-arrow', 'aria-label': label, 'data-page': target, 'data-testid': testId, disabled: disabled || off, text });
    const buttons = visiblePages(page, total, max).map((n) =>
      n === null
        ? h('span', { class: 'hw-pagination-ellipsis', 'aria-hidden': 'true', 'data-testid': 'stPaginationEllipsis', text: '…' })
        : h('button', {
            type: 'button',
            class: 'hw-pagination-page',
            'aria-label': `Page ${n}`,
            'aria-current': n === page ? 'page' : null,
            'data-page': n,
            'data-testid': n === page ? 'stPaginationPageActive' : 'stPaginationPage',
            disabled,
            text: String(n),
          }),
    );
    this._nav.replaceChildren(
      arrow('Previous page', page - 1, 'stPaginationPrev', '‹', page <= 1),
      ...buttons,
      arrow('Next page', page + 1, 'stPaginationNext', '›', page >= total),
    );
  }
}
