/**
 * Status elements: the progress bar, toasts, balloons and snow. (The spinner
 * lives with the text elements.)
 */
import { h } from '../dom.js';
import { setMarkdown } from './markdown.js';

/** st.progress: a bar with optional markdown text above it. */
export class Progress {
  constructor(id, props) {
    this._text = h('div', { class: 'hw-progress-text' });
    this._bar = h('div', { class: 'hw-progress-bar' });
    this._track = h('div', { class: 'hw-progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, [this._bar]);
    this.el = h('div', { class: 'hw-progress' }, [this._text, this._track]);
    this.update(props, {});
  }

  update(props, prev) {
    const value = Math.max(0, Math.min(100, Number(props.value) || 0));
    this._bar.style.width = `${value}%`;
    this._track.setAttribute('aria-valuenow', String(value));
    if (props.text !== prev.text) {
      this._text.hidden = !props.text;
      if (props.text) setMarkdown(this._text, props.text, { inline: true });
      this._track.setAttribute('aria-label', this._text.textContent || 'Progress');
    }
    this.el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
  }
}

/**
 * st.toast: a card in the bottom-right stack for `duration` seconds (0: until closed).
 * Its lifetime is its own: the card outlives the element when a rerun drops it,
 * and a toast drawn again at the same place while it shows does not stack.
 */
export class Toast {
  constructor(id, props) {
    this._icon = h('span', { class: 'hw-toast-icon', 'aria-hidden': 'true' });
    this._body = h('div', { class: 'hw-toast-body' });
    const close = h('button', { type: 'button', class: 'hw-toast-close', 'aria-label': 'Close' });
    close.addEventListener('click', () => this._hide());
    this.el = h('div', { class: 'hw-toast', role: 'status', 'data-testid': 'stToast' }, [this._icon, this._body, close]);
    /** @type {ReturnType<typeof setTimeout>|undefined} */
    this._timer = undefined;
    this._shown = false;
    /** Set once the renderer dropped the element: the card then leaves the page when it hides. */
    this._orphan = false;
    // The renderer appends the card to the toast stack right after building it.
    queueMicrotask(() => {
      this._stack = this.el.parentElement;
    });
    this.update(props, {});
  }

  update(props, prev) {
    const changed = props.body !== prev.body || props.icon !== prev.icon || props.duration !== prev.duration;
    if (this._shown && !changed) return;
    if (props.body !== prev.body) setMarkdown(this._body, props.body ?? '');
    if (props.icon !== prev.icon) {
      this._icon.hidden = !props.icon;
      if (props.icon) setMarkdown(this._icon, props.icon, { inline: true });
    }
    clearTimeout(this._timer);
    this._shown = true;
    this.el.hidden = false;
    this.el.classList.remove('hw-toast-leaving');
    if (props.duration > 0) this._timer = setTimeout(() => this._hide(), props.duration * 1000);
  }

  _hide() {
    clearTimeout(this._timer);
    this._shown = false;
    this.el.classList.add('hw-toast-leaving');
    setTimeout(() => {
      if (this._shown) return;
      // Hidden, not removed, while the renderer may still replace this node.
      this.el.hidden = true;
      if (this._orphan) this.el.remove();
    }, 200);
  }

  destroy() {
    this._orphan = true;
    // The renderer took the card off the page; it stays until its time is up.
    if (this._shown && this._stack) this._stack.append(this.el);
  }
}

/** Balloons or snowflakes across the viewport, once per time the element is drawn. */
class Celebration {
  constructor(id, props, glyphs, direction) {
    this._glyphs = glyphs;
    this._direction = direction;
    this.el = h('div', { class: 'hw-celebration', 'aria-hidden': 'true' });
    this.update();
  }

  update() {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const layer = h('div', { class: `hw-celebration-layer hw-${this._direction}` });
    for (let i = 0; i < 30; i++) {
      const glyph = h('span', { class: 'hw-celebration-item', text: this._glyphs[i % this._glyphs.length] });
      glyph.style.left = `${Math.random() * 100}%`;
      glyph.style.animationDelay = `${Math.random() * 1.2}s`;
      glyph.style.animationDuration = `${2.5 + Math.random() * 2}s`;
      glyph.style.fontSize = `${1.5 + Math.random() * 1.5}rem`;
      layer.append(glyph);
    }
    this.el.append(layer);
    setTimeout(() => layer.remove(), 6000);
  }
}

export class Balloons extends Celebration {
  constructor(id, props) {
    super(id, props, ['🎈', '🎈', '🎈', '🎉'], 'rise');
  }
}

export class Snow extends Celebration {
  constructor(id, props) {
    super(id, props, ['❄️', '❅', '❆'], 'fall');
  }
}
