// Rules in web/style.css that would make large pages slow to draw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const css = readFileSync(new URL('../../web/style.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

test('no sibling rule has a subject that matches any element', () => {
  // `a ~ *` (or `a + *`) is tried on every element: Chrome then restyles all later
  // siblings on each insertion, so 30,000 st.write calls restyled the page 30,000 times over.
  const selectors = css.split(/[{}]/).filter((_, i) => i % 2 === 0).flatMap((group) => group.split(','));
  const universal = selectors.filter((selector) => /[~+]\s*\*$/.test(selector.trim()));
  assert.deepEqual(universal.map((s) => s.trim()), []);
});
