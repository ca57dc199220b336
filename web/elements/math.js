/**
 * Typesets `.hw-math` placeholders (from markdown's `$…$`, `$$…$$` and
 * `st.latex`) with KaTeX. Loaded lazily, with KaTeX's stylesheet and fonts
 * bundled in, so math works offline and no request leaves the site.
 *
 * The app lives in a shadow root, where `@font-face` rules are ignored, so the
 * fonts are registered on the document (`document.fonts`) and the rest of the
 * stylesheet goes into the shadow root.
 */
import katex from 'katex';
import css from 'katex/dist/katex.min.css' with { type: 'text' };
import ams from 'katex/dist/fonts/KaTeX_AMS-Regular.woff2' with { type: 'bytes' };
import caligraphicBold from 'katex/dist/fonts/KaTeX_Caligraphic-Bold.woff2' with { type: 'bytes' };
import caligraphic from 'katex/dist/fonts/KaTeX_Caligraphic-Regular.woff2' with { type: 'bytes' };
import frakturBold from 'katex/dist/fonts/KaTeX_Fraktur-Bold.woff2' with { type: 'bytes' };
import fraktur from 'katex/dist/fonts/KaTeX_Fraktur-Regular.woff2' with { type: 'bytes' };
import mainBold from 'katex/dist/fonts/KaTeX_Main-Bold.woff2' with { type: 'bytes' };
import mainBoldItalic from 'katex/dist/fonts/KaTeX_Main-BoldItalic.woff2' with { type: 'bytes' };
import mainItalic from 'katex/dist/fonts/KaTeX_Main-Italic.woff2' with { type: 'bytes' };
import main from 'katex/dist/fonts/KaTeX_Main-Regular.woff2' with { type: 'bytes' };
import mathBoldItalic from 'katex/dist/fonts/KaTeX_Math-BoldItalic.woff2' with { type: 'bytes' };
import mathItalic from 'katex/dist/fonts/KaTeX_Math-Italic.woff2' with { type: 'bytes' };
import sansBold from 'katex/dist/fonts/KaTeX_SansSerif-Bold.woff2' with { type: 'bytes' };
import sansItalic from 'katex/dist/fonts/KaTeX_SansSerif-Italic.woff2' with { type: 'bytes' };
import sans from 'katex/dist/fonts/KaTeX_SansSerif-Regular.woff2' with { type: 'bytes' };
import script from 'katex/dist/fonts/KaTeX_Script-Regular.woff2' with { type: 'bytes' };
import size1 from 'katex/dist/fonts/KaTeX_Size1-Regular.woff2' with { type: 'bytes' };
import size2 from 'katex/dist/fonts/KaTeX_Size2-Regular.woff2' with { type: 'bytes' };
import size3 from 'katex/dist/fonts/KaTeX_Size3-Regular.woff2' with { type: 'bytes' };
import size4 from 'katex/dist/fonts/KaTeX_Size4-Regular.woff2' with { type: 'bytes' };
import typewriter from 'katex/dist/fonts/KaTeX_Typewriter-Regular.woff2' with { type: 'bytes' };

/** [family, bytes, style, weight] */
const FONTS = [
  ['KaTeX_AMS', ams], ['KaTeX_Caligraphic', caligraphicBold, 'normal', 'bold'], ['KaTeX_Caligraphic', caligraphic],
  ['KaTeX_Fraktur', frakturBold, 'normal', 'bold'], ['KaTeX_Fraktur', fraktur], ['KaTeX_Main', mainBold, 'normal', 'bold'],
  ['KaTeX_Main', mainBoldItalic, 'italic', 'bold'], ['KaTeX_Main', mainItalic, 'italic'], ['KaTeX_Main', main],
  ['KaTeX_Math', mathBoldItalic, 'italic', 'bold'], ['KaTeX_Math', mathItalic, 'italic'],
  ['KaTeX_SansSerif', sansBold, 'normal', 'bold'], ['KaTeX_SansSerif', sansItalic, 'italic'], ['KaTeX_SansSerif', sans],
  ['KaTeX_Script', script], ['KaTeX_Size1', size1], ['KaTeX_Size2', size2], ['KaTeX_Size3', size3], ['KaTeX_Size4', size4],
  ['KaTeX_Typewriter', typewriter],
];

/** KaTeX's rules without its `@font-face` blocks, whose relative URLs would 404. */
const RULES = css.replace(/@font-face\{[^}]*\}/g, '');

let _fontsAdded = false;

function _addFonts() {
  if (_fontsAdded) return;
  _fontsAdded = true;
  for (const [family, bytes, style = 'normal', weight = 'normal'] of FONTS) {
    const face = new FontFace(family, bytes, { style, weight });
    document.fonts.add(face);
    face.load().catch(() => {});
  }
}

/** Puts KaTeX's stylesheet once into the shadow root (or document) that holds `el`. */
function _addStyles(el) {
  const root = el.getRootNode();
  const target = root instanceof ShadowRoot ? root : document.head;
  if (target.querySelector(':scope > style[data-hw-katex]')) return;
  const style = document.createElement('style');
  style.dataset.hwKatex = '';
  style.textContent = RULES;
  target.append(style);
}

/**
 * Replaces each untypeset `.hw-math` under `el` with KaTeX's rendering; a
 * formula KaTeX cannot parse is shown as its source in red, as Streamlit does.
 * @param {HTMLElement} el
 */
export function typeset(el) {
  const pending = el.querySelectorAll('.hw-math:not([data-typeset])');
  if (!pending.length) return;
  _addFonts();
  _addStyles(el);
  for (const node of pending) {
    const tex = node.textContent;
    katex.render(tex, node, { displayMode: node.dataset.display === 'true', throwOnError: false, output: 'htmlAndMathml' });
    node.dataset.typeset = '';
    node.setAttribute('data-tex', tex);
  }
}
