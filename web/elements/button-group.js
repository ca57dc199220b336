/**
 * `st.pills`, `st.segmented_control` and `st.feedback`: rows of buttons.
 *
 * Pills and segments are toggle buttons (`aria-pressed`) in a labelled group;
 * single mode keeps at most one pressed, and a pressed one can be released
 * unless `required`. Sends the list of pressed indices.
 *
 * Feedback is a radiogroup, as in Streamlit: arrow keys move between the
 * icons, Space or Enter chooses, choosing the chosen one clears it. Sends
 * the index (-1 for none).
 */
import { h, equal, setAttr } from '../dom.js';
import { Label, setLabelText } from './label.js';
import { Widget, applyWidth } from './widget.js';

export class ButtonGroup extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-button-group');
    this._label = new Label(props);
    this._row = h('div', { class: 'hw-button-group-row', role: 'group', 'aria-labelledby': this._label.id });
    /** @type {HTMLButtonElement[]} */
    this._buttons = [];
    /** @type {number[]} pressed indices */
    this._value = [...(props.value ?? [])];
    this._row.addEventListener('click', (event) => {
      const index = this._buttons.indexOf(/** @type {HTMLButtonElement} */ (event.target).closest('button'));
      if (index >= 0) this._toggle(index);
    });
    this.el.append(this._label.el, this._row);
    this.update(props, { ...props, options: null });
  }

  update(props, prev) {
    this._props = props;
    this._label.update(props);
    this.el.dataset.style = props.style;
    if (!equal(props.options, prev.options)) {
      this._buttons = (props.options ?? []).map((text) => {
        const button = h('button', { type: 'button', class: 'hw-pill' });
        setLabelText(button, text);
        return button;
      });
      this._row.replaceChildren(...this._buttons);
    }
    for (const button of this._buttons) button.disabled = Boolean(props.disabled);
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev) || prev.options === null) this._value = [...(props.value ?? [])];
    this._render();
  }

  _toggle(index) {
    const { selection_mode: mode, required } = this._props;
    const pressed = this._value.includes(index);
    let next;
    if (mode === 'multi') next = pressed ? this._value.filter((i) => i !== index) : [...this._value, index];
    else if (pressed) next = required ? this._value : [];
    else next = [index];
    if (equal(next, this._value)) return;
    this._value = next;
    this._render();
    this._send([...next]);
  }

  _render() {
    const segmented = this._props.style === 'segmented_control';
    this._buttons.forEach((button, i) => {
      const on = this._value.includes(i);
      setAttr(button, 'aria-pressed', on ? 'true' : 'false');
      button.dataset.testid = `stBaseButton-${segmented ? 'segmented_control' : 'pills'}${on ? 'Active' : ''}`;
    });
  }
}

const STAR = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.5L12 17.3l-5.9 3.2 1.3-6.5-4.9-4.6 6.6-.8z';
const THUMB = 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z';
const FACES = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const MOUTHS = ['M8 17q4-4 8 0', 'M8.5 16.5q3.5-2 7 0', 'M8.5 15.5h7', 'M8.5 14.5q3.5 2 7 0', 'M8 14q4 4.5 8 0'];

/** The options in display order: thumbs up (value 1) comes first. */
function feedbackOptions(type) {
  if (type === 'thumbs') return [{ value: 1, label: 'Thumbs up' }, { value: 0, label: 'Thumbs down' }];
  return Array.from({ length: 5 }, (_, value) => ({
    value,
    label: type === 'faces' ? FACES[value] : `${value + 1} out of 5 stars`,
  }));
}

function icon(type, value, filled) {
  const svg = (children) =>
    `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${children}</svg>`;
  if (type === 'stars') {
    return svg(`<path d="${STAR}" fill="${filled ? 'currentColor' : 'none'}" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/>`);
  }
  if (type === 'thumbs') {
    const flip = value === 0 ? ' transform="rotate(180 12 12)"' : '';
    return svg(`<path d="${THUMB}" fill="currentColor"${flip}/>`);
  }
  return svg(
    `<circle cx="12" cy="12" r="9.2" fill="none" stroke="currentColor" stroke-width="1.6"/>` +
      `<circle cx="9" cy="10" r="1.2" fill="currentColor"/><circle cx="15" cy="10" r="1.2" fill="currentColor"/>` +
      `<path d="${MOUTHS[value]}" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  );
}

export class Feedback extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-feedback');
    this._type = props.options;
    this._options = feedbackOptions(this._type);
    this._value = props.value ?? -1;
    this._buttons = this._options.map(({ label }) =>
      h('button', { type: 'button', role: 'radio', class: 'hw-feedback-option', 'aria-label': label }),
    );
    this._group = h('div', { class: 'hw-feedback-row', role: 'radiogroup', 'aria-label': 'Feedback rating' }, this._buttons);
    this._buttons.forEach((button, i) => {
      button.addEventListener('click', () => this._choose(this._options[i].value));
      button.addEventListener('keydown', (event) => this._onKey(event, i));
    });
    this.el.append(this._group);
    this.update(props, props);
  }

  update(props, prev) {
    this._props = props;
    for (const button of this._buttons) button.disabled = Boolean(props.disabled);
    applyWidth(this.el, props.width);
    if (this._takesValue(props, prev)) this._value = props.value ?? -1;
    this._render();
  }

  _choose(value) {
    this._value = this._value === value ? -1 : value;
    this._render();
    this._send(this._value);
  }

  _onKey(event, i) {
    const count = this._buttons.length;
    const moves = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
    if (event.key in moves) {
      event.preventDefault();
      this._buttons[(i + moves[event.key] + count) % count].focus();
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      this._choose(this._options[i].value);
    }
  }

  _render() {
    const chosenAt = this._options.findIndex((o) => o.value === this._value);
    this._buttons.forEach((button, i) => {
      const { value } = this._options[i];
      const checked = value === this._value;
      // Stars fill up to the chosen one.
      const lit = this._type === 'stars' ? this._value >= 0 && value <= this._value : checked;
      setAttr(button, 'aria-checked', checked ? 'true' : 'false');
      // One tab stop: the chosen icon, or the first.
      setAttr(button, 'tabindex', i === (chosenAt >= 0 ? chosenAt : 0) ? 0 : -1);
      button.classList.toggle('hw-lit', lit);
      const html = icon(this._type, value, lit);
      if (button.dataset.icon !== html) {
        button.innerHTML = html;
        button.dataset.icon = html;
      }
    });
  }
}
