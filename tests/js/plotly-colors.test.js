import assert from 'node:assert/strict';
import { test } from 'node:test';

import { withThemeColors } from '../../web/elements/plotly-colors.js';

// What Plotly Express writes with Streamlit's template: the colorway in each trace,
// and the sequential scale in a continuous colour axis.
const figure = JSON.stringify({
  data: [{ line: { color: '#000001' } }, { marker: { color: '#000002', line: { color: '#000000' } } }],
  layout: { coloraxis: { colorscale: [[0, '#000011'], [1, '#000020']] }, shapes: [{ fillcolor: '#00001f' }] },
});

test("Streamlit's theme gets Streamlit's palette, light or dark", () => {
  const light = JSON.parse(withThemeColors(figure, 'streamlit', false));
  assert.equal(light.data[0].line.color, '#0068c9');
  assert.equal(light.data[1].marker.color, '#83c9ff');
  assert.deepEqual(light.layout.coloraxis.colorscale, [[0, '#e4f5ff'], [1, '#004280']]);
  const dark = JSON.parse(withThemeColors(figure, 'streamlit', true));
  assert.equal(dark.data[0].line.color, '#83c9ff');
  assert.deepEqual(dark.layout.coloraxis.colorscale, [[0, '#004280'], [1, '#e4f5ff']]);
});

test("without Streamlit's theme a chart gets plotly's own colours", () => {
  const plain = JSON.parse(withThemeColors(figure, null, false));
  assert.equal(plain.data[0].line.color, '#636efa');
  assert.deepEqual(plain.layout.coloraxis.colorscale, [[0, '#0d0887'], [1, '#f0f921']]);
});

test('colours that are not placeholders are left alone', () => {
  const text = withThemeColors(figure, 'streamlit', false);
  assert.ok(text.includes('"#000000"') && text.includes('"#00001f"'));
  assert.equal(withThemeColors('{"c": "#00003199", "d": "#000045"}', 'streamlit', false), '{"c": "#00003199", "d": "#000045"}');
});
