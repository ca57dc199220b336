// The dataframe search: which cells match and how Enter / Shift+Enter step through them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { findMatches, stepMatch } from '../../web/elements/grid-search.js';

const cells = [
  ['Apple', '1.5', null],
  ['pear', 'APPLE pie', '3'],
  ['fig', '2', 'crabapple'],
];
const textAt = (r, c) => cells[r][c];

test('matches any case, anywhere in the shown text, row by row', () => {
  assert.deepEqual(findMatches('apple', 3, 3, textAt), [[0, 0], [1, 1], [2, 2]]);
  assert.deepEqual(findMatches('PEAR', 3, 3, textAt), [[1, 0]]);
});

test('numbers match as shown, missing cells never; an empty query matches nothing', () => {
  assert.deepEqual(findMatches('.5', 3, 3, textAt), [[0, 1]]);
  assert.deepEqual(findMatches('null', 3, 3, textAt), []);
  assert.deepEqual(findMatches('', 3, 3, textAt), []);
});

test('only the given rows and columns are searched', () => {
  assert.deepEqual(findMatches('apple', 2, 2, textAt), [[0, 0], [1, 1]]);
});

test('stepping wraps around both ways and starts at either end', () => {
  assert.equal(stepMatch(-1, 3, 1), 0);
  assert.equal(stepMatch(-1, 3, -1), 2);
  assert.equal(stepMatch(2, 3, 1), 0);
  assert.equal(stepMatch(0, 3, -1), 2);
  assert.equal(stepMatch(1, 3, 1), 2);
  assert.equal(stepMatch(0, 0, 1), -1);
});
