/**
 * Containers. A block's children are separate deltas at `path.i`; the
 * renderer appends their nodes to the view's `body` (or `el`), so a block
 * view draws only its own chrome: an expander's summary, the tab strip, a
 * popover's button, a dialog's frame, a chat message's avatar.
 *
 * What the visitor opened or selected lives here, on the page, and survives
 * reruns (the renderer patches a block in place); the script's value wins
 * only when the script changes it. Expanders, tabs and popovers with
 * `stateful` are widgets too: they send what the visitor did.
 */
import { h, mediaUrl, setText } from '../dom.js';
import { setMarkdown } from './markdown.js';

/** Streamlit's named sizes (gaps and st.space), in rem. */
const SIZES = { xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8 };
/** st.space's sizes differ from gaps: `small` is a label's height, `medium` a button's. */
const SPACE_SIZES = { ...SIZES, small: 0.75, medium: 2.5, large: 4.25 };
const DIALOG_WIDTHS = { small: '500px', medium: '750px', large: '1280px' };

/** A CSS length for a named size or pixels; null leaves it unset. */
function _length(size, table = SIZES) {
  if (typeof size === 'number') return `${size}px`;
  if (size in table) return `${table[size]}rem`;
  return null;
}

/** The same, for blocks drawn in other files (st.grid). */
export const cssLength = _length;

/** `width` as Streamlit gives it: "stretch", "content" or pixels. */
function _applyWidth(el, width) {
  el.style.width = typeof width === 'number' ? `${width}px` : width === 'content' ? 'fit-content' : '';
  el.style.maxWidth = typeof width === 'number' ? '100%' : '';
}

/** Inline markdown (a label, a title), emoji and `:material/icon:` included. */
function _inline(el, text) {
  if (el.dataset.source === text) return;
  el.dataset.source = text;
  setMarkdown(el, text, { inline: true });
}

function _icon(icon) {
  const el = h('span', { class: 'hw-block-icon', 'aria-hidden': 'true' });
  if (icon) _inline(el, icon);
  return el;
}

/**
 * The view for a `block` element: picked by its `layout`. (A function called with
 * `new` returns the object it builds.)
 */
export function Block(id, props, ctx) {
  const View = _views[props.layout] ?? FlexBlock;
  return new View(id, props, ctx);
}

const _testIds = { vertical: 'stVerticalBlock', horizontal: 'stHorizontalBlock', column: 'stColumn' };

/** st.container, a row of st.columns, one column; a fragment's container re-runs it on a timer. */
class FlexBlock {
  constructor(id, props, ctx) {
    this._ctx = ctx;
    this.el = h('div', { class: 'hw-block' });
    /** @type {ReturnType<typeof setInterval>|undefined} */
    this._timer = undefined;
    /** @type {MutationObserver|undefined} */
    this._follow = undefined;
    this.update(props, {});
  }

  update(props, prev) {
    const el = this.el;
    const layout = props.layout ?? 'vertical';
    el.dataset.layout = layout;
    el.dataset.testid = props.horizontal ? 'stHorizontalBlock' : _testIds[layout];
    el.dataset.direction = props.horizontal || layout === 'horizontal' ? 'row' : 'column';
    el.classList.toggle('hw-bordered', Boolean(props.border));
    el.style.gap = props.gap === null ? '0' : (_length(props.gap ?? 'small') ?? '');
    el.style.flex = layout === 'column' ? `${props.weight ?? 1} 1 0` : '';
    if (layout !== 'column') _applyWidth(el, props.width);
    el.dataset.wrap = String(props.wrap !== false);
    el.dataset.valign = props.vertical_alignment ?? 'top';
    el.dataset.halign = props.horizontal_alignment ?? 'left';
    const fixed = typeof props.height === 'number';
    el.style.height = fixed ? `${props.height}px` : '';
    el.classList.toggle('hw-scroll', fixed);
    el.classList.toggle('hw-stretch-height', props.height === 'stretch');
    if (props.key !== prev.key) {
      if (prev.key) el.classList.remove(`st-key-${prev.key}`);
      if (props.key) el.classList.add(`st-key-${props.key}`);
    }
    el.dataset.fragment = props.fragment ?? '';
    this._setTimer(props);
    this._setFollow(fixed && props.autoscroll !== false, props.autoscroll === null);
  }

