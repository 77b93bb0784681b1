/**
 * Turns the measurements of one benchmark run into table rows, each with
 * its target where there is one.
 */
import os from 'node:os';
import type { BareBuild } from './bareBaselineSite.ts';
import { formatBytes, formatCount, formatSeconds, type BenchRow } from './benchTable.ts';
import type { SiteBuild } from './buildSite.ts';
import type { GeneratedContent } from './generateSyntheticContent.ts';
import type { OutputMeasure, SearchIndexMeasure } from './measureOutput.ts';
import { searchQueryRows, type SearchQueryMeasure } from './measureSearch.ts';
import type { PagesMeasure } from './measurePages.ts';
import { mayUseJavaScript } from './pageTemplates.ts';
import { renderTimes } from './renderTimes.ts';
import { chartRows } from './chartBenchRows.ts';

/** The targets the site is held to. */
export const targets = {
  /** Astro build (content validation, pages, data files) + search index, at 10,000 pledges. */
  buildSeconds: 180,
  /** Median page, gzipped. */
  medianHtmlGzip: 8000,
  /**
   * Templates whose content the issues set, with their own median: the charts page holds every chart
   * and the map (issue 20: under 60 kB); the home page the official milestones and a headline chart
   * (issues 17 and 20); a document page the document's whole text, its citation downloads and metadata.
   */
  templateHtmlGzip: { charts: 60_000, home: 10_000, document: 12_000 } as Record<string, number>,
  /** JavaScript on pages other than search, gzipped ("a small enhancement"). */
  smallJsGzip: 2000,
  /** CSS any page loads, gzipped. */
  cssGzip: 15000,
  /** The search index (scripts/search-index.ts) at 10,000 pledges: seconds and peak memory. */
  searchIndexSeconds: 30,
  searchIndexBytes: 2_000_000_000,
  /** The search page's own JavaScript, gzipped, besides Pagefind's files. */
  searchJsGzip: 25000,
};

export interface RunMeasures {
  pledges: number;
  heapMb: number;
  /** os.loadavg() when the run started. */
  loadAtStart: number[];
  generated: GeneratedContent;
  build: SiteBuild;
  pages: PagesMeasure | undefined;
  search: SearchIndexMeasure | undefined;
  /** First queries in Chromium (measureSearch.ts). */
  searchQueries: SearchQueryMeasure | undefined;
  output: OutputMeasure | undefined;
  bare: (BareBuild & { builtPages: number; medianBytes: number }) | undefined;
}

/** ", CPU 40.1 s, peak memory 1.2 GB" for a step, where GNU time measured them. */
const usage = (step: { cpuSeconds: number | undefined; systemSeconds: number | undefined; maxRssBytes: number | undefined }) =>
  (step.cpuSeconds === undefined ? '' : `, CPU ${formatSeconds(step.cpuSeconds)}`) +
  (step.systemSeconds === undefined ? '' : ` (${formatSeconds(step.systemSeconds)} in the kernel)`) + (step.maxRssBytes === undefined ? '' : `, peak memory ${formatBytes(step.maxRssBytes)}`);

export function machineRows(pledges: number, heapMb: number, loadAtStart: number[]): BenchRow[] {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  return [
    { section: 'machine', metric: 'cores', value: `${os.availableParallelism()} (${cpu})` },
    { section: 'machine', metric: 'memory', value: `${formatBytes(os.totalmem())}, Node heap limit ${formatCount(heapMb)} MB for the builds` },
    { section: 'machine', metric: 'node', value: `${process.version} (${process.platform}-${process.arch})` },
    { section: 'machine', metric: 'load average (1/5/15 min)', value: `${load(loadAtStart)} at start, ${load(os.loadavg())} at end (other work on the machine slows the build)` },
    { section: 'machine', metric: 'N (synthetic pledges)', value: formatCount(pledges) },
  ];
}

export function contentRows(generated: GeneratedContent): BenchRow[] {
  return [
    { section: 'content', metric: 'pledges / pledgers', value: `${formatCount(generated.pledges)} / ${formatCount(generated.organisations)}` },
    { section: 'content', metric: 'generation', value: `${formatSeconds(generated.seconds)} (${formatCount(generated.files)} files, ${formatBytes(generated.bytes)} of YAML)` },
  ];
}

