/**
 * `st.json`: a collapsible tree. `expanded` is true/false, or a depth: nodes
 * deeper than it start collapsed.
 */
import { h } from '../dom.js';

export class Json {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-json' });
    this.update(props, {});
  }

  update(props, prev) {
    if (props.body === prev.body && props.expanded === prev.expanded) return;
    let value;
    try {
      value = JSON.parse(props.body);
    } catch {
      // Python's json.dumps writes NaN and Infinity, which JSON.parse rejects.
      this.el.replaceChildren(h('pre', { class: 'hw-code', text: props.body }));
      return;
    }
    const depth = props.expanded === true ? Infinity : props.expanded === false ? 0 : Number(props.expanded);
    this.el.replaceChildren(_node(value, null, depth, 0));
  }
}

function _node(value, key, openDepth, level) {
  const label = key === null ? [] : [h('span', { class: 'hw-json-key', text: key }), h('span', { class: 'hw-json-punct', text: ' : ' })];
  if (value === null || typeof value !== 'object') return h('div', { class: 'hw-json-row' }, [...label, _scalar(value)]);
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return h('div', { class: 'hw-json-row' }, [...label, h('span', { class: 'hw-json-punct', text: open + close })]);
  const children = entries.map(([childKey, child]) =>
    _node(child, isArray ? childKey : JSON.stringify(childKey), openDepth, level + 1),
  );
  return h('details', { class: 'hw-json-node', open: level < openDepth }, [
    h('summary', {}, [...label, h('span', { class: 'hw-json-punct', text: open }), h('span', { class: 'hw-json-more', text: ` …${close}` })]),
    h('div', { class: 'hw-json-children' }, children),
    h('div', { class: 'hw-json-punct', text: close }),
  ]);
}

function _scalar(value) {
  if (value === null) return h('span', { class: 'hw-json-null', text: 'null' });
  if (typeof value === 'string') return h('span', { class: 'hw-json-string', text: JSON.stringify(value) });
  return h('span', { class: `hw-json-${typeof value}`, text: String(value) });
}
