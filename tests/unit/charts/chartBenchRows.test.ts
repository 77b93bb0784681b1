import { describe, expect, it } from 'vitest';
import { chartRows, parseChartTimes } from '../../../scripts/bench/chartBenchRows.ts';
import type { RunMeasures } from '../../../scripts/bench/buildBenchRows.ts';

const log = [
  '12:00:01 ├─ /en/data/charts/index.html (+40ms)',
  '12:00:01 ├─ /fr/data/charts/index.html (+38ms)',
  '[p2c-charts] downloads: 7560 files made in 2.40 s',
  '[p2c-charts] pages: 9050 charts made in 3.10 s',
].join('\n');

describe('the charts’ rows of the benchmark', () => {
  it('read the chart work the build reported', () => {
    expect(parseChartTimes(log)).toEqual({ pages: { charts: 9050, seconds: 3.1 }, downloads: { files: 7560, seconds: 2.4 } });
    expect(parseChartTimes('no line')).toEqual({ pages: undefined, downloads: undefined });
  });

  it('hold the chart work against 10 % of the build, and the charts page against 60 kB', () => {
    const measures = {
      build: { astro: { seconds: 100, output: log } },
      pages: { templates: [{ template: 'charts', pages: 3, maxGzip: 31_000, maxGzipPath: 'ar/data/charts/', medianBytes: 140_000 }] },
      output: { kinds: new Map([['chart downloads', { files: 7560, bytes: 12_000_000 }]]) },
    } as unknown as RunMeasures;
    const rows = chartRows(measures);
    expect(rows.find((r) => r.metric === 'share of the astro build')).toMatchObject({ ok: true, value: expect.stringMatching(/^5\.5 %/) });
    expect(rows.find((r) => r.metric === 'charts page (every chart and the map)')).toMatchObject({ ok: true });
    expect(rows.find((r) => r.metric === 'charts page rendering (astro log)')?.value).toBe('39 ms a page, 2 pages');
    expect(rows.find((r) => r.metric === 'chart downloads on disk')?.value).toBe('12.0 MB in 7,560 files');
    const slow = chartRows({ ...measures, build: { astro: { seconds: 40, output: log } } } as unknown as RunMeasures);
    expect(slow.find((r) => r.metric === 'share of the astro build')?.ok).toBe(false);
  });
});