export function buildRows(m: RunMeasures): BenchRow[] {
  const { build } = m;
  const rows: BenchRow[] = [];
  const status = (exitCode: number) => (exitCode === 0 ? '' : ` — FAILED (exit ${exitCode})`);
  rows.push({ section: 'build', metric: 'astro build', value: `${formatSeconds(build.astro.seconds)}${usage(build.astro)}${status(build.astro.exitCode)}` });
  const { syncSeconds, bundleSeconds, renderSeconds } = build.phases;
  if (renderSeconds !== undefined) {
    const known = (syncSeconds ?? 0) + (bundleSeconds ?? 0) + renderSeconds;
    rows.push({ section: 'build', metric: '  content sync (Astro)', value: `${formatSeconds(syncSeconds)} (the content loader reads and validates every file)` });
    rows.push({ section: 'build', metric: '  bundling (Vite)', value: formatSeconds(bundleSeconds) });
    rows.push({ section: 'build', metric: '  page rendering', value: `${formatSeconds(renderSeconds)} (Astro's "generating static routes")` });
    if (build.phases.exportSeconds !== undefined) {
      rows.push({
        section: 'build',
        metric: '  open data and feeds',
        value: `${formatSeconds(build.phases.exportSeconds)} in a worker thread alongside the rendering (${formatCount(build.phases.exportFiles ?? 0)} files); the build waited ${formatSeconds(build.phases.exportWaitSeconds ?? 0)} for it`,
      });
    }
    rows.push({ section: 'build', metric: '  rest', value: `${formatSeconds(build.astro.seconds - known - (build.phases.exportWaitSeconds ?? 0))} (start-up, sitemap, clean-up)` });
  }
  rows.push({
    section: 'build',
    metric: 'search index',
    value: build.searchIndex ? `${formatSeconds(build.searchIndex.seconds)}${usage(build.searchIndex)}${status(build.searchIndex.exitCode)} (scripts/search-index.ts)` : 'not run',
  });
  const total = build.astro.seconds + (build.searchIndex?.seconds ?? 0);
  rows.push({
    section: 'build',
    metric: 'build + index total',
    value: formatSeconds(total),
    target: `< ${targets.buildSeconds} s at 10,000 pledges`,
    ok: build.ok && total < targets.buildSeconds,
    ...(build.ok ? {} : { note: 'build failed' }),
  });
  if (m.pages) {
    const routes = renderTimes(build.astro.output).reduce((n, t) => n + t.routes, 0);
    const otherFiles = routes - m.pages.pages.length;
    rows.push({
      section: 'build',
      metric: 'pages built (index.html)',
      value: `${formatCount(m.pages.indexPages)}${otherFiles > 0 ? ` (+ ${formatCount(otherFiles)} other routes; Astro reports ${formatCount(build.astroPages ?? 0)} pages)` : ''}`,
    });
    rows.push({ section: 'build', metric: 'pages/s (ours)', value: `${(m.pages.indexPages / build.astro.seconds).toFixed(1)} (index.html pages / astro build seconds)` });
    if (routes > 0) rows.push({ section: 'build', metric: 'routes/s (ours, all routes)', value: (routes / build.astro.seconds).toFixed(1) });
  }
  return rows;
}

/** Where Astro's page rendering time goes, per template (from the per-route times in its log). */
export function renderRows(m: RunMeasures, count = 12): BenchRow[] {
  const times = renderTimes(m.build.astro.output);
  if (times.length === 0) return [];
  const total = times.reduce((sum, t) => sum + t.seconds, 0);
  const rows: BenchRow[] = [{ section: 'render (astro log)', metric: 'sum of per-route times', value: `${formatSeconds(total)} over ${formatCount(times.reduce((n, t) => n + t.routes, 0))} routes (routes overlap when build.concurrency > 1: read the shares, not the sums)` }];
  for (const t of times.slice(0, count)) {
    rows.push({
      section: 'render (astro log)',
      metric: t.template,
      value: `${formatSeconds(t.seconds).padStart(7)} ${((t.seconds / total) * 100).toFixed(0).padStart(3)} %, ${formatCount(t.routes).padStart(6)} routes, ${t.msPerRoute.toFixed(1)} ms each`,
    });
  }
  const rest = times.slice(count);
  if (rest.length) rows.push({ section: 'render (astro log)', metric: `${rest.length} more`, value: formatSeconds(rest.reduce((sum, t) => sum + t.seconds, 0)) });
  return rows;
}

