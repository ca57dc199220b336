/**
 * Frames: `st.iframe`, `components.v1.html`/`iframe`, and custom components.
 *
 * Every frame is sandboxed with scripts but never `allow-same-origin`: its
 * document gets an opaque origin, so nothing in it can reach the app's DOM,
 * storage or cookies (Streamlit runs such HTML same-origin; a page that may show
 * anyone's app must not). It talks to the page only through `postMessage`,
 * and each view listens to its own frame's window alone.
 */
import { equal, h } from '../dom.js';
import { Widget } from './widget.js';

/** No `allow-same-origin`, and no `allow-popups-to-escape-sandbox` (a popup would be same-origin). */
export const SANDBOX = 'allow-scripts allow-forms allow-popups allow-modals allow-downloads';

/** URLs a frame may load: http(s), `data:`, and paths on this site. Never `javascript:`. */
const SAFE_FRAME_URL = /^(?:https?:|data:|\/)/i;

/**
 * Appended to inline HTML whose height is "content": the frame reports its
 * height, since the page cannot measure an opaque-origin document itself.
 */
const MEASURE = `<script>(() => {
  const post = () => parent.postMessage({ hwFrameHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
})();</script>`;

/** Messages from `frame`'s own window only: another frame cannot speak for it. */
function listen(frame, onMessage) {
  const handler = (/** @type {MessageEvent} */ event) => {
    if (event.source && event.source === frame.contentWindow) onMessage(event.data ?? {});
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}

function applySize(el, frame, { width, height }) {
  el.style.width = typeof width === 'number' ? `${width}px` : width === 'content' ? 'fit-content' : '';
  el.style.maxWidth = typeof width === 'number' ? '100%' : '';
  frame.style.width = width === 'content' ? '' : '100%';
  el.classList.toggle('hw-stretch-height', height === 'stretch');
  if (typeof height === 'number') frame.style.height = `${height}px`;
  else if (height === 'stretch') frame.style.height = '100%';
}

/** `st.iframe` and `components.v1.html`/`iframe`. */
export class Iframe {
  constructor(id, props) {
    this._frame = h('iframe', { class: 'hw-iframe', sandbox: SANDBOX, loading: 'lazy' });
    this._refused = h('div', { class: 'hw-alert', 'data-level': 'warning', hidden: true });
    this.el = h('div', { class: 'hw-iframe-container' }, [this._frame, this._refused]);
    /** @type {string|null} */
    this._blobUrl = null;
    this._stopListening = listen(this._frame, (data) => {
      if (this._props?.height === 'content' && Number.isFinite(data.hwFrameHeight)) {
        this._frame.style.height = `${data.hwFrameHeight}px`;
      }
    });
    this.update(props, {});
  }

  update(props, prev) {
    this._props = props;
    const frame = this._frame;
    frame.title = props.title || 'st.iframe';
    frame.setAttribute('scrolling', props.scrolling === false ? 'no' : 'auto');
    if (props.tab_index == null) frame.removeAttribute('tabindex');
    else frame.tabIndex = props.tab_index;
    applySize(this.el, frame, props);
    const source = [props.src, props.srcdoc, props.data, props.mime, props.height === 'content'];
    const before = [prev.src, prev.srcdoc, prev.data, prev.mime, prev.height === 'content'];
    if (!equal(source, before)) this._load(props);
  }

  _load(props) {
    const frame = this._frame;
    this._revoke();
    frame.removeAttribute('srcdoc');
    frame.removeAttribute('src');
    this._refused.hidden = true;
    frame.hidden = false;
    if (props.srcdoc != null) {
      frame.srcdoc = props.height === 'content' ? props.srcdoc + MEASURE : props.srcdoc;
    } else if (props.data instanceof Uint8Array) {
      this._blobUrl = URL.createObjectURL(new Blob([props.data], { type: props.mime || 'application/octet-stream' }));
      frame.src = this._blobUrl;
    } else if (typeof props.src === 'string' && SAFE_FRAME_URL.test(props.src.trim())) {
      frame.src = props.src.trim();
    } else if (props.src) {
      frame.hidden = true;
      this._refused.hidden = false;
      this._refused.textContent = 'This frame was not loaded: only http(s), data: and relative URLs may be shown in a frame.';
    }
  }

  _revoke() {
    if (this._blobUrl) URL.revokeObjectURL(this._blobUrl);
    this._blobUrl = null;
  }

  destroy() {
    this._stopListening();
    this._revoke();
  }
}

/** The theme a component's frontend reads (`streamlit-component-lib`), from the app's CSS variables. */
function themeOf(el) {
  const style = getComputedStyle(el);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    base: el.closest('[data-theme="dark"]') ? 'dark' : 'light',
    primaryColor: read('--hw-primary'),
    backgroundColor: read('--hw-bg'),
    secondaryBackgroundColor: read('--hw-secondary-bg'),
    textColor: read('--hw-text'),
    font: read('--hw-font'),
  };
}

/**
 * A custom component (`components.v1.declare_component`): its frontend in a
 * sandboxed frame, spoken to with Streamlit's component messages. It is told
 * its arguments (`streamlit:render`) once it says it is ready, and again when
 * they change; the values it sets go to the script as the widget's value.
 */
export class Component extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-component');
    this._frame = h('iframe', { class: 'hw-iframe', sandbox: SANDBOX });
    this._refused = h('div', { class: 'hw-alert', 'data-level': 'warning', hidden: true });
    this.el.append(this._frame, this._refused);
    this._ready = false;
    this._stopListening = listen(this._frame, (data) => this._message(data));
    this.update(props, {});
  }

  update(props, prev = {}) {
    this._props = props;
    const frame = this._frame;
    frame.title = props.name ?? 'component';
    if (props.tab_index == null) frame.removeAttribute('tabindex');
    else frame.tabIndex = props.tab_index;
    if (props.html !== prev.html || props.url !== prev.url) this._load(props);
    else if (this._ready && !(equal(props.args, prev.args) && equal(props.dfs, prev.dfs))) this._render();
  }

  _load(props) {
    const frame = this._frame;
    this._ready = false;
    frame.removeAttribute('srcdoc');
    frame.removeAttribute('src');
    this._refused.hidden = true;
    frame.hidden = false;
    if (props.html != null) frame.srcdoc = props.html;
    else if (typeof props.url === 'string' && SAFE_FRAME_URL.test(props.url.trim())) frame.src = props.url.trim();
    else {
      frame.hidden = true;
      this._refused.hidden = false;
      this._refused.textContent = `The component "${props.name}" was not loaded: only http(s), data: and relative URLs may be shown in a frame.`;
    }
  }

  _message(data) {
    if (!data.isStreamlitMessage) return;
    if (data.type === 'streamlit:componentReady') {
      this._ready = true;
      this._render();
    } else if (data.type === 'streamlit:setFrameHeight' && Number.isFinite(data.height)) {
      this._frame.style.height = `${data.height}px`;
    } else if (data.type === 'streamlit:setComponentValue') {
      // A dataframe comes as ArrowTable.serialize() gives it; marked so the script reads a frame.
      const value = data.value === undefined ? null : data.value;
      this._send(data.dataType === 'dataframe' ? { __arrow_table__: value } : value);
    }
  }

  _render() {
    this._frame.contentWindow?.postMessage(
      { type: 'streamlit:render', args: this._props.args ?? {}, dfs: this._props.dfs ?? [], disabled: Boolean(this._props.disabled), theme: themeOf(this.el) },
      '*',
    );
  }

  destroy() {
    this._stopListening();
  }
}
