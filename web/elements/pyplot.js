/** `st.pyplot`: the figure's PNG (or SVG) bytes as an image. */
import { h } from '../dom.js';

export class Pyplot {
  constructor(id, props) {
    this._img = h('img', { class: 'hw-pyplot-img' });
    this.el = h('div', { class: 'hw-pyplot' }, [this._img]);
    /** @type {string|null} the object URL of the shown image, revoked when replaced */
    this._url = null;
    this.update(props, {});
  }

  update(props, prev) {
    if (props.image !== prev.image) {
      this.destroy();
      this._url = URL.createObjectURL(new Blob([props.image], { type: props.mime ?? 'image/png' }));
      this._img.src = this._url;
    }
    this._img.alt = props.alt ?? '';
    this._img.style.width = props.width ? `${props.width}px` : '';
    this.el.classList.toggle('hw-stretch', Boolean(props.use_container_width));
  }

  destroy() {
    if (this._url) URL.revokeObjectURL(this._url);
    this._url = null;
  }
}