  /** `run_every`: rerun the fragment on a timer while the block is on the page. */
  _setTimer({ fragment, run_every: every }) {
    if (this._timer !== undefined && this._timerKey === `${fragment}@${every}`) return;
    clearInterval(this._timer);
    this._timer = undefined;
    if (!fragment || !every) return;
    this._timerKey = `${fragment}@${every}`;
    this._timer = setInterval(() => this._ctx.rerunFragment(fragment), every * 1000);
  }

  /**
   * `autoscroll`: a scrolling container stays at the bottom as content arrives;
   * by default (null) only one that holds chat messages, as a chat log should.
   */
  _setFollow(on, onlyChats) {
    this._onlyChats = onlyChats;
    if (Boolean(this._follow) === Boolean(on)) return;
    this._follow?.disconnect();
    this._follow = undefined;
    if (!on) return;
    this._follow = new MutationObserver(() => {
      if (this._onlyChats && !this.el.querySelector('.hw-chat-message')) return;
      this.el.scrollTop = this.el.scrollHeight;
    });
    this._follow.observe(this.el, { childList: true, subtree: true });
  }

  destroy() {
    clearInterval(this._timer);
    this._follow?.disconnect();
  }
}

/** st.expander and st.status: a `<details>` that keeps the visitor's open state across reruns. */
class Expander {
  constructor(id, props, ctx) {
    this.id = id;
    this._ctx = ctx;
    this._label = h('span', { class: 'hw-expander-label' });
    this._icon = _icon(null);
    this._summary = h('summary', { class: 'hw-expander-summary' }, [
      this._icon,
      this._label,
      h('span', { class: 'hw-expander-chevron', 'aria-hidden': 'true' }),
    ]);
    this.body = h('div', { class: 'hw-block hw-expander-body', 'data-layout': 'vertical', 'data-testid': 'stExpanderDetails' });
    this.el = h('details', { class: 'hw-expander', 'data-testid': 'stExpander' }, [this._summary, this.body]);
    this._summary.addEventListener('click', (event) => {
      if (!this._stateful) return;
      // The click toggles `open` after this handler: send the state it is about to take.
      event.preventDefault();
      this.el.open = !this.el.open;
      this._ctx.send(this.id, this.el.open);
    });
    this.update(props, {});
  }

  update(props, prev) {
    this._stateful = Boolean(props.stateful);
    _inline(this._label, props.label ?? '');
    const state = props.state ?? null;
    this.el.dataset.state = state ?? '';
    this.el.dataset.type = props.type ?? 'default';
    if (props.icon !== prev.icon || state !== (prev.state ?? null)) {
      const icon = _icon(state ? null : props.icon);
      if (state) icon.dataset.state = state;
      this._icon.replaceWith(icon);
      this._icon = icon;
      this._icon.hidden = !state && !props.icon;
    }
    _applyWidth(this.el, props.width);
    // Only a change of the script's value overrides the visitor; null (st.status's
    // update without `expanded`) leaves their choice alone.
    if (typeof props.expanded === 'boolean' && props.expanded !== this._scriptExpanded) {
      this.el.open = props.expanded;
      this._scriptExpanded = props.expanded;
    }
  }
}

/** st.tabs: a tab strip over one panel per tab (the `tab` blocks); the selected tab stays selected. */
class Tabs {
  constructor(id, props, ctx) {
    this.id = id;
    this._ctx = ctx;
    this._active = props.default ?? 0;
    this._list = h('div', { class: 'hw-tab-list', role: 'tablist', 'data-testid': 'stTabsTabList' });
    this.body = h('div', { class: 'hw-tab-panels' });
    this.el = h('div', { class: 'hw-tabs', 'data-testid': 'stTabs' }, [this._list, this.body]);
    this._list.addEventListener('keydown', (event) => this._key(event));
    // Panels arrive as children after this view is built: show only the selected one.
    this._panels = new MutationObserver(() => this._show());
    this._panels.observe(this.body, { childList: true });
    this.update(props, {});
  }

  update(props, prev) {
    const labels = props.tabs ?? [];
    if (JSON.stringify(labels) !== JSON.stringify(prev.tabs)) {
      this._list.replaceChildren(
        ...labels.map((label, index) => {
          const tab = h('button', { type: 'button', class: 'hw-tab', role: 'tab', 'data-testid': 'stTab' });
          _inline(tab, label);
          tab.addEventListener('click', () => this._select(index, true));
          return tab;
        }),
      );
    }
    if (props.default !== prev.default) this._active = props.default ?? 0;
    this._active = Math.min(this._active, Math.max(labels.length - 1, 0));
    this._props = props;
    _applyWidth(this.el, props.width);
    this.body.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    this._show();
  }

