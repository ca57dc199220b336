import assert from 'node:assert/strict';
import { test } from 'node:test';

import { RuntimeShare } from '../../web/runtime-share.js';

const runtime = { module: { compiled: true }, snapshot: new Blob([new Uint8Array(4)]) };
const pending = Symbol('pending');
const state = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 10, pending))]);

test('the first worker boots Python; the ones that start while it does get what it shares', async () => {
  const first = new RuntimeShare('https://site/a/worker.js');
  const second = new RuntimeShare('https://site/a/worker.js');
  assert.equal(await first.runtimeFor('w1'), null);
  const waiting = second.runtimeFor('w2');
  assert.equal(await state(waiting), pending);
  first.offer(runtime);
  assert.equal(await waiting, runtime);
  // A later worker (a Stop's replacement) gets it at once.
  assert.equal(await first.runtimeFor('w3'), runtime);
  first.leave();
  second.leave();
});

test('when the booting worker ends without sharing, the waiting ones boot their own', async () => {
  const first = new RuntimeShare('https://site/b/worker.js');
  const second = new RuntimeShare('https://site/b/worker.js');
  assert.equal(await first.runtimeFor('w1'), null);
  const waiting = second.runtimeFor('w2');
  const third = new RuntimeShare('https://site/b/worker.js');
  const gone = third.runtimeFor('w3');
  third.release('w3'); // a waiting worker that is gone waits no more
  third.leave();
  assert.equal(await state(waiting), pending);
  first.release('w1');
  assert.equal(await waiting, null);
  assert.equal(await state(gone), pending);
  first.leave();
  second.leave();
});

test('runtimes from different folders share nothing, and the last app to leave drops what was shared', async () => {
  const a = new RuntimeShare('https://site/c/worker.js');
  const other = new RuntimeShare('https://other/c/worker.js');
  assert.equal(await a.runtimeFor('w1'), null);
  a.offer(runtime);
  assert.equal(await other.runtimeFor('w2'), null);
  a.leave();
  const later = new RuntimeShare('https://site/c/worker.js');
  assert.equal(await later.runtimeFor('w3'), null);
  other.leave();
  later.leave();
});

test('a runtime without a snapshot is replaced by one with it', async () => {
  const first = new RuntimeShare('https://site/d/worker.js');
  assert.equal(await first.runtimeFor('w1'), null);
  const bare = { module: runtime.module, snapshot: null };
  first.offer(bare);
  assert.equal(await first.runtimeFor('w2'), bare);
  first.offer(runtime);
  assert.equal(await first.runtimeFor('w3'), runtime);
  first.offer(bare);
  assert.equal(await first.runtimeFor('w4'), runtime);
  first.leave();
});
