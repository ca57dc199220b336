/**
 * Markdown to sanitized HTML, with Streamlit's rules: raw HTML in the source is
 * shown as text unless the script passed `unsafe_allow_html=True`, and the
 * result is always sanitized, so even allowed HTML cannot run script.
 * Streamlit's extras (colours, emoji, math) are in `markdown-extras.js`.
 */
import { Marked } from 'marked';
import DOMPurify from 'dompurify';
import { fillEmoji, streamlitExtensions } from './markdown-extras.js';

const _escapeMap = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => _escapeMap[char]);
}

const _withHtml = new Marked({ gfm: true, extensions: streamlitExtensions });
const _withoutHtml = new Marked({
  gfm: true,
  extensions: streamlitExtensions,
  renderer: {
    // Block HTML becomes its own paragraph of text, inline HTML stays inline.
    html({ text, block }) {
      return block ? `<p>${escapeHtml(text)}</p>` : escapeHtml(text);
    },
  },
});

// Links leave the app: Streamlit opens them in a new tab, and an embedded app
// must never navigate its host page.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href') && !node.getAttribute('href').startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * @example renderMarkdown('`0` squared is `0`', {inline: true})
 * @param {string} source
 * @param {{allowHtml?: boolean, inline?: boolean}} [options]
 *   `inline` renders without a wrapping paragraph (headings, labels).
 * @returns {string} sanitized HTML
 */
export function renderMarkdown(source, { allowHtml = false, inline = false } = {}) {
  const marked = allowHtml ? _withHtml : _withoutHtml;
  const html = inline ? marked.parseInline(source) : marked.parse(source);
  return DOMPurify.sanitize(/** @type {string} */ (html), { ADD_ATTR: ['target'] });
}

/**
 * Renders markdown into `el`; math in it is typeset once KaTeX has loaded, emoji
 * shortcodes filled in once their table has, and mermaid blocks drawn once mermaid
 * has (each on first use: most apps show none).
 * @param {HTMLElement} el
 * @param {string} source
 * @param {{allowHtml?: boolean, inline?: boolean}} [options]
 */
export function setMarkdown(el, source, options) {
  el.innerHTML = renderMarkdown(source, options);
  if (el.querySelector('span.hw-emoji')) fillEmoji(el);
  if (el.querySelector('.hw-math')) import('./math.js').then(({ typeset }) => typeset(el));
  if (el.querySelector('pre > code.language-mermaid')) import('./mermaid-diagram.js').then(({ drawMermaid }) => drawMermaid(el));
}