  _select(index, byVisitor) {
    if (index === this._active) return;
    this._active = index;
    this._show();
    if (byVisitor && this._props.stateful) this._ctx.send(this.id, this._props.tabs[index]);
  }

  _key(event) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const count = this._list.children.length;
    this._select((this._active + step + count) % count, true);
    /** @type {HTMLElement} */ (this._list.children[this._active]).focus();
  }

  _show() {
    [...this._list.children].forEach((tab, index) => {
      tab.setAttribute('aria-selected', String(index === this._active));
      tab.tabIndex = index === this._active ? 0 : -1;
    });
    [...this.body.children].forEach((panel, index) => {
      /** @type {HTMLElement} */ (panel).hidden = index !== this._active;
    });
  }

  destroy() {
    this._panels.disconnect();
  }
}

/** One tab's panel. */
class Tab {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-block hw-tab-panel', 'data-layout': 'vertical', role: 'tabpanel', 'data-testid': 'stTabPanel' });
    this.update(props);
  }

  update(props) {
    this.el.setAttribute('aria-label', props.label ?? '');
  }
}

/** st.popover: a button that opens a floating panel (the Popover API: top layer, light dismiss). */
class Popover {
  constructor(id, props, ctx) {
    this.id = id;
    this._ctx = ctx;
    this._label = h('span', { class: 'hw-popover-label' });
    this._icon = _icon(null);
    this._button = h('button', { type: 'button', class: 'hw-button hw-popover-button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }, [
      this._icon,
      this._label,
      h('span', { class: 'hw-popover-chevron', 'aria-hidden': 'true' }),
    ]);
    this.body = h('div', { class: 'hw-block', 'data-layout': 'vertical' });
    this._panel = h('div', { class: 'hw-popover-panel', popover: 'auto', role: 'dialog', 'data-testid': 'stPopoverBody' }, [this.body]);
    this.el = h('div', { class: 'hw-popover', 'data-testid': 'stPopover' }, [this._button, this._panel]);
    this._button.addEventListener('click', () => this._panel.togglePopover());
    this._panel.addEventListener('toggle', (event) => {
      const open = /** @type {ToggleEvent} */ (event).newState === 'open';
      this._button.setAttribute('aria-expanded', String(open));
      if (open) this._place();
      if (this._props.stateful && open !== this._sent) {
        this._sent = open;
        this._ctx.send(this.id, open);
      }
    });
    this._reposition = () => this._panel.matches(':popover-open') && this._place();
    window.addEventListener('resize', this._reposition);
    window.addEventListener('scroll', this._reposition, true);
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    _inline(this._label, props.label ?? '');
    if (props.icon !== prev.icon) {
      const icon = _icon(props.icon);
      icon.hidden = !props.icon;
      this._icon.replaceWith(icon);
      this._icon = icon;
    }
    this._button.dataset.type = props.type ?? 'secondary';
    this._button.disabled = Boolean(props.disabled);
    this._button.title = props.help ?? '';
    _applyWidth(this.el, props.width);
    this._button.classList.toggle('hw-full-width', props.width === 'stretch');
    if (props.stateful && props.value !== prev.value && props.value !== this._sent) {
      this._sent = props.value;
      // The panel must be in the document to open; a new view is appended right after this.
      queueMicrotask(() => this.el.isConnected && this._panel.togglePopover(Boolean(props.value)));
    }
  }

  /** Under the button, kept inside the viewport. */
  _place() {
    const button = this._button.getBoundingClientRect();
    const panel = this._panel;
    const width = panel.offsetWidth;
    const left = Math.max(8, Math.min(button.left, window.innerWidth - width - 8));
    panel.style.left = `${left}px`;
    const below = button.bottom + 8;
    const fits = below + panel.offsetHeight <= window.innerHeight || button.top < panel.offsetHeight + 16;
    panel.style.top = `${fits ? below : button.top - panel.offsetHeight - 8}px`;
  }

  destroy() {
    window.removeEventListener('resize', this._reposition);
    window.removeEventListener('scroll', this._reposition, true);
  }
}

