/**
 * Streamlit's additions to markdown, as `marked` extensions:
 *
 * - `:red[text]`, `:blue-background[text]`, `:green-badge[text]`, `:rainbow[text]`,
 *   `:small[text]`: coloured text, backgrounds and badges;
 * - `:smile:`: emoji shortcodes, Streamlit's whole list (loaded on first use; unknown codes stay text);
 * - `:material/icon_name:`: Material icons, in their font (loaded on first use, see `icon.js`);
 * - `$inline$` and `$$display$$` math, typeset later by KaTeX (see `math.js`).
 *
 * Colour names come from a fixed list, so a directive can only ever add one of
 * our own class names; everything else goes through the usual escaping.
 */

import { materialIconHtml } from './icon.js';

const COLORS = new Set(['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary', 'rainbow']);

/**
 * Shortcode → emoji, once loaded: every name Streamlit's page knows (remark-emoji's,
 * from emojilib; ~35 KB, so `build.py` ships it as a lazy chunk). Until then a
 * shortcode is drawn as a placeholder that `fillEmoji` completes.
 * @type {Record<string, string>|null}
 */
let emoji = null;
/** @type {Promise<void>|undefined} */
let loading;

/**
 * Replaces `el`'s emoji placeholders, loading the table on first use; unknown names stay text.
 * @param {Element} el
 */
export function fillEmoji(el) {
  loading ??= import('headwater-emoji-table').then(({ EMOJI }) => {
    emoji = EMOJI;
  });
  return loading.then(() => {
    for (const span of el.querySelectorAll('span.hw-emoji')) {
      const name = span.getAttribute('data-name') ?? '';
      span.replaceWith(Object.hasOwn(emoji, name) ? emoji[name] : `:${name}:`);
    }
  });
}

/** @param {string} text */
function escapeText(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The index of the `]` closing the `[` at `open`, honouring nesting and backslash escapes; -1 if none. */
function closingBracket(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const char = src[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
    else if (char === '\n' && src[i + 1] === '\n') return -1;
  }
  return -1;
}

/** `:color[text]`, `:color-background[text]`, `:color-badge[text]`, `:small[text]`. */
const directive = {
  name: 'hwDirective',
  level: 'inline',
  start: (src) => src.match(/:[a-z]+(?:-background|-badge)?\[/)?.index,
  tokenizer(src) {
    const head = /^:([a-z]+)(?:-(background|badge))?\[/.exec(src);
    if (!head) return undefined;
    const [, name, variant] = head;
    if (name === 'small' ? variant : !COLORS.has(name)) return undefined;
    const close = closingBracket(src, head[0].length - 1);
    if (close < 0) return undefined;
    const text = src.slice(head[0].length, close);
    return { type: 'hwDirective', raw: src.slice(0, close + 1), name, variant: variant ?? null, tokens: this.lexer.inlineTokens(text) };
  },
  renderer(token) {
    const color = token.name === 'grey' ? 'gray' : token.name;
    const inner = this.parser.parseInline(token.tokens);
    if (token.name === 'small') return `<span class="hw-small">${inner}</span>`;
    const kind = token.variant === 'background' ? 'hw-bg' : token.variant === 'badge' ? 'hw-badge' : 'hw-color';
    return `<span class="${kind} ${kind}-${color}">${inner}</span>`;
  },
};

/** `:smile:` (remark-emoji's pattern: `:+1:`, `:-1:`, `:word-or_word:`) and `:material/icon_name:`. */
const shortcode = {
  name: 'hwShortcode',
  level: 'inline',
  start: (src) => src.match(/:(?:material\/[a-z0-9_+-]+|\+1|-1|[\w-]+):/)?.index,
  tokenizer(src) {
    const match = /^:(?:(material\/)([a-z0-9_+-]+)|(\+1|-1|[\w-]+)):/.exec(src);
    if (!match) return undefined;
    const [raw, material, icon, name] = match;
    if (material) return { type: 'hwShortcode', raw, material: true, name: icon };
    if (emoji && !Object.hasOwn(emoji, name)) return undefined;
    return { type: 'hwShortcode', raw, material: false, name };
  },
  renderer({ material, name }) {
    if (material) return materialIconHtml(name);
    return emoji ? emoji[name] : `<span class="hw-emoji" data-name="${name}">:${name}:</span>`;
  },
};

/** `$$…$$` as a block of its own. */
const blockMath = {
  name: 'hwBlockMath',
  level: 'block',
  start: (src) => src.match(/^ {0,3}\$\$/m)?.index,
  tokenizer(src) {
    const match = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    if (match) return { type: 'hwBlockMath', raw: match[0], tex: match[1].trim(), display: true };
    return undefined;
  },
  renderer: ({ tex }) => `<div class="hw-math" data-display="true">${escapeText(tex)}</div>`,
};

/**
 * `$…$` inline (and `$$…$$` inside a paragraph). As in pandoc, the opening `$`
 * must not be followed by a space nor the closing one preceded by one, so
 * "from $5 to $10" stays text.
 */
const inlineMath = {
  name: 'hwInlineMath',
  level: 'inline',
  start: (src) => src.indexOf('$') >= 0 ? src.indexOf('$') : undefined,
  tokenizer(src) {
    const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
    if (display) return { type: 'hwInlineMath', raw: display[0], tex: display[1].trim(), display: true };
    const inline = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
    if (inline) return { type: 'hwInlineMath', raw: inline[0], tex: inline[1], display: false };
    return undefined;
  },
  renderer: ({ tex, display }) => `<span class="hw-math" data-display="${display}">${escapeText(tex)}</span>`,
};

/** The extensions, for `new Marked({extensions})`. */
export const streamlitExtensions = [blockMath, inlineMath, directive, shortcode];