export function bareRows(m: RunMeasures): BenchRow[] {
  const { bare, pages, build } = m;
  if (!bare) return [{ section: 'bare astro', metric: 'baseline', value: 'skipped (--skip-bare or our build failed)' }];
  const ok = bare.step.exitCode === 0;
  const rows: BenchRow[] = [
    { section: 'bare astro', metric: 'pages', value: `${formatCount(bare.builtPages)} (asked for ${formatCount(bare.pages)}), median ${formatBytes(bare.medianBytes)} raw vs ours ${formatBytes(pages?.medianBytes ?? 0)}` },
    { section: 'bare astro', metric: 'astro build', value: `${formatSeconds(bare.step.seconds)}${usage(bare.step)}${ok ? '' : ` — FAILED (exit ${bare.step.exitCode})`}` },
  ];
  if (bare.renderSeconds !== undefined) rows.push({ section: 'bare astro', metric: '  page rendering', value: formatSeconds(bare.renderSeconds) });
  const bareTimes = renderTimes(bare.step.output);
  const bareRoutes = bareTimes.reduce((n, t) => n + t.routes, 0);
  if (bareRoutes > 0) {
    const ours = renderTimes(build.astro.output);
    const oursMs = ours.reduce((sum, t) => sum + t.seconds, 0) * 1000;
    const oursRoutes = ours.reduce((n, t) => n + t.routes, 0);
    // Astro logs each route's time from its start to its end; with build.concurrency > 1
    // routes overlap, so those times add up to several times the phase. The wall time per route is
    // the rendering phase divided by the routes.
    const oursWall = build.phases.renderSeconds !== undefined ? `${((build.phases.renderSeconds * 1000) / Math.max(1, oursRoutes)).toFixed(2)} wall` : 'n/a';
    const bareWall = bare.renderSeconds !== undefined ? `${((bare.renderSeconds * 1000) / bareRoutes).toFixed(2)} wall` : 'n/a';
    rows.push({
      section: 'bare astro',
      metric: 'ms per route',
      value: `bare ${bareWall}, ours ${oursWall} (rendering phase / routes; Astro's per-route log times, which overlap: bare ${(bareTimes.reduce((sum, t) => sum + t.seconds, 0) * 1000 / bareRoutes).toFixed(2)}, ours ${(oursMs / Math.max(1, oursRoutes)).toFixed(2)})`,
    });
  }
  const barePerSecond = bare.builtPages / bare.step.seconds;
  rows.push({ section: 'bare astro', metric: 'pages/s (bare)', value: barePerSecond.toFixed(1) });
  if (pages && ok) {
    const ours = pages.indexPages / build.astro.seconds;
    const ratio = ours / barePerSecond;
    // A figure, not a target (the old "70 % of a bare Astro build" target was retired by issue 19).
    rows.push({ section: 'bare astro', metric: 'ratio ours/bare', value: `${(ratio * 100).toFixed(0)} % (${ours.toFixed(1)} vs ${barePerSecond.toFixed(1)} pages/s)` });
    if (build.phases.renderSeconds !== undefined && bare.renderSeconds !== undefined) {
      rows.push({
        section: 'bare astro',
        metric: 'rendering ratio ours/bare',
        value: `${(((pages.indexPages / build.phases.renderSeconds) / (bare.builtPages / bare.renderSeconds)) * 100).toFixed(0)} % (page rendering phase only)`,
      });
    }
  }
  return rows;
}

