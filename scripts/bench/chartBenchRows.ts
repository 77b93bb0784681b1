/**
 * The charts' rows of the benchmark table (issue 20): what the charts cost the build, and what
 * the charts page weighs. The build reports its chart work when P2C_CHART_TIMING=1
 * (src/charts/chartTiming.ts; buildSite.ts sets it): the pages' charts (specs, geometry and SVG,
 * on the rendering thread) when the build ends, the download files when the open-data worker has
 * made them.
 */
import { formatBytes, formatCount, formatSeconds, type BenchRow } from './benchTable.ts';
import type { RunMeasures } from './buildBenchRows.ts';
import { renderTimes } from './renderTimes.ts';

/** The charts' budgets. */
export const chartTargets = {
  /** Chart work over the astro build's time, at 10,000 pledges. */
  buildShare: 0.1,
  /** The charts page (every chart and the map), gzipped. */
  pageGzip: 60_000,
};

export interface ChartTimes {
  pages: { charts: number; seconds: number } | undefined;
  downloads: { files: number; seconds: number } | undefined;
}

/** The chart work the build reported in its log. */
export function parseChartTimes(output: string): ChartTimes {
  const pages = /\[p2c-charts\] pages: (\d+) charts made in ([\d.]+) s/.exec(output);
  const downloads = /\[p2c-charts\] downloads: (\d+) files made in ([\d.]+) s/.exec(output);
  return {
    pages: pages ? { charts: Number(pages[1]), seconds: Number(pages[2]) } : undefined,
    downloads: downloads ? { files: Number(downloads[1]), seconds: Number(downloads[2]) } : undefined,
  };
}

export function chartRows(m: RunMeasures): BenchRow[] {
  const section = 'charts';
  const times = parseChartTimes(m.build.astro.output);
  const astroSeconds = m.build.astro.seconds;
  const rows: BenchRow[] = [];
  rows.push({
    section,
    metric: 'chart work for the pages',
    value: times.pages ? `${formatSeconds(times.pages.seconds)} for ${formatCount(times.pages.charts)} charts (data, geometry, SVG; on the rendering thread)` : 'not reported (no [p2c-charts] line in the build log)',
  });
  rows.push({
    section,
    metric: 'chart downloads (SVG, CSV)',
    value: times.downloads ? `${formatSeconds(times.downloads.seconds)} for ${formatCount(times.downloads.files)} files (in the open-data worker, alongside the pages)` : 'not reported',
  });
  if (times.pages) {
    // Counted in full even though the downloads are made on the other core: the stricter reading.
    const seconds = times.pages.seconds + (times.downloads?.seconds ?? 0);
    const share = seconds / astroSeconds;
    rows.push({
      section,
      metric: 'share of the astro build',
      value: `${(share * 100).toFixed(1)} % (${formatSeconds(seconds)} of ${formatSeconds(astroSeconds)}; Astro's own rendering of the figures and tables is in the templates' render times)`,
      target: `< ${chartTargets.buildShare * 100} %`,
      ok: share < chartTargets.buildShare,
    });
  }
  const page = m.pages?.templates.find((t) => t.template === 'charts');
  if (page) {
    rows.push({
      section,
      metric: 'charts page (every chart and the map)',
      value: `${formatBytes(page.maxGzip)} gzipped, largest of ${formatCount(page.pages)} (${page.maxGzipPath}), raw median ${formatBytes(page.medianBytes)}`,
      target: `< ${formatBytes(chartTargets.pageGzip)}`,
      ok: page.maxGzip < chartTargets.pageGzip,
    });
  }
  const render = renderTimes(m.build.astro.output).find((t) => t.template === 'charts');
  if (render) rows.push({ section, metric: 'charts page rendering (astro log)', value: `${render.msPerRoute.toFixed(0)} ms a page, ${formatCount(render.routes)} pages` });
  const files = m.output?.kinds.get('chart downloads');
  if (files) rows.push({ section, metric: 'chart downloads on disk', value: `${formatBytes(files.bytes)} in ${formatCount(files.files)} files` });
  return rows;
}
