import assert from 'node:assert/strict';
import { test } from 'node:test';

import { PageRecorder, decodePrerender, pageKey } from '../../web/snapshot.js';

const el = (kind, props = {}, id = null) => ({ kind, id, props });

test('the recorder keeps the last element at each path, in path order', () => {
  const recorder = new PageRecorder();
  recorder.apply([{ path: 'main.0', element: el('spinner', { text: 'wait' }) }]);
  recorder.apply([
    { path: 'main.0', element: el('empty') },
    { path: 'main.1', element: el('markdown', { body: 'a' }) },
    { path: 'main.10', element: el('markdown', { body: 'k' }) },
    { path: 'main.2', element: el('markdown', { body: 'b' }) },
  ]);
  const page = recorder.finish({ main: 11, sidebar: 0 });
  assert.deepEqual(page.deltas.map((d) => d.path), ['main.0', 'main.1', 'main.2', 'main.10']);
  assert.equal(page.deltas[0].element.kind, 'empty');
  assert.deepEqual(page.blocks, { main: 11, sidebar: 0 });
});

test('a block replaced by another kind loses its children; one patched keeps them', () => {
  const recorder = new PageRecorder();
  recorder.apply([
    { path: 'main.0', element: el('block', { layout: 'horizontal' }) },
    { path: 'main.0.0', element: el('block', { layout: 'column' }) },
    { path: 'main.0.0.0', element: el('markdown', { body: 'left' }) },
    { path: 'main.1', element: el('block', { layout: 'vertical' }) },
    { path: 'main.1.0', element: el('markdown', { body: 'inside' }) },
  ]);
  recorder.apply([
    { path: 'main.0', element: el('block', { layout: 'horizontal', gap: 'large' }) },
    { path: 'main.1', element: el('markdown', { body: 'flat now' }) },
  ]);
  const paths = recorder.finish({ main: 2, 'main.0': 1, 'main.0.0': 1 }).deltas.map((d) => d.path);
  assert.deepEqual(paths, ['main.0', 'main.0.0', 'main.0.0.0', 'main.1']);
});

test('finishing drops children beyond each block size', () => {
  const recorder = new PageRecorder();
  recorder.apply([
    { path: 'main.0', element: el('markdown') },
    { path: 'main.1', element: el('block') },
    { path: 'main.1.0', element: el('markdown') },
    { path: 'main.2', element: el('spinner') },
  ]);
  const paths = recorder.finish({ main: 2, 'main.1': 0 }).deltas.map((d) => d.path);
  assert.deepEqual(paths, ['main.0', 'main.1']);
});

test('a prerender decodes its base64 buffers into bytes', () => {
  const page = decodePrerender({
    deltas: [{ path: 'main.0', element: el('dataframe', { arrow: { __bytes__: 0 } }) }],
    blocks: { main: 1 },
    buffers: [Buffer.from([1, 2, 255]).toString('base64')],
  });
  assert.deepEqual([...page.deltas[0].element.props.arrow], [1, 2, 255]);
  assert.ok(page.deltas[0].element.props.arrow instanceof Uint8Array);
});

test('the page key changes with any file, the entrypoint or argv', async () => {
  const app = { files: { 'app.py': 'x', 'data.bin': new Uint8Array([1, 2]) }, entrypoint: 'app.py', argv: [] };
  const key = await pageKey(app);
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.equal(await pageKey({ ...app, files: { ...app.files } }), key);
  assert.notEqual(await pageKey({ ...app, files: { ...app.files, 'data.bin': new Uint8Array([1, 3]) } }), key);
  assert.notEqual(await pageKey({ ...app, argv: ['--x'] }), key);
  assert.notEqual(await pageKey({ ...app, files: { 'app.py': 'y', 'data.bin': app.files['data.bin'] } }), key);
});