/** Figures the index script prints on its last line (records, and the peak memory of Node and of Pagefind's binary). */
export function parseSearchIndexLog(output: string): { records?: number; nodeBytes?: number; pagefindBytes?: number; nodeCpu?: number; pagefindCpu?: number } {
  const line = /\[search-index\] ([\d,]+) records in [\d.]+ s; peak memory: this process ([\d,]+) MB(?:, Pagefind ([\d,]+) MB)?; CPU: this process ([\d.]+) s(?:, Pagefind ([\d.]+) s)?/.exec(output);
  if (!line) return {};
  const num = (text: string | undefined) => (text === undefined ? undefined : Number(text.replace(/,/g, '')));
  return {
    records: num(line[1]),
    nodeBytes: (num(line[2]) ?? 0) * 1e6,
    pagefindBytes: line[3] ? (num(line[3]) ?? 0) * 1e6 : undefined,
    nodeCpu: num(line[4]),
    pagefindCpu: num(line[5]),
  };
}

export function searchRows(m: RunMeasures): BenchRow[] {
  const { search, build } = m;
  const step = build.searchIndex;
  if (!search || !step) return [{ section: 'search', metric: 'index', value: 'not built' }];
  const facts = parseSearchIndexLog(step.output);
  const peak = Math.max(step.maxRssBytes ?? 0, (facts.nodeBytes ?? 0) + (facts.pagefindBytes ?? 0));
  const atTen = m.pledges === 10_000;
  const rows: BenchRow[] = [
    {
      section: 'search',
      metric: 'index time (from the site model)',
      value: `${formatSeconds(step.seconds)} for ${facts.records === undefined ? '?' : formatCount(facts.records)} records, one language at a time (CPU: Node ${formatSeconds(facts.nodeCpu)}, Pagefind ${formatSeconds(facts.pagefindCpu)})`,
      ...(atTen ? { target: `< ${targets.searchIndexSeconds} s at 10,000 pledges`, ok: step.exitCode === 0 && step.seconds < targets.searchIndexSeconds } : {}),
    },
    {
      section: 'search',
      metric: 'index peak memory',
      value: `${formatBytes(peak)} (Node ${facts.nodeBytes === undefined ? 'n/a' : formatBytes(facts.nodeBytes)} + Pagefind ${facts.pagefindBytes === undefined ? 'n/a' : formatBytes(facts.pagefindBytes)}; GNU time's largest process ${step.maxRssBytes === undefined ? 'n/a' : formatBytes(step.maxRssBytes)})`,
      ...(atTen ? { target: `< ${formatBytes(targets.searchIndexBytes)} at 10,000 pledges`, ok: step.exitCode === 0 && peak < targets.searchIndexBytes } : {}),
    },
  ];
  if (build.htmlIndex) {
    rows.push({ section: 'search', metric: 'former way: pagefind --site (HTML)', value: `${formatSeconds(build.htmlIndex.seconds)}${usage(build.htmlIndex)}${build.htmlIndex.exitCode === 0 ? '' : ` — FAILED (exit ${build.htmlIndex.exitCode})`}` });
  }
  rows.push(
    { section: 'search', metric: 'index size (pagefind/)', value: `${formatBytes(search.bytes)} in ${formatCount(search.files)} files` },
    { section: 'search', metric: 'index files (pagefind/index/)', value: `${formatCount(search.indexFiles)} files, ${formatBytes(search.indexBytes)}` },
    { section: 'search', metric: 'fragments / languages', value: `${formatCount(search.fragmentFiles)} pages indexed, languages ${search.languages.join(', ') || 'n/a'}` },
  );
  if (m.searchQueries) rows.push(...searchQueryRows(m.searchQueries));
  return rows;
}

