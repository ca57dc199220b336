/** Graphviz in wasm (the wasm is inside @viz-js/viz's JS: nothing else to fetch). Loaded lazily. */
import { instance } from '@viz-js/viz';
import { safeSvg } from './safe-svg.js';

/** @type {Promise<any>|null} one Graphviz per page: instantiating the wasm is the slow part */
let _viz = null;

/**
 * @param {string} dot
 * @param {string} engine a Graphviz layout engine: "dot", "neato", "fdp", ...
 * @returns {Promise<SVGSVGElement>}
 */
export async function renderDot(dot, engine) {
  _viz ??= instance();
  const viz = await _viz;
  const svg = safeSvg(viz.renderString(dot, { format: 'svg', engine: engine || 'dot' }));
  if (!svg) throw new Error('Graphviz returned no SVG.');
  return svg;
}
