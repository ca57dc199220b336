/**
 * The button family: `st.button`, `st.form_submit_button`, `st.download_button`
 * and `st.link_button`. They share the look (type, icon, width) and differ in
 * what a click does: a one-shot trigger, a form submit, saving a file, a link.
 */
import { h, setAttr } from '../dom.js';
import { iconElement } from './icon.js';
import { setLabelText } from './label.js';
import { Widget, applyWidth, formOf, widgetContext } from './widget.js';

/** `event.key` → the key names of a normalized `shortcut` ("ctrl+shift+k"). */
const KEY_NAMES = {
  ' ': 'space', Enter: 'enter', Tab: 'tab', Escape: 'escape', Backspace: 'backspace', Delete: 'delete',
  Home: 'home', End: 'end', PageUp: 'pageup', PageDown: 'pagedown',
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down',
};

/** Whether a keydown is the normalized `shortcut` ("ctrl+shift+k": ctrl also matches ⌘). */
function matchesShortcut(event, shortcut) {
  const parts = shortcut.split('+');
  const key = parts.pop();
  const pressed = KEY_NAMES[event.key] ?? event.key.toLowerCase();
  // Shift changes event.key ("K", "!"), so letters and digits are read from the physical key.
  const code = /^Key([A-Z])$|^Digit(\d)$/.exec(event.code ?? '');
  const physical = code ? (code[1] ?? code[2]).toLowerCase() : pressed;
  if (pressed !== key && physical !== key) return false;
  const wantsCtrl = parts.includes('ctrl');
  const wantsCmd = parts.includes('cmd');
  const ctrlOk = wantsCtrl ? event.ctrlKey || event.metaKey : wantsCmd ? event.metaKey && !event.ctrlKey : !event.ctrlKey && !event.metaKey;
  return ctrlOk && event.altKey === parts.includes('alt') && event.shiftKey === parts.includes('shift');
}

/** Typing in a field is not a shortcut, unless it uses Ctrl, ⌘ or Alt. */
function typing(event) {
  const target = /** @type {HTMLElement} */ (event.composedPath()[0] ?? event.target);
  const editable = target?.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target?.tagName ?? '');
  return editable && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * Listens for the button's `shortcut` on the whole window while the button is on the page.
 * @returns {{update(shortcut: string|null): void, destroy(): void}}
 */
function shortcutListener(click) {
  let shortcut = null;
  const onKey = (/** @type {KeyboardEvent} */ event) => {
    if (!shortcut || event.repeat || typing(event) || !matchesShortcut(event, shortcut)) return;
    event.preventDefault();
    click();
  };
  return {
    update(next) {
      if (next && !shortcut) window.addEventListener('keydown', onKey);
      if (!next && shortcut) window.removeEventListener('keydown', onKey);
      shortcut = next ?? null;
    },
    destroy() {
      window.removeEventListener('keydown', onKey);
    },
  };
}

/** Fills a button-like element with its icon and label, as the props say. */
function drawButton(el, props) {
  el.dataset.type = props.type ?? 'secondary';
  el.title = props.help ?? '';
  const icon = props.icon || null;
  // Redraw only when what is drawn changes: reruns repeat most buttons as they are.
  const drawn = JSON.stringify([props.label, icon, props.icon_position]);
  if (el.dataset.drawn !== drawn) {
    const label = h('span', { class: 'hw-button-label' });
    setLabelText(label, props.label);
    const parts = [label];
    if (icon) {
      const iconEl = iconElement(icon, 'hw-button-icon');
      if (props.icon_position === 'right') parts.push(iconEl);
      else parts.unshift(iconEl);
    }
    el.replaceChildren(...parts);
    el.dataset.drawn = drawn;
  }
  el.classList.toggle('hw-full-width', props.width === 'stretch' || Boolean(props.use_container_width));
  el.classList.toggle('hw-nowrap', props.wrap === false);
}

export class Button extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-button-widget');
    this._button = h('button', { class: 'hw-button', type: 'button' });
    this._button.addEventListener('click', () => this._click());
    this._shortcut = shortcutListener(() => this._button.isConnected && !this._button.disabled && this._button.click());
    this.el.append(this._button);
    this.update(props);
  }

  update(props) {
    this._props = props;
    drawButton(this._button, props);
    this._button.disabled = Boolean(props.disabled);
    this._button.setAttribute('aria-keyshortcuts', props.shortcut ?? '');
    if (!props.shortcut) this._button.removeAttribute('aria-keyshortcuts');
    this._shortcut.update(props.shortcut);
    applyWidth(this.el, props.width);
  }

  destroy() {
    this._shortcut.destroy();
  }

  _click() {
    this._ctx.trigger(this.id);
  }
}

