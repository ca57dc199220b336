/**
 * `st.menu_button`: a button that opens a menu (the Popover API: top layer,
 * light dismiss, Escape). Choosing an option sends its index as a one-shot
 * trigger, as a click does for `st.button`; closing the menu sends nothing.
 */
import { h } from '../dom.js';
import { iconElement } from './icon.js';
import { setLabelText } from './label.js';
import { Widget, applyWidth } from './widget.js';

export class MenuButton extends Widget {
  constructor(id, props, ctx) {
    super(id, ctx, 'hw-menu-button');
    this._label = h('span', { class: 'hw-button-label' });
    this._icon = iconElement(null, 'hw-button-icon');
    this._button = h('button', { type: 'button', class: 'hw-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'data-testid': 'stMenuButtonButton' }, [
      this._icon,
      this._label,
      h('span', { class: 'hw-popover-chevron', 'aria-hidden': 'true' }),
    ]);
    this._menu = h('div', { class: 'hw-menu-panel', popover: 'auto', role: 'menu', 'data-testid': 'stMenuButtonBody' });
    this.el.append(this._button, this._menu);
    this._button.addEventListener('click', () => this._menu.togglePopover());
    this._menu.addEventListener('toggle', (event) => {
      const open = /** @type {ToggleEvent} */ (event).newState === 'open';
      this._button.setAttribute('aria-expanded', String(open));
      if (!open) return;
      this._place();
      /** @type {HTMLElement|null} */ (this._menu.querySelector('[role="menuitem"]'))?.focus();
    });
    this._menu.addEventListener('click', (event) => {
      const item = /** @type {HTMLElement} */ (event.target).closest('[role="menuitem"]');
      if (item) this._choose(Number(item.dataset.index));
    });
    this._menu.addEventListener('keydown', (event) => this._key(event));
    this.update(props, {});
  }

  update(props) {
    this._props = props;
    this._button.dataset.type = props.type ?? 'secondary';
    this._button.disabled = Boolean(props.disabled);
    this._button.title = props.help ?? '';
    setLabelText(this._label, props.label ?? '');
    if (props.icon !== this._iconSource) {
      this._iconSource = props.icon;
      const icon = iconElement(props.icon ?? '', 'hw-button-icon');
      icon.hidden = !props.icon;
      this._icon.replaceWith(icon);
      this._icon = icon;
    }
    this._menu.setAttribute('aria-label', props.label || 'Menu');
    const drawn = JSON.stringify(props.options);
    if (this._menu.dataset.drawn !== drawn) {
      this._menu.replaceChildren(
        ...(props.options ?? []).map((option, index) => {
          const item = h('button', { type: 'button', class: 'hw-menu-item', role: 'menuitem', tabindex: '-1', 'data-index': index });
          setLabelText(item, option);
          return item;
        }),
      );
      this._menu.dataset.drawn = drawn;
    }
    applyWidth(this.el, props.width);
    this._button.classList.toggle('hw-full-width', props.width === 'stretch');
    this._button.classList.toggle('hw-nowrap', props.wrap === false);
  }

  _choose(index) {
    this._menu.hidePopover();
    this._button.focus();
    this._ctx.trigger(this.id, index);
  }

  /** Arrow keys move between options, Home and End to the ends; Enter and Space choose (a button's click). */
  _key(event) {
    const items = /** @type {HTMLElement[]} */ ([...this._menu.querySelectorAll('[role="menuitem"]')]);
    const at = items.indexOf(/** @type {HTMLElement} */ (this._menu.getRootNode().activeElement));
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  }

  /** Under the button, kept inside the viewport. */
  _place() {
    const button = this._button.getBoundingClientRect();
    const menu = this._menu;
    menu.style.minWidth = `${button.width}px`;
    menu.style.left = `${Math.max(8, Math.min(button.left, window.innerWidth - menu.offsetWidth - 8))}px`;
    const below = button.bottom + 4;
    const fits = below + menu.offsetHeight <= window.innerHeight || button.top < menu.offsetHeight + 8;
    menu.style.top = `${fits ? below : button.top - menu.offsetHeight - 4}px`;
  }
}
