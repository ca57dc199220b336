import assert from 'node:assert/strict';
import { test } from 'node:test';

// downloads.js keeps the fetch it finds at import: install a fake network first.
const requests = [];
globalThis.fetch = async (input) => {
  const url = String(input);
  requests.push(url);
  if (url.endsWith('/missing')) return new Response('no', { status: 404 });
  const body = new Uint8Array(1000).fill(url.length % 256);
  return new Response(body, { headers: { 'Content-Type': 'application/wasm', 'Content-Length': '1000' } });
};
const { Downloads } = await import('../../worker/downloads.js');

const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

test('a started download answers the first fetch of its URL, without a second request', async () => {
  requests.length = 0;
  const reports = [];
  const downloads = new Downloads((loaded, total) => reports.push([loaded, total]));
  downloads.start('http://site/a.wasm', 1000);
  downloads.start('http://site/b.whl');
  const response = await downloads.fetch(new URL('http://site/a.wasm'), { credentials: 'same-origin' });
  assert.equal(response.headers.get('Content-Type'), 'application/wasm');
  assert.equal((await response.arrayBuffer()).byteLength, 1000);
  assert.deepEqual(requests, ['http://site/a.wasm', 'http://site/b.whl']);
  await settle();
  // b.whl had no size given; an uncompressed Content-Length counts.
  assert.deepEqual(reports.at(-1), [2000, 2000]);
  // A body reads once: the next fetch goes to the network.
  await downloads.fetch('http://site/a.wasm');
  assert.equal(requests.length, 3);
});

test('a kept file answers every fetch', async () => {
  requests.length = 0;
  const downloads = new Downloads(() => {});
  downloads.keep('http://site/lock.json');
  for (let i = 0; i < 3; i++) assert.equal((await (await downloads.fetch('http://site/lock.json')).arrayBuffer()).byteLength, 1000);
  assert.deepEqual(requests, ['http://site/lock.json']);
});

test('a failed download reaches its reader as the failed response', async () => {
  const downloads = new Downloads(() => {});
  downloads.start('http://site/missing', 10);
  await assert.rejects(downloads.bytes('http://site/missing'), /HTTP 404/);
});

test('a size learnt after the download started joins the total once', async () => {
  const reports = [];
  const downloads = new Downloads((loaded, total) => reports.push([loaded, total]));
  downloads.start('http://site/c.wasm');
  await settle(); // its uncompressed Content-Length counts
  downloads.start('http://site/c.wasm', 1000);
  downloads.start('http://site/d.whl', 1000);
  downloads.start('http://site/d.whl', 1000);
  await settle();
  assert.deepEqual(reports.at(-1), [2000, 2000]);
});
