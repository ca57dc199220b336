import assert from 'node:assert/strict';
import { test } from 'node:test';

import { WasmShare } from '../../web/wasm-share.js';

const module = { compiled: true }; // stands in for a WebAssembly.Module
const pending = Symbol('pending');
const state = (promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 10, pending))]);

test('the first worker compiles; the ones that start while it does get its module', async () => {
  const first = new WasmShare('https://site/a/worker.js');
  const second = new WasmShare('https://site/a/worker.js');
  assert.equal(await first.wasmFor('w1'), null);
  const waiting = second.wasmFor('w2');
  assert.equal(await state(waiting), pending);
  first.offer(module);
  assert.equal(await waiting, module);
  // A later worker (a Stop's replacement) gets it at once.
  assert.equal(await first.wasmFor('w3'), module);
  first.leave();
  second.leave();
});

test('when the compiling worker ends without a module, the waiting ones compile their own', async () => {
  const first = new WasmShare('https://site/b/worker.js');
  const second = new WasmShare('https://site/b/worker.js');
  assert.equal(await first.wasmFor('w1'), null);
  const waiting = second.wasmFor('w2');
  second.release('w2'); // not the compiler: changes nothing
  assert.equal(await state(waiting), pending);
  first.release('w1');
  assert.equal(await waiting, null);
  first.leave();
  second.leave();
});

test('runtimes from different folders share nothing, and the last app to leave drops the module', async () => {
  const a = new WasmShare('https://site/c/worker.js');
  const other = new WasmShare('https://other/c/worker.js');
  assert.equal(await a.wasmFor('w1'), null);
  a.offer(module);
  assert.equal(await other.wasmFor('w2'), null);
  a.leave();
  const later = new WasmShare('https://site/c/worker.js');
  assert.equal(await later.wasmFor('w3'), null);
  other.leave();
  later.leave();
});