/** Submits its form: the form sends what it holds, with this button's trigger. */
export class FormSubmitButton extends Button {
  _click() {
    const form = formOf(this.el);
    if (form) form.submit(this.id);
    else this._ctx.trigger(this.id);
  }
}

/**
 * Saves `data` as `file_name` through a Blob URL; reruns (a trigger) unless on_click="ignore".
 * A `deferred` button has no data yet: as in Streamlit, the click runs the script's
 * callable (in the worker) and the file is saved when its bytes arrive; meanwhile
 * the button is busy, and a failure is shown under it for a while.
 */
export class DownloadButton extends Button {
  update(props) {
    super.update(props);
    if (this._busy) this._button.disabled = true;
  }

  destroy() {
    super.destroy();
    clearTimeout(this._errorTimer);
  }

  _click() {
    const { data, file_name: fileName, mime, rerun, deferred } = this._props;
    if (rerun !== false) this._ctx.trigger(this.id);
    if (deferred) this._fetch();
    else this._save(data, fileName, mime);
  }

  async _fetch() {
    this._showError(null);
    this._setBusy(true);
    const answer = await this._ctx.requestDownload(this.id);
    this._setBusy(false);
    if (answer.error || !answer.data) this._showError(answer.error || 'Download failed');
    else this._save(answer.data, answer.fileName, answer.mime);
  }

  _save(data, fileName, mime) {
    const url = URL.createObjectURL(new Blob([data ?? ''], { type: mime || 'application/octet-stream' }));
    const link = h('a', { href: url, download: fileName || 'download', hidden: true });
    this.el.append(link);
    link.click();
    link.remove();
    // The download reads the Blob after this task; revoking at once could cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  _setBusy(busy) {
    this._busy = busy;
    this._button.disabled = busy || Boolean(this._props.disabled);
    setAttr(this._button, 'aria-busy', busy ? 'true' : null);
    if (busy) this._button.prepend(h('span', { class: 'hw-spinner-icon hw-button-spinner', 'aria-hidden': 'true' }));
    else this._button.querySelector('.hw-button-spinner')?.remove();
  }

  _showError(message) {
    clearTimeout(this._errorTimer);
    this.el.querySelector('.hw-download-error')?.remove();
    if (!message) return;
    this.el.append(h('div', { class: 'hw-download-error', role: 'alert', 'data-testid': 'stDownloadButtonError', text: message }));
    // Streamlit clears the message after 5 s.
    this._errorTimer = setTimeout(() => this._showError(null), 5000);
  }
}

/** Only web, mail and relative links: a `javascript:` URL would run in the app's page. */
const SAFE_URL = /^(?:https?:|mailto:|[^:]*(?:[/?#]|$))/i;

/** An `<a>` drawn as a button; it opens in a new tab. With a widget id, a click also reruns. */
export class LinkButton {
  constructor(id, props, ctx) {
    this.id = id;
    this._ctx = widgetContext(ctx);
    this._props = props;
    this._link = h('a', { class: 'hw-button hw-link-button', target: '_blank', rel: 'noopener noreferrer' });
    this._link.addEventListener('click', (event) => {
      if (this._props.disabled || !this._link.hasAttribute('href')) {
        event.preventDefault();
        return;
      }
      if (this.id && this._props.rerun) this._ctx.trigger(this.id);
    });
    this.el = h('div', { class: 'hw-widget hw-button-widget' }, [this._link]);
    this._shortcut = shortcutListener(() => this._link.isConnected && this._link.click());
    this.update(props);
  }

  destroy() {
    this._shortcut.destroy();
  }

  update(props) {
    this._props = props;
    drawButton(this._link, props);
    this._shortcut.update(props.shortcut);
    const url = String(props.url ?? '').trim();
    const safe = SAFE_URL.test(url);
    setAttr(this._link, 'href', safe && !props.disabled ? url : null);
    // Without href an <a> is no link; keep it a named, focusable control.
    setAttr(this._link, 'role', safe && !props.disabled ? null : 'link');
    setAttr(this._link, 'aria-disabled', props.disabled || !safe ? 'true' : null);
    setAttr(this._link, 'tabindex', safe && !props.disabled ? null : 0);
    if (!safe) this._link.title = `Headwater refused to open this link: ${url}`;
    applyWidth(this.el, props.width);
  }
}
