import assert from 'node:assert/strict';
import { test } from 'node:test';

import { queryValue } from '../../web/elements/bound-query.js';

const bind = (kind, value) => ({ key: 'k', kind, default: value });

// The same texts tests/py/test_widget_binding.py sees the worker write.
test('a value is written as the worker writes it', () => {
  assert.equal(queryValue(bind('text', 10), 42, {}), '42');
  assert.equal(queryValue(bind('text', 0.5), 0.25, {}), '0.25');
  assert.deepEqual(queryValue(bind('slider', [10, 90]), [20, 30], { data_type: 'int' }), ['20', '30']);
  assert.equal(queryValue(bind('slider', 0), 1704931200000000, { data_type: 'date' }), '2024-01-11');
  assert.equal(queryValue(bind('slider', 0), 946719000000000, { data_type: 'time' }), '09:30');
  assert.equal(queryValue(bind('slider', 0), 946719005000000, { data_type: 'datetime' }), '2000-01-01T09:30:05');
  assert.equal(queryValue(bind('flag', false), true, {}), 'true');
  assert.equal(queryValue(bind('flag', true), false, {}), 'false');
  assert.equal(queryValue(bind('labels', 0), 1, { options: ['apple', 'kiwi'] }), 'kiwi');
  assert.deepEqual(queryValue(bind('labels', []), [0, 2], { options: ['a', 'b', 'c'] }), ['a', 'c']);
  assert.deepEqual(queryValue(bind('labels', []), [1, 'new'], { options: ['a', 'b'] }), ['b', 'new']);
  assert.deepEqual(queryValue(bind('text', ['2024-01-01']), ['2024-03-01', '2024-03-09'], {}), ['2024-03-01', '2024-03-09']);
  assert.equal(queryValue(bind('feedback', -1), 3, {}), '3');
  assert.equal(queryValue(bind('text', '#000000'), '#ff8800', {}), '#ff8800');
});

test('the default leaves the address; a cleared widget is an empty parameter', () => {
  assert.equal(queryValue(bind('slider', [10, 90]), [10, 90], { data_type: 'int' }), null);
  assert.equal(queryValue(bind('labels', [0]), [], { options: ['a', 'b'] }), '');
  assert.equal(queryValue(bind('feedback', 2), -1, {}), '');
  assert.equal(queryValue(bind('text', 1.5), null, {}), '');
});
