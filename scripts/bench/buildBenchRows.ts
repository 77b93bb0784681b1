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
import type { PagesMeasure } from './measurePages.ts';
import { mayUseJavaScript } from './pageTemplates.ts';

/** The targets the site is held to. */
export const targets = {
  /** Content check + astro build + pagefind, at 10,000 pledges. */
  buildSeconds: 180,
  /** Our pages per second over the bare baseline's. */
  speedRatio: 0.7,
  /** Median page, gzipped. */
  medianHtmlGzip: 8000,
  /** JavaScript on pages other than search, gzipped ("a small enhancement"). */
  smallJsGzip: 2000,
  /** CSS any page loads, gzipped. */
  cssGzip: 15000,
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
  output: OutputMeasure | undefined;
  bare: (BareBuild & { builtPages: number; medianBytes: number }) | undefined;
}

/** ", CPU 40.1 s, peak memory 1.2 GB" for a step, where GNU time measured them. */
const usage = (step: { cpuSeconds: number | undefined; maxRssBytes: number | undefined }) =>
  (step.cpuSeconds === undefined ? '' : `, CPU ${formatSeconds(step.cpuSeconds)}`) + (step.maxRssBytes === undefined ? '' : `, peak memory ${formatBytes(step.maxRssBytes)}`);

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
  rows.push({ section: 'build', metric: 'content check', value: `${formatSeconds(build.check.seconds)}${usage(build.check)}${status(build.check.exitCode)}` });
  rows.push({ section: 'build', metric: 'astro build', value: `${formatSeconds(build.astro.seconds)}${usage(build.astro)}${status(build.astro.exitCode)}` });
  if (build.renderSeconds !== undefined) {
    rows.push({ section: 'build', metric: '  of which page rendering', value: `${formatSeconds(build.renderSeconds)} (Astro's "generating static routes")` });
    rows.push({ section: 'build', metric: '  of which setup, content, bundling', value: formatSeconds(build.astro.seconds - build.renderSeconds) });
  }
  rows.push({
    section: 'build',
    metric: 'pagefind',
    value: build.pagefind ? `${formatSeconds(build.pagefind.seconds)}${usage(build.pagefind)}${status(build.pagefind.exitCode)}` : 'not run',
  });
  const total = build.check.seconds + build.astro.seconds + (build.pagefind?.seconds ?? 0);
  rows.push({
    section: 'build',
    metric: 'build + index total',
    value: formatSeconds(total),
    target: `< ${targets.buildSeconds} s at 10,000 pledges`,
    ok: build.ok && total < targets.buildSeconds,
    ...(build.ok ? {} : { note: 'build failed' }),
  });
  if (m.pages) {
    rows.push({ section: 'build', metric: 'pages built (index.html)', value: `${formatCount(m.pages.indexPages)}${build.astroPages !== undefined ? ` (Astro counts ${formatCount(build.astroPages)} routes with feeds and exports)` : ''}` });
    rows.push({ section: 'build', metric: 'pages/s (ours)', value: `${(m.pages.indexPages / build.astro.seconds).toFixed(1)} (index.html pages / astro build seconds)` });
  }
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
  if (bare.renderSeconds !== undefined) rows.push({ section: 'bare astro', metric: '  of which page rendering', value: formatSeconds(bare.renderSeconds) });
  const barePerSecond = bare.builtPages / bare.step.seconds;
  rows.push({ section: 'bare astro', metric: 'pages/s (bare)', value: barePerSecond.toFixed(1) });
  if (pages && ok) {
    const ours = pages.indexPages / build.astro.seconds;
    const ratio = ours / barePerSecond;
    rows.push({ section: 'bare astro', metric: 'ratio ours/bare', value: `${(ratio * 100).toFixed(0)} % (${ours.toFixed(1)} vs ${barePerSecond.toFixed(1)} pages/s)`, target: `>= ${targets.speedRatio * 100} %`, ok: ratio >= targets.speedRatio });
    if (build.renderSeconds !== undefined && bare.renderSeconds !== undefined) {
      rows.push({
        section: 'bare astro',
        metric: 'rendering ratio ours/bare',
        value: `${(((pages.indexPages / build.renderSeconds) / (bare.builtPages / bare.renderSeconds)) * 100).toFixed(0)} % (page rendering phase only)`,
      });
    }
  }
  return rows;
}

export function searchRows(m: RunMeasures): BenchRow[] {
  const { search, build } = m;
  if (!search || !build.pagefind) return [{ section: 'search', metric: 'index', value: 'not built' }];
  return [
    { section: 'search', metric: 'index time (pagefind)', value: formatSeconds(build.pagefind.seconds) },
    { section: 'search', metric: 'index size (pagefind/)', value: `${formatBytes(search.bytes)} in ${formatCount(search.files)} files` },
    { section: 'search', metric: 'index files (pagefind/index/)', value: `${formatCount(search.indexFiles)} files, ${formatBytes(search.indexBytes)}` },
    { section: 'search', metric: 'fragments / languages', value: `${formatCount(search.fragmentFiles)} pages indexed, languages ${search.languages.join(', ') || 'n/a'}` },
  ];
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
  for (const t of pages.templates) {
    rows.push({
      section: 'html (gzip -9)',
      metric: t.template,
      value: `${formatCount(t.pages).padStart(6)} pages, median ${formatBytes(t.medianGzip).padStart(8)}, max ${formatBytes(t.maxGzip).padStart(8)} ${t.maxGzipPath}`,
      target: `median < ${formatBytes(targets.medianHtmlGzip)}`,
      ok: t.medianGzip < targets.medianHtmlGzip,
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
      target: free ? 'any (Pagefind UI)' : `<= ${formatBytes(targets.smallJsGzip)}, none unless needed`,
      ...(free ? {} : { ok: t.maxJsGzip <= targets.smallJsGzip }),
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
    ...bareRows(m),
    ...searchRows(m),
    ...(m.pages ? pageRows(m.pages) : [{ section: 'html (gzip -9)', metric: 'pages', value: 'not measured (build failed)' }]),
    ...(m.output ? outputRows(m.output) : []),
  ];
}
