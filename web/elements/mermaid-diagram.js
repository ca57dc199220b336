/**
 * Mermaid diagrams: markdown's ```mermaid blocks (`st.mermaid_chart` sends one,
 * as Streamlit does) become SVG. Loaded lazily with mermaid, which loads each
 * diagram type's code on first use.
 *
 * `securityLevel: "strict"` makes mermaid escape labels and drop click
 * handlers; its SVG is then sanitized again (see safe-svg.js). Labels are SVG
 * text, not HTML in `<foreignObject>`, which the sanitizer would empty.
 */
import mermaid from 'mermaid';
import { h, uid } from '../dom.js';
import { isDark } from './color-scheme.js';
import { safeSvg } from './safe-svg.js';
import { CHART_FONT } from './chart-theme.js';

const _alt = /^\s*%%\s*stAlt\s*:(.*)$/m;
/** @type {string|null} the theme mermaid was last initialized with */
let _theme = null;

/**
 * Replaces each mermaid code block in `el` with its diagram (or the parse error).
 * @param {HTMLElement} el rendered markdown
 */
export async function drawMermaid(el) {
  for (const code of el.querySelectorAll('pre > code.language-mermaid')) {
    const pre = /** @type {HTMLElement} */ (code.parentElement);
    const source = code.textContent ?? '';
    const box = h('div', { class: 'hw-mermaid', 'data-testid': 'stMermaidChart', 'aria-busy': 'true', 'aria-label': 'Loading mermaid diagram' });
    pre.replaceWith(box);
    const theme = isDark(el) ? 'dark' : 'default';
    if (theme !== _theme) {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false, theme, fontFamily: CHART_FONT });
      _theme = theme;
    }
    try {
      // parse() first: render() leaves an error diagram in the document's body when the source is wrong.
      await mermaid.parse(source);
      const { svg } = await mermaid.render(uid('hw-mermaid'), source);
      const diagram = safeSvg(svg);
      if (!diagram) throw new Error('mermaid returned no SVG');
      diagram.setAttribute('role', 'img');
      const alt = source.match(_alt)?.[1].trim();
      if (alt) diagram.setAttribute('aria-label', alt);
      box.replaceChildren(diagram);
    } catch (error) {
      box.replaceChildren(h('div', { class: 'hw-alert', 'data-level': 'error', 'data-testid': 'stMermaidError', role: 'alert', text: `Mermaid diagram error: ${error.message ?? error}` }));
    } finally {
      box.removeAttribute('aria-busy');
      box.removeAttribute('aria-label');
    }
  }
}
