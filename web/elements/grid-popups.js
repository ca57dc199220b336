/**
 * What the grid opens over its rows: the menu of a button cell's actions and
 * an audio or video player. Rows come and go while scrolling, so neither can
 * live in its cell; the grid places them in its frame and closes them.
 */
import { h } from '../dom.js';
import { buttonLabel } from './cells.js';

/**
 * A menu of actions: arrow keys move between them, a click (or Enter) picks one.
 * @param {string[]} labels
 * @param {string} name  the menu's accessible name
 * @param {(label: string) => void} onPick
 * @returns {{el: HTMLElement, first: HTMLElement}}
 */
export function actionsMenu(labels, name, onPick) {
  const items = labels.map((label) => {
    const item = h('button', { type: 'button', role: 'menuitem', class: 'hw-grid-menu-item', tabindex: -1 }, buttonLabel(label));
    item.addEventListener('click', () => onPick(label));
    return item;
  });
  const el = h('div', { class: 'hw-grid-menu', role: 'menu', 'aria-label': name }, items);
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const at = items.indexOf(/** @type {any} */ (event.target));
    items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length].focus();
  });
  return { el, first: items[0] };
}

/**
 * An audio or video player with a close button.
 * @param {'audio'|'video'} kind
 * @param {string} src
 * @param {() => void} onClose
 * @returns {{el: HTMLElement, player: HTMLMediaElement}}
 */
export function mediaPlayer(kind, src, onClose) {
  const player = /** @type {HTMLMediaElement} */ (h(kind, { class: 'hw-grid-media-player', controls: true, src }));
  const close = h('button', { type: 'button', class: 'hw-grid-search-button', 'aria-label': 'Close player', title: 'Close player', text: '✕' });
  close.addEventListener('click', onClose);
  const el = h('div', { class: 'hw-grid-media', role: 'dialog', 'aria-label': kind === 'audio' ? 'Audio player' : 'Video player' }, [player, close]);
  return { el, player };
}
