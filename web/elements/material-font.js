/**
 * The Material Symbols Rounded font (weight 400: the complete icon set in its
 * smallest file, Apache-2.0, from `@material-symbols/font-400`), bundled into
 * this lazy chunk so icons work offline and no request leaves the site.
 *
 * The app lives in a shadow root, where `@font-face` rules are ignored, so the
 * font is registered on the document (`document.fonts`), which shadow roots
 * share. Icons stay invisible until then: `--hw-material-icons` (inherited
 * through shadow roots) turns them on, so the name never flashes as text.
 */
import rounded from '@material-symbols/font-400/material-symbols-rounded.woff2' with { type: 'bytes' };

export async function addFont() {
  const face = new FontFace('Material Symbols Rounded', rounded, { style: 'normal', weight: '400' });
  document.fonts.add(face);
  await face.load();
  document.documentElement.style.setProperty('--hw-material-icons', 'visible');
}
