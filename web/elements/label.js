/**
 * A widget's label: text, the optional "?" help tooltip, and
 * `label_visibility`. Hidden and collapsed labels stay in the accessibility
 * tree so the widget keeps its accessible name; the help icon sits beside
 * the label, not in it, so it is not part of that name.
 */
import { h, setText, uid } from '../dom.js';
import { setMarkdown } from './markdown.js';

/** Characters that may make markdown; a label without them is set as plain text (most are). */
const MARKDOWN = /[*_~`[\]:$<&\\]/;

/**
 * Sets a label's text: Streamlit renders widget labels and options as inline
 * markdown (bold, italics, code, links, emoji, colours), so `**Name**` reads "Name".
 * @param {HTMLElement} el
 * @param {string} text
 */
export function setLabelText(el, text) {
  if (el.dataset.source === text) return;
  el.dataset.source = text;
  if (MARKDOWN.test(text)) setMarkdown(el, text, { inline: true });
  else setText(el, text);
}

export class Label {
  /**
   * @param {{label: string, help?: string|null, label_visibility?: string}} props
   * @param {string} [forId] id of the input this label names, for a `<label for>`
   */
  constructor(props, forId) {
    this.id = uid('label');
    this._text = h(forId ? 'label' : 'span', { class: 'hw-label-text', id: this.id, for: forId });
    this._help = helpIcon(null);
    this.el = h('div', { class: 'hw-label' }, [this._text, this._help]);
    this.update(props);
  }

  update(props) {
    setLabelText(this._text, props.label);
    this.el.dataset.visibility = props.label_visibility ?? 'visible';
    updateHelp(this._help, props.help);
  }
}

/**
 * The "?" that shows `help` as a tooltip; hidden while there is no help.
 * CSS draws the "?", so it adds nothing to the element's text.
 */
export function helpIcon(help) {
  const icon = h('span', { class: 'hw-help', tabindex: 0, role: 'img' });
  updateHelp(icon, help);
  return icon;
}

export function updateHelp(icon, help) {
  icon.hidden = !help;
  icon.title = help ?? '';
  icon.setAttribute('aria-label', help ? `Help: ${help}` : 'Help');
}
