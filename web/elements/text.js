/**
 * Text elements: markdown (and captions), headings, plain text, code,
 * dividers, alerts and the spinner.
 */
import { h, setText, equal } from '../dom.js';
import { setMarkdown } from './markdown.js';
import { iconElement } from './icon.js';
import { helpIcon, updateHelp } from './label.js';

export class Markdown {
  constructor(id, props) {
    this._body = h('div', { class: 'hw-markdown-body' });
    this._help = helpIcon(null);
    this.el = h('div', { class: 'hw-markdown' }, [this._body, this._help]);
    this.update(props, {});
  }

  update(props, prev) {
    if (props.body !== prev.body || props.unsafe_allow_html !== prev.unsafe_allow_html) {
      setMarkdown(this._body, props.body, { allowHtml: props.unsafe_allow_html });
    }
    this.el.classList.toggle('hw-caption', Boolean(props.caption));
    this.el.style.textAlign = props.text_alignment ?? '';
    updateHelp(this._help, props.help);
  }
}

/** Streamlit's colours for `divider="blue"` and friends; `True` uses the first. */
const _dividerColors = {
  blue: '#1c83e1', green: '#21c354', orange: '#ffa421', red: '#ff4b4b', violet: '#803df5',
  gray: '#a3a8b8', grey: '#a3a8b8',
  rainbow: 'linear-gradient(to right, #ff4b4b, #ffa421, #ffe312, #21c354, #1c83e1, #803df5)',
};

export class Heading {
  constructor(id, props) {
    this._help = helpIcon(null);
    /** @type {HTMLElement} the h1/h2/h3, rebuilt when the tag or text changes */
    this._heading = h('h1');
    this._rule = h('div', { class: 'hw-heading-divider', 'aria-hidden': 'true' });
    // The help icon sits beside the heading, so it is no part of the heading's accessible name.
    this.el = h('div', { class: 'hw-heading' }, [h('div', { class: 'hw-heading-row' }, [this._heading, this._help])]);
    this.update(props, {});
  }

  update(props, prev) {
    if (props.tag !== prev.tag || props.body !== prev.body || props.anchor !== prev.anchor) {
      // Only heading tags: createElement would as readily make a <script>.
      const tag = /^h[1-6]$/.test(props.tag) ? props.tag : 'h2';
      // anchor: a name, null to derive one from the text, false for none.
      const anchor = props.anchor === false ? null : props.anchor || _slug(props.body);
      const heading = h(tag, { id: anchor });
      setMarkdown(heading, props.body, { inline: true });
      this._heading.replaceWith(heading);
      this._heading = heading;
    }
    updateHelp(this._help, props.help);
    this.el.style.textAlign = props.text_alignment ?? '';
    const color = props.divider === true ? 'blue' : props.divider || null;
    if (color) {
      this._rule.style.background = _dividerColors[color] ?? color;
      this.el.append(this._rule);
    } else {
      this._rule.remove();
    }
  }
}

function _slug(markdown) {
  return markdown.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export class Text {
  constructor(id, props) {
    this._body = h('div', { class: 'hw-text-body' });
    this._help = helpIcon(null);
    this.el = h('div', { class: 'hw-text' }, [this._body, this._help]);
    this.update(props);
  }

  update(props) {
    setText(this._body, props.body);
    this.el.style.textAlign = props.text_alignment ?? '';
    updateHelp(this._help, props.help);
  }
}

export class Code {
  constructor(id, props) {
    this._code = h('code');
    this.el = h('pre', { class: 'hw-code' }, [this._code]);
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    this._code.className = props.language ? `language-${props.language}` : '';
    if (props.line_numbers) {
      this._code.replaceChildren(
        ...props.body.split('\n').map((line, i) => h('span', { class: 'hw-code-line', 'data-line': i + 1, text: `${line}\n` })),
      );
    } else {
      this._code.textContent = props.body;
    }
    this.el.classList.toggle('hw-line-numbers', Boolean(props.line_numbers));
    this.el.classList.toggle('hw-code-wrap', Boolean(props.wrap_lines));
    this.el.style.maxHeight = props.height ? `${props.height}px` : '';
  }
}

export class Divider {
  constructor() {
    this.el = h('hr', { class: 'hw-divider' });
  }

  update() {}
}

export class Alert {
  constructor(id, props) {
    this._icon = h('span', { class: 'hw-alert-icon', 'aria-hidden': 'true' });
    this._body = h('div', { class: 'hw-alert-body' });
    this.el = h('div', { class: 'hw-alert', role: 'alert' }, [this._icon, this._body]);
    this.update(props, {});
  }

  update(props, prev) {
    this.el.dataset.level = props.level;
    if (props.icon !== prev.icon) {
      const icon = iconElement(props.icon ?? '', 'hw-alert-icon');
      icon.hidden = !props.icon;
      this._icon.replaceWith(icon);
      this._icon = icon;
    }
    if (props.body !== prev.body) setMarkdown(this._body, props.body);
  }
}

export class Spinner {
  constructor(id, props) {
    this._text = h('span', { class: 'hw-spinner-text' });
    this._time = h('span', { class: 'hw-spinner-time' });
    /** Set while `show_time` is on; the clock runs from when this spinner appeared. */
    this._timer = undefined;
    this._started = performance.now();
    this.el = h('div', { class: 'hw-spinner', role: 'status' }, [
      h('span', { class: 'hw-spinner-icon', 'aria-hidden': 'true' }),
      this._text,
      this._time,
    ]);
    this.update(props, {});
  }

  update(props, prev) {
    if (props.text !== prev.text) setMarkdown(this._text, props.text, { inline: true });
    if (props.show_time && this._timer === undefined) {
      this._tick();
      this._timer = setInterval(() => this._tick(), 100);
    } else if (!props.show_time) {
      this.destroy();
      this._time.textContent = '';
    }
  }

  _tick() {
    this._time.textContent = `(${((performance.now() - this._started) / 1000).toFixed(1)} seconds)`;
  }

  destroy() {
    clearInterval(this._timer);
    this._timer = undefined;
  }
}
