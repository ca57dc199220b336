/**
 * Whether an element draws on a dark theme: the app host's `theme` attribute
 * (config.toml's base, else the system setting), for charts that take colours
 * as values rather than from CSS.
 * @param {Element} el an element inside the app's shadow root
 */
export function isDark(el) {
  const root = el.getRootNode();
  const theme = root instanceof ShadowRoot ? root.host.getAttribute('theme') : null;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}
