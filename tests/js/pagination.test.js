// Which page buttons st.pagination draws: the first, the last and a window around the current page.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { visiblePages } from '../../web/elements/pagination.js';

test('all pages when they fit, or when there is no cap', () => {
  assert.deepEqual(visiblePages(3, 5, 7), [1, 2, 3, 4, 5]);
  assert.equal(visiblePages(5, 40, null).length, 40);
});

test('the first and last page stay, with an ellipsis (null) for each gap', () => {
  assert.deepEqual(visiblePages(1, 20, 7), [1, 2, 3, 4, 5, 6, null, 20]);
  assert.deepEqual(visiblePages(10, 20, 7), [1, null, 8, 9, 10, 11, 12, null, 20]);
  assert.deepEqual(visiblePages(20, 20, 7), [1, null, 15, 16, 17, 18, 19, 20]);
});

test('0 shows only the arrows; too little room shows the current page alone', () => {
  assert.deepEqual(visiblePages(4, 20, 0), []);
  assert.deepEqual(visiblePages(4, 20, 2), [4]);
});
