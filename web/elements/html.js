/**
 * `st.html`: the script's HTML, sanitized. DOMPurify removes scripts, event
 * handlers and `javascript:` URLs, so nothing the HTML holds can run; `<style>`
 * stays, and applies inside the app's shadow root only.
 */
import DOMPurify from 'dompurify';
import { h } from '../dom.js';

export class Html {
  constructor(id, props) {
    this.el = h('div', { class: 'hw-html' });
    this.update(props, {});
  }

  update(props, prev) {
    if (props.body === prev.body && props.style_only === prev.style_only) return;
    // FORCE_BODY keeps a leading <style>, which the parser would otherwise hoist out of the body.
    this.el.innerHTML = DOMPurify.sanitize(props.body, { FORCE_BODY: true, ADD_ATTR: ['target'] });
    // Style-only HTML styles the app and takes no room, as in Streamlit.
    this.el.classList.toggle('hw-html-style-only', Boolean(props.style_only));
  }
}
