/**
 * Build benchmark: generates N synthetic pledges (about N/8 pledgers),
 * builds the site from them as `npm run build` does, builds a bare Astro
 * site with as many pages for comparison, measures pages, scripts, styles
 * and the search index, and prints one table with the targets.
 *
 *   npm run bench [-- --pledges 10000] [--keep] [--skip-bare] [--heap 8192] [--cpu-prof] [--skip-search-queries] [--compare-html-index]
 *
 * Everything is written under tmp/bench/; the large folders are removed at
 * the end unless --keep. Exit code 0 even when a target is missed (a missed
 * target is printed MISSED); 1 only when the build itself fails.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBareBaseline } from './bench/bareBaselineSite.ts';
import { benchPaths } from './bench/benchPaths.ts';
import { formatTable, formatVerdict } from './bench/benchTable.ts';
import { benchRows, type RunMeasures } from './bench/buildBenchRows.ts';
import { editorsRows, measureEditorsCommands } from './bench/editorsBenchRows.ts';
import { buildSite } from './bench/buildSite.ts';
import { formatProfile, summarizeProfiles } from './bench/cpuProfileSummary.ts';
import { generateSyntheticContent } from './bench/generateSyntheticContent.ts';
import { measureOutput, measureSearchIndex } from './bench/measureOutput.ts';
import { measureSearchQueries } from './bench/measureSearch.ts';
import { countIndexPages, measurePages, sampleMedianBytes } from './bench/measurePages.ts';
import { tail } from './bench/runTimed.ts';

const { values } = parseArgs({
  options: {
    pledges: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    'skip-bare': { type: 'boolean', default: false },
    heap: { type: 'string', default: '8192' },
    'cpu-prof': { type: 'boolean', default: false },
    'skip-search-queries': { type: 'boolean', default: false },
    'compare-html-index': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run bench [-- --pledges N] [--keep] [--skip-bare] [--heap MB]');
  console.log('  --pledges N   synthetic pledges to generate (default 10000; about N/8 pledgers)');
  console.log('  --keep        keep tmp/bench/ (content, dist, bare) after measuring');
  console.log('  --skip-bare   do not build the bare Astro baseline (quicker)');
  console.log('  --heap MB     --max-old-space-size of the build processes (default 8192)');
  console.log('  --cpu-prof    profile the astro build (node --cpu-prof) and print where its time goes');
  console.log('  --skip-search-queries   do not measure first search queries in Chromium');
  console.log('  --compare-html-index    also index the built HTML with `pagefind --site` (the former way), to compare');
  process.exit(0);
}

const pledges = Number(values.pledges);
const heapMb = Number(values.heap);
if (!Number.isInteger(pledges) || pledges < 1 || !Number.isInteger(heapMb) || heapMb < 256) {
  console.error('--pledges must be a whole number of at least 1 and --heap a number of MB (at least 256).');
  process.exit(2);
}

const log = (message: string) => console.error(`[bench] ${message}`);
const loadAtStart = os.loadavg();

log(`generating ${pledges} synthetic pledges into ${benchPaths.content}`);
const generated = generateSyntheticContent(benchPaths.sourceContent, benchPaths.content, pledges);
log(`generated ${generated.organisations} pledgers and ${generated.pledges} pledges in ${generated.seconds.toFixed(1)} s`);

log('timing the editors\' commands: content check, translation report');
const editors = await measureEditorsCommands();
log(`content check: ${editors.check.seconds.toFixed(1)} s, translation report: ${editors.translations.seconds.toFixed(1)} s`);

log('building the site: astro build, search index (dots every 10 s)');
const build = await buildSite({ heapMb, cpuProf: values['cpu-prof'], compareHtmlIndex: values['compare-html-index'] });
for (const step of [build.astro, build.searchIndex, build.htmlIndex]) {
  if (!step) continue;
  log(`${step.name}: ${step.seconds.toFixed(1)} s, exit ${step.exitCode} (log: ${step.logFile})`);
  if (step.exitCode !== 0) console.error(tail(step.output));
}

const measures: RunMeasures = { pledges, heapMb, loadAtStart, generated, build, pages: undefined, search: undefined, searchQueries: undefined, output: undefined, bare: undefined };
if (build.astro.exitCode === 0) {
  log('measuring pages');
  measures.pages = await measurePages(benchPaths.out);
  log(`measured ${measures.pages.pages.length} pages in ${measures.pages.seconds.toFixed(1)} s`);
  measures.search = measureSearchIndex(benchPaths.out);
  measures.output = measureOutput(benchPaths.out);
  if (build.searchIndex?.exitCode === 0 && !values['skip-search-queries']) {
    log('measuring first search queries in Chromium');
    measures.searchQueries = await measureSearchQueries(benchPaths.out);
  }

  if (!values['skip-bare']) {
    log(`building the bare Astro baseline with ${measures.pages.indexPages} pages`);
    const bare = await buildBareBaseline(measures.pages.indexPages, Math.round(measures.pages.medianBytes), heapMb);
    log(`bare astro build: ${bare.step.seconds.toFixed(1)} s, exit ${bare.step.exitCode} (log: ${bare.step.logFile})`);
    if (bare.step.exitCode !== 0) console.error(tail(bare.step.output));
    const built = bare.step.exitCode === 0;
    measures.bare = { ...bare, builtPages: built ? countIndexPages(bare.outDir) : 0, medianBytes: built ? sampleMedianBytes(bare.outDir) : 0 };
  }
}

const rows = [...benchRows(measures), ...editorsRows(editors)];
const report = [
  `Partner2Connect build benchmark: N = ${pledges.toLocaleString('en-US')} pledges, ${new Date().toISOString()}`,
  '',
  formatTable(rows),
  '',
  formatVerdict(rows),
  `Sizes: 1 kB = 1000 bytes; HTML, JS and CSS gzipped at level 9. Logs: ${benchPaths.logs}`,
].join('\n');
console.log(`\n${report}`);
// Keep each run's table (text and rows) so runs can be compared later.
mkdirSync(benchPaths.results, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultFile = path.join(benchPaths.results, `bench-${pledges}-${stamp}`);
writeFileSync(`${resultFile}.txt`, `${report}\n`);
writeFileSync(`${resultFile}.json`, `${JSON.stringify({ pledges, date: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`Saved: ${resultFile}.txt and .json`);

if (values['cpu-prof'] && existsSync(benchPaths.profiles)) {
  for (const summary of summarizeProfiles(benchPaths.profiles)) {
    console.log('');
    console.log(formatProfile(summary));
  }
}

if (!values.keep) {
  for (const dir of [benchPaths.content, benchPaths.out, benchPaths.bare, benchPaths.astroCache, path.join(benchPaths.content, '..', 'pagefind-html')]) rmSync(dir, { recursive: true, force: true });
  log('removed tmp/bench/{content,dist,bare,astro-cache} (use --keep to keep them)');
}
process.exitCode = build.ok ? 0 : 1;
