/**
 * Column widths the reader sets, as in Streamlit's grid: drag a header's right
 * edge, or press ←/→ on the focused edge (10 px a press). A column stays
 * between 50 and 1000 pixels.
 */
import { h } from '../dom.js';

const MIN_COLUMN_WIDTH = 50;
const MAX_COLUMN_WIDTH = 1000;
const KEY_STEP = 10;

/** A width kept within Streamlit's bounds, in whole pixels. */
export function clampWidth(width) {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
}

/** The handle on the right edge of grid column `i`'s header. */
export function resizeHandle(i, name, width) {
  return h('div', {
    class: 'hw-grid-resize',
    role: 'separator',
    'aria-orientation': 'vertical',
    'aria-label': `Resize ${name}`,
    'aria-valuenow': width,
    tabindex: 0,
    'data-resize-column': i,
  });
}

/**
 * Listens on the header row for drags and arrow keys on its handles; `onWidth`
 * gets the grid column and its new width, already clamped. Widths start from
 * the drawn one: a column without a set width stretches past its minimum.
 * @param {HTMLElement} head
 * @param {(column: number, width: number) => void} onWidth
 */
export function listenForResizing(head, onWidth) {
  head.addEventListener('pointerdown', (event) => {
    const handle = /** @type {HTMLElement} */ (event.target).closest?.('[data-resize-column]');
    if (!handle || event.button !== 0) return;
    event.preventDefault();
    const i = Number(handle.dataset.resizeColumn);
    const start = handle.parentElement.getBoundingClientRect().width;
    const x0 = event.clientX;
    // Captured: the drag goes on when the pointer leaves the header.
    handle.setPointerCapture(event.pointerId);
    const move = (e) => onWidth(i, clampWidth(start + e.clientX - x0));
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  });
  head.addEventListener('keydown', (event) => {
    const handle = /** @type {HTMLElement} */ (event.target).closest?.('[data-resize-column]');
    if (!handle || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    event.stopPropagation();
    const width = handle.parentElement.getBoundingClientRect().width;
    onWidth(Number(handle.dataset.resizeColumn), clampWidth(width + (event.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP)));
  });
}
