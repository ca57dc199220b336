/**
 * Applies the worker's deltas to the page. Elements live in a tree mirroring
 * the protocol's paths (`main.3.1` is child 1 of child 3 of `main`); an
 * element that keeps its kind and widget id is patched in place, so focus,
 * scroll and half-typed input survive reruns. While a run is under way,
 * elements it has not re-emitted yet stay, and grey out if it takes a while.
 *
 * Roots: `main` and `sidebar` are the shell's; the renderer adds `bottom` (pinned
 * to the bottom of the main area, for st.chat_input and st.bottom) and `event`
 * (toasts and dialogs, floating above the page). A widget inside a fragment's
 * block sends its changes as a rerun of that fragment only.
 */
import { createView } from './elements/index.js';
import { h } from './dom.js';

/** Streamlit waits this long before greying elements a rerun has not reached. */
const STALE_DELAY_MS = 400;

/**
 * @typedef {object} Slot  one element on the page
 * @property {string} kind
 * @property {string|null} id  widget id
 * @property {object} props
 * @property {import('./elements/index.js').View} view
 * @property {Slot[]|null} children  a block's elements in order; null for other kinds
 * @property {number} seen  index of the last run that emitted this element
 *
 * @typedef {{path: string, element: {kind: string, id?: string|null, props?: object}}} Delta
 */

export class Renderer {
  /**
   * @param {{main: HTMLElement, sidebar: HTMLElement}} roots where the shell's root blocks draw
   * @param {{send(widgetId: string, value: any, fragment?: string|null): number,
   *   trigger(widgetId: string, value?: any, fragment?: string|null): void,
   *   rerunFragment?(fragment: string): void,
   *   requestDownload?(widgetId: string): Promise<{data: Uint8Array|null, fileName: string, mime: string, error: string|null}>}} channel
   */
  constructor(roots, channel) {
    const host = roots.main.closest('.hw-main') ?? roots.main.parentElement;
    /** The frame of the `bottom` root: sticky at the bottom of the main area, hidden while empty. */
    this._bottomFrame = h('div', { class: 'hw-bottom', 'data-testid': 'stBottom', hidden: true }, [
      h('div', { class: 'hw-block hw-bottom-block', 'data-layout': 'vertical', 'data-testid': 'stBottomBlockContainer' }),
    ]);
    const event = h('div', { class: 'hw-event' });
    host?.append(this._bottomFrame, event);
    /** @type {Record<string, Slot>} */
    this._roots = {
      main: _rootSlot(roots.main),
      sidebar: _rootSlot(roots.sidebar),
      bottom: _rootSlot(/** @type {HTMLElement} */ (this._bottomFrame.firstChild)),
      event: _rootSlot(event),
    };
    /** Widget id → the id of the fragment whose block holds it. */
    this._fragments = new Map();
    /** Counts runs, to tell which elements the current run has re-emitted. */
    this._run = 0;
    /** `seq` of the newest rerun request the current run includes. */
    this._seq = 0;
    /** @type {ReturnType<typeof setTimeout>|undefined} */
    this._staleTimer = undefined;
    this._staleShown = false;
    /** @type {import('./elements/widget.js').RenderContext} */
    this._ctx = {
      send: (widgetId, value) => channel.send(widgetId, value, this._fragments.get(widgetId) ?? null),
      trigger: (widgetId, value = true) => channel.trigger(widgetId, value, this._fragments.get(widgetId) ?? null),
      rerunFragment: (fragment) => channel.rerunFragment?.(fragment),
      navigate: (location) => channel.navigate?.(location),
      writeQuery: (key, value, held) => channel.writeQuery?.(key, value, held),
      requestDownload: (widgetId) => channel.requestDownload?.(widgetId)
        ?? Promise.resolve({ data: null, fileName: '', mime: '', error: 'Download failed' }),
      runSeq: () => this._seq,
    };
  }

  /** Whether the sidebar has anything to show. */
  get hasSidebar() {
    return this._roots.sidebar.children.some((slot) => slot.kind !== 'empty');
  }

  /**
   * @param {number} seq the newest rerun request this run includes
   * @param {string|null} [fragment] the fragment this run reruns; only its elements may go stale
   */
  start(seq, fragment = null) {
    this._run++;
    this._seq = seq;
    this._clearStale();
    this._staleTimer = setTimeout(() => {
      this._staleShown = true;
      for (const block of this._scope(fragment)) this._markStale(block.children);
    }, STALE_DELAY_MS);
  }

  /** @param {Delta[]} deltas */
  apply(deltas) {
    for (const { path, element } of deltas) this._set(path, element);
    this._showBottom();
  }

