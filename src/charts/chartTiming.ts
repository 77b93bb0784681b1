import type { ChartSpec } from './chartSpec.ts';

/**
 * The build-time cost of the charts, measured when P2C_CHART_TIMING=1 (the benchmark sets it;
 * otherwise nothing is measured): the time spent making chart specs and their SVG for the pages
 * (printed when the build process ends) and making the download files in the open-data worker
 * (printed when the last one is made). scripts/bench/chartBenchRows.ts reads both lines.
 */
const enabled = process.env.P2C_CHART_TIMING === '1';

interface Tally {
  ms: number;
  charts: number;
  files: number;
  filesDone: number;
  filesMs: number;
  hooked: boolean;
}

/** Kept on globalThis: Astro loads this module twice (bundled for the pages, natively for the exports). */
const key = Symbol.for('p2c.chartTiming');
const tally: Tally = ((globalThis as Record<symbol, unknown>)[key] ??= { ms: 0, charts: 0, files: 0, filesDone: 0, filesMs: 0, hooked: false }) as Tally;

function reportAtExit(): void {
  if (tally.hooked) return;
  tally.hooked = true;
  process.once('exit', () => {
    if (tally.charts > 0) process.stderr.write(`[p2c-charts] pages: ${tally.charts} charts made in ${(tally.ms / 1000).toFixed(2)} s\n`);
  });
}

/** Times the making of a page's charts (specs now, each SVG when it is written). */
export function timedSpecs(make: () => ChartSpec[]): ChartSpec[] {
  if (!enabled) return make();
  reportAtExit();
  const started = performance.now();
  const specs = make();
  tally.ms += performance.now() - started;
  tally.charts += specs.length;
  return specs.map((spec) => ({
    ...spec,
    svg: (paint, site) => {
      const t = performance.now();
      const svg = spec.svg(paint, site);
      tally.ms += performance.now() - t;
      return svg;
    },
  }));
}

/** Times the making of the download files: `count` files, each made by a call of the returned wrapper. */
export function timedFiles(count: number): <T>(make: () => T) => T {
  if (!enabled) return (make) => make();
  tally.files += count;
  return (make) => {
    const started = performance.now();
    const made = make();
    tally.filesMs += performance.now() - started;
    tally.filesDone += 1;
    if (tally.filesDone === tally.files) process.stderr.write(`[p2c-charts] downloads: ${tally.files} files made in ${(tally.filesMs / 1000).toFixed(2)} s\n`);
    return made;
  };
}

/** Adds the time spent making specs for the downloads (before their files are made). */
export function timedDownloadSpecs<T>(make: () => T): T {
  if (!enabled) return make();
  const started = performance.now();
  const made = make();
  tally.filesMs += performance.now() - started;
  return made;
}