/** st.dialog: a modal `<dialog>` that opens when drawn; dismissing it may rerun the app. */
class Dialog {
  constructor(id, props, ctx) {
    this.id = id;
    this._ctx = ctx;
    this._title = h('h2', { class: 'hw-dialog-title' });
    this._icon = _icon(null);
    this._close = h('button', { type: 'button', class: 'hw-dialog-close', 'aria-label': 'Close' });
    this.body = h('div', { class: 'hw-block hw-dialog-body', 'data-layout': 'vertical' });
    this.el = h('dialog', { class: 'hw-dialog', 'data-testid': 'stDialog' }, [
      h('div', { class: 'hw-dialog-header' }, [this._icon, this._title, this._close]),
      this.body,
    ]);
    this._close.addEventListener('click', () => this._dismiss());
    // Escape: the browser's cancel, allowed only when dismissible.
    this.el.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (this._props.dismissible) this._dismiss();
    });
    // A click on the backdrop lands on the <dialog> itself, outside its box.
    this.el.addEventListener('mousedown', (event) => {
      if (event.target !== this.el || !this._props.dismissible) return;
      const box = this.el.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) this._dismiss();
    });
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    this.el.setAttribute('aria-label', props.title ?? '');
    _inline(this._title, props.title ?? '');
    if (props.icon !== prev.icon) {
      const icon = _icon(props.icon);
      icon.hidden = !props.icon;
      this._icon.replaceWith(icon);
      this._icon = icon;
    }
    this._close.hidden = !props.dismissible;
    const width = props.width ?? 'small';
    this.el.style.width = typeof width === 'number' ? `${width}px` : DIALOG_WIDTHS[width] ?? DIALOG_WIDTHS.small;
    this.el.dataset.position = props.position ?? 'center';
    // Drawn again by a run: (re)open. A new view is appended to the page right after this.
    queueMicrotask(() => this.el.isConnected && !this.el.open && this.el.showModal());
  }

  _dismiss() {
    this.el.close();
    if (this._props.on_dismiss && this.id) this._ctx.trigger(this.id);
  }
}

/** st.chat_message: an avatar beside the message's elements. */
class ChatMessage {
  constructor(id, props) {
    this._avatar = h('div', { class: 'hw-chat-avatar' });
    this.body = h('div', { class: 'hw-block hw-chat-content', 'data-layout': 'vertical', 'data-testid': 'stChatMessageContent' });
    this.el = h('div', { class: 'hw-chat-message', 'data-testid': 'stChatMessage' }, [this._avatar, this.body]);
    this._url = null;
    this.update(props, {});
  }

  update(props, prev) {
    this.el.setAttribute('aria-label', `Chat message from ${props.name}`);
    _applyWidth(this.el, props.width);
    const avatar = props.avatar ?? { type: 'initial', value: '' };
    this.el.dataset.avatar = avatar.type;
    if (JSON.stringify(avatar) === JSON.stringify(prev.avatar)) return;
    this._revoke();
    const el = this._avatar;
    el.replaceChildren();
    el.dataset.type = avatar.type;
    const testIds = { user: 'stChatMessageAvatarUser', assistant: 'stChatMessageAvatarAssistant', image: 'stChatMessageAvatarImage' };
    el.dataset.testid = testIds[avatar.type] ?? 'stChatMessageAvatarCustom';
    if (avatar.type === 'image') {
      this._url = avatar.src instanceof Uint8Array ? URL.createObjectURL(new Blob([avatar.src], { type: avatar.mime ?? '' })) : null;
      el.append(h('img', { src: this._url ?? mediaUrl(avatar.src), alt: `${props.name} avatar` }));
    } else if (avatar.type === 'emoji' || avatar.type === 'icon') {
      _inline(el, avatar.value);
    } else if (avatar.type === 'initial') {
      setText(el, avatar.value ?? '');
    }
  }

  _revoke() {
    if (this._url) URL.revokeObjectURL(this._url);
    this._url = null;
  }

  destroy() {
    this._revoke();
  }
}

const _views = {
  vertical: FlexBlock,
  horizontal: FlexBlock,
  column: FlexBlock,
  expander: Expander,
  tabs: Tabs,
  tab: Tab,
  popover: Popover,
  dialog: Dialog,
  chat_message: ChatMessage,
};

/** `st.empty()`: a placeholder that draws nothing until something replaces it. */
export class Empty {
  constructor() {
    this.el = h('div', { class: 'hw-empty' });
  }

  update() {}
}

/** `st.space()`: room, down in a vertical container and across in a horizontal one. */
export class Space {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-space', 'aria-hidden': 'true' });
    this.update(props);
  }

  update(props) {
    const size = props.size ?? 'small';
    this.el.dataset.size = size === 'stretch' ? 'stretch' : 'fixed';
    this.el.style.setProperty('--hw-space', _length(size, SPACE_SIZES) ?? '0');
  }
}
