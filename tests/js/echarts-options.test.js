import assert from 'node:assert/strict';
import { test } from 'node:test';

import { prepareOption } from '../../web/elements/echarts-options.js';

const rows = (n, make = (i) => i) => Array.from({ length: n }, (_, i) => make(i));

test('a valueFormatter string is a number format; anything else is dropped', () => {
  const option = {
    tooltip: { valueFormatter: 'dollar' },
    series: [{ type: 'bar', data: [1], tooltip: { valueFormatter: '%.1f kg' } }, { type: 'bar', tooltip: { valueFormatter: '{value} €' } }],
  };
  prepareOption(option, false);
  assert.equal(option.tooltip.valueFormatter(1234.5), '$1,234.50');
  assert.equal(option.series[0].tooltip.valueFormatter(2), '2.0 kg');
  assert.equal(option.tooltip.valueFormatter('n/a'), 'n/a');
  assert.ok(!('valueFormatter' in option.series[1].tooltip));
});

test('a tooltip template reads dimensions by name and index, escaped', () => {
  const option = { baseOption: { tooltip: { formatter: '{b}: {@score} <b>pts</b> ({@[0]}) {c} {a1}' } } };
  prepareOption(option, false);
  const item = { name: 'B<o>', seriesName: 'S', value: ['B<o>', 9], dimensionNames: ['name', 'score'] };
  assert.equal(option.baseOption.tooltip.formatter([item, { seriesName: 'T&U' }]),
    'B&lt;o&gt;: 9 <b>pts</b> (B&lt;o&gt;) B&lt;o&gt;,9 T&amp;U');
  const plain = { tooltip: { formatter: '{b}: {c}' } };
  prepareOption(plain, false);
  assert.equal(plain.tooltip.formatter, '{b}: {c}'); // ECharts' own templates stay ECharts'
});

test('large series get large mode and dense lines lose their symbols', () => {
  const option = {
    xAxis: { type: 'value' },
    dataset: { source: rows(2_001, (i) => [i, i]) },
    series: [
      { type: 'scatter', data: rows(20_001, (i) => [i, i]) },
      { type: 'bar', data: rows(2_001) },
      { type: 'bar', data: rows(2_001), large: false },
      { type: 'line' },
      { type: 'line', data: rows(2_001, (i) => (i === 5 ? null : i)) },
      { type: 'bar', data: rows(2_001, (i) => ({ value: i })) },
      { type: 'scatter', data: rows(100) },
    ],
  };
  prepareOption(option, false);
  assert.deepEqual(option.series.map((s) => [s.large, s.showSymbol]), [
    [true, undefined], [true, undefined], [false, undefined], [undefined, false],
    [undefined, undefined], [undefined, undefined], [undefined, undefined],
  ]);
});

test('charts that select, or lines on a category axis, keep every item', () => {
  const selecting = { series: [{ type: 'bar', data: rows(3_000) }] };
  prepareOption(selecting, true);
  const brushed = { brush: {}, series: [{ type: 'bar', data: rows(3_000) }] };
  prepareOption(brushed, false);
  const category = { xAxis: { type: 'category' }, series: [{ type: 'line', data: rows(3_000) }] };
  prepareOption(category, false);
  assert.equal(selecting.series[0].large, undefined);
  assert.equal(brushed.series[0].large, undefined);
  assert.equal(category.series[0].showSymbol, undefined);
});
