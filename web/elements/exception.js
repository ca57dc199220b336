/**
 * `st.exception` and uncaught script errors: Streamlit's light-red box with
 * the message and a traceback of the user's frames. A SyntaxError is drawn as
 * Python prints it: location, source line, a caret under the column, and
 * "SyntaxError: message" once, in one block.
 */
import { h, equal } from '../dom.js';
import { setMarkdown } from './markdown.js';

export class Exception {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-exception', role: 'alert' });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const { type, message, traceback = [], syntax } = props;
    if (syntax) {
      this.el.replaceChildren(h('pre', { class: 'hw-traceback', text: [..._syntaxLines(syntax), `${type}: ${message}`].join('\n') }));
      return;
    }
    /** @type {HTMLElement[]} */
    const parts = [_message(type, message, props.message_is_markdown, props.notes ?? [])];
    if (traceback.length) {
      parts.push(
        h('div', { class: 'hw-traceback-title', text: 'Traceback:' }),
        h('pre', { class: 'hw-traceback' }, traceback.map(_frame)),
      );
    }
    this.el.replaceChildren(...parts);
  }
}

/**
 * "**Type**: message", then the notes (Python's add_note: what to do, e.g. about a
 * module the browser lacks) as plain paragraphs. Streamlit's own errors write the
 * message in markdown.
 */
function _message(type, message, isMarkdown, notes) {
  const el = h('div', { class: 'hw-exception-message' });
  if (isMarkdown) setMarkdown(el, message);
  else el.append(h('p', { text: message }));
  const first = el.firstElementChild?.tagName === 'P' ? el.firstElementChild : el;
  // No type: `client.showErrorDetails` hid it.
  if (type) first.prepend(h('strong', { text: type }), message ? ': ' : '');
  el.append(...notes.map((note) => h('p', { class: 'hw-exception-note', text: note })));
  return el;
}

function _frame({ filename, lineno, name, line, repeated }) {
  const where = `File "${filename}", line ${lineno}, in ${name}`;
  let text = line ? `${where}\n    ${line.trim()}` : where;
  if (repeated) text += `\n  [Previous line repeated ${repeated} more time${repeated === 1 ? '' : 's'}]`;
  return h('div', { class: 'hw-frame', text });
}

/** Location, the stripped source line, and a caret under `offset` (1-based). */
function _syntaxLines({ filename, lineno, offset, line }) {
  const lines = [`File "${filename}", line ${lineno}`];
  if (line) {
    const source = line.replace(/\s+$/, '');
    const indent = source.length - source.trimStart().length;
    lines.push(`    ${source.trimStart()}`);
    if (offset) lines.push(`    ${' '.repeat(Math.max(0, offset - 1 - indent))}^`);
  }
  return lines;
}
