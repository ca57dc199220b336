/**
 * `st.help`: an object's name, type and value, its docstring, and a table of
 * its public members, as Streamlit's doc view draws them.
 */
import { h, equal } from '../dom.js';

export class Help {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-help-view' });
    this.update(props, {});
  }

  update(props, prev) {
    if (equal(props, prev)) return;
    const header = h('div', { class: 'hw-help-header' }, [
      props.name && h('span', { class: 'hw-help-name', text: props.name }),
      h('span', { class: 'hw-help-type', text: props.type }),
      props.value && h('span', { class: 'hw-help-value', text: props.value }),
    ].filter(Boolean));
    const doc = h('pre', { class: 'hw-help-doc', text: props.doc ?? 'No docs available' });
    const rows = (props.members ?? []).map((member) =>
      h('tr', {}, [
        h('th', { scope: 'row', class: 'hw-help-member', text: member.name }),
        h('td', { class: 'hw-help-type', text: member.type }),
        h('td', { text: member.doc ?? member.value ?? '' }),
      ]),
    );
    const members = rows.length ? [h('table', { class: 'hw-help-members' }, [h('tbody', {}, rows)])] : [];
    this.el.replaceChildren(header, doc, ...members);
  }
}