  /**
   * Adds an element after the last one in a root: the page's own word, such as
   * "Python stopped", where no run will place it. The next run's finish removes it.
   * @param {string} root
   * @param {Delta['element']} element
   */
  append(root, element) {
    this._set(`${root}.${this._roots[root].children.length}`, element);
  }

  /**
   * Ends a run: in every listed block, children at index ≥ count are stale and go.
   * @param {Record<string, number>} blocks block path → child count
   */
  finish(blocks) {
    for (const [path, count] of Object.entries(blocks)) {
      const block = this._find(path.split('.'));
      if (!block?.children) continue;
      for (const slot of block.children.splice(count)) {
        slot.view.el.remove();
        _destroy(slot);
      }
    }
    this._clearStale();
    this._showBottom();
  }

  destroy() {
    clearTimeout(this._staleTimer);
    for (const root of Object.values(this._roots)) {
      for (const slot of root.children) _destroy(slot);
    }
  }

  _set(path, { kind, id = null, props = {} }) {
    const parts = path.split('.');
    const index = Number(parts.pop());
    const block = this._find(parts);
    if (!block?.children || !Number.isInteger(index) || index < 0) {
      console.warn(`Headwater: no block to hold the element at ${path}`);
      return;
    }
    const { children } = block;
    const body = block.view.body ?? block.view.el;
    // Indices arrive in order; a gap would mean a lost delta, so hold its place.
    while (children.length < index) {
      const filler = this._create('empty', null, {});
      children.push(filler);
      body.append(filler.view.el);
    }
    if (id !== null) this._fragments.set(id, this._fragmentAt(parts));
    const old = children[index];
    // A block's layout decides what it draws (a column, an expander, tabs...).
    if (old && old.kind === kind && old.id === id && old.props.layout === props.layout) {
      old.view.update(props, old.props);
      old.props = props;
      old.seen = this._run;
      if (this._staleShown) this._unstale(old);
      return;
    }
    const slot = this._create(kind, id, props);
    if (old) {
      old.view.el.replaceWith(slot.view.el);
      _destroy(old);
    } else {
      body.append(slot.view.el);
    }
    children[index] = slot;
  }

  /** The innermost fragment whose block (or wrapper block) holds the path `parts`. */
  _fragmentAt([root, ...indices]) {
    let slot = this._roots[root];
    let fragment = null;
    for (const index of indices) {
      slot = slot?.children?.[Number(index)];
      fragment = slot?.props.fragment ?? fragment;
    }
    return fragment;
  }

  /** The blocks a run may redraw: the roots, or a fragment's blocks. */
  _scope(fragment) {
    if (fragment === null) return Object.values(this._roots);
    const found = [];
    const visit = (children) => {
      for (const slot of children) {
        if (!slot.children) continue;
        if (slot.props.fragment === fragment) found.push(slot);
        else visit(slot.children);
      }
    };
    for (const root of Object.values(this._roots)) visit(root.children);
    return found;
  }

  _showBottom() {
    this._bottomFrame.hidden = !this._roots.bottom.children.some((slot) => slot.kind !== 'empty');
  }

  /** @returns {Slot} */
  _create(kind, id, props) {
    const view = createView(kind, id, props, this._ctx);
    return { kind, id, props, view, children: kind === 'block' ? [] : null, seen: this._run };
  }

  /** @param {string[]} parts a path split at the dots */
  _find([root, ...indices]) {
    let slot = this._roots[root];
    for (const index of indices) slot = slot?.children?.[Number(index)];
    return slot;
  }

  /** Greys elements this run has not reached; inside a reached block, looks at its children. */
  _markStale(children) {
    for (const slot of children) {
      if (slot.seen < this._run) slot.view.el.classList.add('hw-stale');
      else if (slot.children) this._markStale(slot.children);
    }
  }

  _unstale(slot) {
    slot.view.el.classList.remove('hw-stale');
    if (slot.children) this._markStale(slot.children);
  }

  _clearStale() {
    clearTimeout(this._staleTimer);
    if (!this._staleShown) return;
    this._staleShown = false;
    const clear = (children) => {
      for (const slot of children) {
        slot.view.el.classList.remove('hw-stale');
        if (slot.children) clear(slot.children);
      }
    };
    for (const root of Object.values(this._roots)) clear(root.children);
  }
}

/** @returns {Slot} */
function _rootSlot(el) {
  return { kind: 'block', id: null, props: {}, view: { el, update() {} }, children: [], seen: Infinity };
}

function _destroy(slot) {
  if (slot.children) slot.children.forEach(_destroy);
  slot.view.destroy?.();
}