export function pageRows(pages: PagesMeasure): BenchRow[] {
  const rows: BenchRow[] = [];
  rows.push({
    section: 'html (gzip -9)',
    metric: 'all pages: median',
    value: `${formatBytes(pages.medianGzip)} (raw ${formatBytes(pages.medianBytes)}, ${formatCount(pages.pages.length)} .html files)`,
    target: `< ${formatBytes(targets.medianHtmlGzip)}`,
    ok: pages.medianGzip < targets.medianHtmlGzip,
  });
  rows.push({ section: 'html (gzip -9)', metric: 'all pages: largest', value: `${formatBytes(pages.maxGzip)} ${pages.maxGzipPath}` });
  rows.push({ section: 'html (gzip -9)', metric: 'per template:', value: 'pages, HTML median and max, JS and CSS the page loads (max over the template)' });
  for (const t of pages.templates) {
    rows.push({
      section: 'html (gzip -9)',
      metric: t.template,
      value:
        `${formatCount(t.pages).padStart(6)} pages, median ${formatBytes(t.medianGzip).padStart(7)}, max ${formatBytes(t.maxGzip).padStart(7)}, ` +
        `JS ${formatBytes(t.maxJsGzip).padStart(7)}, CSS ${formatBytes(t.maxCssGzip).padStart(6)}  (largest: ${t.maxGzipPath})`,
      target: `median < ${formatBytes(targets.templateHtmlGzip[t.template] ?? targets.medianHtmlGzip)}`,
      ok: t.medianGzip < (targets.templateHtmlGzip[t.template] ?? targets.medianHtmlGzip),
    });
  }

  const withJs = pages.templates.filter((t) => t.maxJsGzip > 0);
  rows.push({
    section: 'javascript (gzip)',
    metric: 'templates loading JS',
    value: withJs.length ? `${withJs.length} of ${pages.templates.length}: ${withJs.map((t) => t.template).join(', ')}` : 'none',
  });
  for (const t of withJs) {
    const free = mayUseJavaScript(t.template);
    rows.push({
      section: 'javascript (gzip)',
      metric: t.template,
      value: `${formatBytes(t.maxJsGzip)} (${t.scripts.join(' + ')})`,
      target: free ? `<= ${formatBytes(targets.searchJsGzip)} (besides Pagefind's own files)` : `<= ${formatBytes(targets.smallJsGzip)}, none unless needed`,
      ok: t.maxJsGzip <= (free ? targets.searchJsGzip : targets.smallJsGzip),
    });
  }
  const withoutJs = pages.templates.filter((t) => t.maxJsGzip === 0 && !mayUseJavaScript(t.template));
  rows.push({
    section: 'javascript (gzip)',
    metric: 'templates without JS',
    value: `${withoutJs.length} of ${pages.templates.length}`,
  });

  const css = [...pages.pages].sort((a, b) => b.cssGzip - a.cssGzip)[0];
  const cssSets = new Map<string, number>();
  for (const p of pages.pages) cssSets.set(p.stylesheets.join(' + '), p.cssGzip);
  rows.push({
    section: 'css (gzip)',
    metric: 'largest any page loads',
    value: css ? `${formatBytes(css.cssGzip)} ${css.path}` : 'n/a',
    target: `< ${formatBytes(targets.cssGzip)}`,
    ok: (css?.cssGzip ?? 0) < targets.cssGzip,
  });
  for (const [set, size] of [...cssSets.entries()].sort((a, b) => b[1] - a[1])) {
    rows.push({ section: 'css (gzip)', metric: 'stylesheet set', value: `${formatBytes(size)}: ${set || '(none)'}` });
  }
  if (pages.missingAssets.length > 0) {
    rows.push({ section: 'css (gzip)', metric: 'missing assets', value: pages.missingAssets.slice(0, 5).join(', '), target: 'none', ok: false });
  }
  return rows;
}

export function outputRows(output: OutputMeasure): BenchRow[] {
  const rows: BenchRow[] = [{ section: 'output', metric: 'total', value: `${formatBytes(output.bytes)} in ${formatCount(output.files)} files` }];
  for (const [kind, { files, bytes }] of [...output.kinds.entries()].sort((a, b) => b[1].bytes - a[1].bytes)) {
    rows.push({ section: 'output', metric: kind, value: `${formatBytes(bytes)} in ${formatCount(files)} files` });
  }
  return rows;
}

/** All rows of a run, in table order. */
export function benchRows(m: RunMeasures): BenchRow[] {
  return [
    ...machineRows(m.pledges, m.heapMb, m.loadAtStart),
    ...contentRows(m.generated),
    ...buildRows(m),
    ...renderRows(m),
    ...bareRows(m),
    ...searchRows(m),
    ...chartRows(m),
    ...(m.pages ? pageRows(m.pages) : [{ section: 'html (gzip -9)', metric: 'pages', value: 'not measured (build failed)' }]),
    ...(m.output ? outputRows(m.output) : []),
  ];
}
