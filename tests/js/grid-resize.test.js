// Column widths the reader drags stay within Streamlit's bounds.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { clampWidth } from '../../web/elements/grid-resize.js';

test('a dragged width stays between 50 and 1000 pixels, in whole pixels', () => {
  assert.equal(clampWidth(12), 50);
  assert.equal(clampWidth(180.6), 181);
  assert.equal(clampWidth(4000), 1000);
});
