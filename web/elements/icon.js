/**
 * Material Symbols icons (`:material/name:`), drawn as Streamlit draws them: the
 * icon's name set in the Material Symbols Rounded font, whose ligatures turn it
 * into the glyph. The font (570 kB) is loaded on first use, from a lazy chunk;
 * until it is ready an icon keeps its 1em box but shows nothing: style.css's
 * `.hw-material-icon` is hidden until material-font.js sets `--hw-material-icons`.
 */
import { h } from '../dom.js';

let _font = null;

/** Loads the icon font once; later calls do nothing. */
export function useMaterialIcons() {
  _font ??= import('./material-font.js').then(({ addFont }) => addFont());
}

/** `"home"` for `":material/home:"`; null for an emoji or anything else. */
export function materialIconName(icon) {
  return /^:material\/([a-z0-9_]+):$/.exec(icon ?? '')?.[1] ?? null;
}

/** The icon's markup, for HTML built as text (markdown). `name` is [a-z0-9_+-] only. */
export function materialIconHtml(name) {
  useMaterialIcons();
  return `<span class="hw-material-icon" aria-hidden="true" translate="no">${name}</span>`;
}

/** A span showing `icon` (a button's, an alert's): an emoji as text, `:material/name:` in the icon font. */
export function iconElement(icon, className) {
  const material = materialIconName(icon);
  if (material) useMaterialIcons();
  return h('span', {
    class: material ? `${className} hw-material-icon` : className,
    'aria-hidden': 'true',
    translate: material ? 'no' : null,
    text: material ?? icon,
  });
}
