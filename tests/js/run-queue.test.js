import assert from 'node:assert/strict';
import { test } from 'node:test';

import { RunQueue } from '../../worker/run-queue.js';

/** Push requests synchronously (as messages queued during a run arrive), then let the queue drain. */
async function drain(requests) {
  const runs = [];
  const queue = new RunQueue((request) => runs.push(request));
  for (const request of requests) queue.push(request);
  while (queue.size) await new Promise((resolve) => setTimeout(resolve, 1));
  await new Promise((resolve) => setTimeout(resolve, 1));
  return runs;
}

test('a burst of slider values becomes one run with the last value', async () => {
  const burst = Array.from({ length: 1000 }, (_, i) => ({ seq: i + 1, widgets: { x: i }, triggers: {} }));
  const runs = await drain(burst);
  assert.deepEqual(runs, [{ seq: 1000, widgets: { x: 999 }, triggers: {}, fragment: null }]);
});

test('every button press reaches the script once, in order, with the values set before it', async () => {
  const runs = await drain([
    { seq: 1, widgets: { x: 1 }, triggers: { go: true } },
    { seq: 2, widgets: { x: 2 }, triggers: {} },
    { seq: 3, widgets: {}, triggers: { go: true } },
    { seq: 4, widgets: {}, triggers: { other: true } },
    { seq: 5, widgets: {}, triggers: { go: true } },
  ]);
  assert.deepEqual(runs, [
    { seq: 2, widgets: { x: 2 }, triggers: { go: true }, fragment: null },
    { seq: 4, widgets: {}, triggers: { go: true, other: true }, fragment: null },
    { seq: 5, widgets: {}, triggers: { go: true }, fragment: null },
  ]);
});

test('requests pushed after a run started wait for the next run', async () => {
  const runs = [];
  const queue = new RunQueue((request) => runs.push(request));
  queue.push({ seq: 1, widgets: { x: 1 } });
  await new Promise((resolve) => setTimeout(resolve, 5));
  queue.push({ seq: 2, widgets: { x: 2 } });
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(runs.map((run) => run.widgets.x), [1, 2]);
});

test('reruns of one fragment merge, a full rerun absorbs them, two fragments stay apart', async () => {
  const alone = await drain([
    { seq: 1, widgets: { a: 1 }, fragment: 'f' },
    { seq: 2, widgets: { a: 2 }, fragment: 'f' },
  ]);
  assert.deepEqual(alone, [{ seq: 2, widgets: { a: 2 }, triggers: {}, fragment: 'f' }]);
  const full = await drain([{ seq: 1, widgets: { a: 1 }, fragment: 'f' }, { seq: 2, widgets: { b: 1 } }]);
  assert.deepEqual(full, [{ seq: 2, widgets: { a: 1, b: 1 }, triggers: {}, fragment: null }]);
  const two = await drain([
    { seq: 1, widgets: { a: 1 }, fragment: 'f' },
    { seq: 2, widgets: { b: 1 }, fragment: 'g' },
    { seq: 3, widgets: { b: 2 }, fragment: 'g' },
  ]);
  assert.deepEqual(two.map((run) => [run.fragment, run.widgets]), [['f', { a: 1 }], ['g', { b: 2 }]]);
});
