/**
 * The app's theme: config.toml's `[theme]` (sent as `page:theme`) as CSS
 * variables on the app's shadow root. `base` picks the light or dark palette
 * (style.css, keyed on the host's `theme` attribute); without one the app
 * follows the visitor's system setting. The colours and fonts given override
 * the palette; colours derived from them (muted text, borders) follow.
 */

/** config.toml font names → font stacks, as Streamlit maps them. */
const FONTS = {
  'sans serif': '"Source Sans Pro", "Source Sans 3", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: '"Source Serif Pro", "Source Serif 4", Georgia, "Times New Roman", serif',
  monospace: '"Source Code Pro", SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", monospace',
};

/**
 * CSS declarations for a `[theme]` table.
 * @param {Record<string, any>} theme
 * @returns {string[]}
 */
export function themeDeclarations(theme) {
  const vars = [];
  const set = (name, value) => value != null && value !== '' && vars.push(`--hw-${name}: ${value};`);
  const color = (value) => (typeof value === 'string' && /^[#\w(),.%\s-]+$/.test(value) ? value : null);
  const primary = color(theme.primaryColor);
  if (primary) {
    set('primary', primary);
    set('primary-ring', _alpha(primary, 0.5));
  }
  const text = color(theme.textColor);
  if (text) {
    set('text', text);
    set('muted', _alpha(text, 0.6));
    set('border', _alpha(text, 0.2));
    set('line', _alpha(text, 0.1));
  }
  const bg = color(theme.backgroundColor);
  if (bg) {
    set('bg', bg);
    set('popover-bg', bg);
  }
  const secondary = color(theme.secondaryBackgroundColor);
  if (secondary) {
    set('secondary-bg', secondary);
    set('code-bg', secondary);
    set('grid-head-bg', secondary);
  }
  set('code-bg', color(theme.codeBackgroundColor));
  set('link', color(theme.linkColor));
  set('border', color(theme.borderColor));
  set('font', _font(theme.font));
  set('mono', _font(theme.codeFont));
  return vars;
}

/**
 * The stylesheet for a theme: the variables on the host, the sidebar's own colours on it.
 * @param {Record<string, any>} theme
 */
export function themeCss(theme) {
  const rules = [];
  const main = themeDeclarations(theme);
  // :host([theme]) outranks style.css's palettes, which are keyed on the attribute too.
  if (main.length) rules.push(`:host, :host([theme]) { ${main.join(' ')} }`);
  if (theme.sidebar) {
    // The sidebar's backgroundColor is its own background; its other colours apply inside it.
    const { backgroundColor, ...inside } = theme.sidebar;
    const sidebar = themeDeclarations(inside);
    const background = themeDeclarations({ backgroundColor }).find((d) => d.startsWith('--hw-bg:'));
    if (background) sidebar.push(`background: ${background.slice('--hw-bg:'.length).trim()}`);
    if (sidebar.length) rules.push(`.hw-sidebar { ${sidebar.join(' ')} }`);
  }
  return rules.join('\n');
}

function _font(name) {
  if (typeof name !== 'string' || !name.trim()) return null;
  const known = FONTS[name.trim().toLowerCase()];
  if (known) return known;
  // A family name (or a list of them): quoted, so no CSS can ride along.
  return name.split(',').map((f) => `"${f.trim().replace(/["\\;{}<>]/g, '')}"`).join(', ') + ', sans-serif';
}

/** `color` at `alpha` opacity, for the colours derived from one the theme sets. */
function _alpha(color, alpha) {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return `color-mix(in srgb, ${color} ${alpha * 100}%, transparent)`;
  let digits = hex[1];
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
