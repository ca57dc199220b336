/**
 * Tiny DOM helpers shared by the renderer and the element views.
 */

/**
 * Creates an element. `attrs` maps attribute names to values; `class` sets the
 * class name and `text` the text content; null, undefined and false are skipped.
 *
 * @example h('button', {class: 'hw-button', type: 'button', text: 'Go'})
 * @template {string} K
 * @param {K} tag
 * @param {Record<string, any>} [attrs]
 * @param {(Node|string)[]} [children]
 * @returns {K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : HTMLElement}
 */
export function h(tag, attrs = {}, children = []) {
  const el = /** @type {any} */ (document.createElement(tag));
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'text') el.textContent = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children);
  return el;
}

/** Sets an attribute, or removes it for null, undefined and false. */
export function setAttr(el, name, value) {
  if (value == null || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** Sets text only if it differs: reruns repeat most text, and each write costs a relayout. */
export function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

let _lastId = 0;

/** A document-unique id, for `for`/`aria-labelledby` links inside one shadow root. */
export function uid(prefix = 'hw') {
  return `${prefix}-${++_lastId}`;
}

/**
 * Structural equality for props: JSON-like values and Uint8Arrays (Arrow bytes).
 * Props are rebuilt on every run, so identity says nothing.
 */
export function equal(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => equal(a[key], b[key]));
}

/**
 * A URL the page may load as media (an image, audio, video or PDF source): web,
 * `blob:`, `data:` other than HTML, and paths on this site. Anything else (`javascript:`,
 * `vbscript:`, `data:text/html`) gives null, so it never reaches a `src`.
 * @param {string} url
 * @returns {string|null}
 */
export function mediaUrl(url) {
  const plain = String(url).replace(/[\u0000-\u0020]/g, '');
  if (/^data:text\/html/i.test(plain)) return null;
  return /^(?:https?:|blob:|data:|[^:]*(?:[/?#]|$))/i.test(plain) ? url : null;
}
