/**
 * Diagram libraries return SVG as text, which can carry what a diagram's
 * author wrote (Graphviz `URL`/`href` attributes, Mermaid labels). It is parsed
 * through DOMPurify, so no script, event handler or `javascript:` link survives.
 * Loaded lazily with the diagram libraries.
 */
import DOMPurify from 'dompurify';

/**
 * @param {string} svg the library's SVG markup
 * @returns {SVGSVGElement|null}
 */
export function safeSvg(svg) {
  const fragment = DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM_FRAGMENT: true });
  return fragment.querySelector('svg');
}
