/**
 * Builds the site's search index (dist/pagefind/) from the site model: one record per entity
 * page and language (src/search/records/), never by re-reading the built HTML. `npm run build`
 * runs it after `astro build`.
 *
 *   node scripts/search-index.ts [--out DIR] [--lang en,fr,ar] [--max-fragments N]
 *
 * Content comes from P2C_CONTENT_DIR (default content/), the output folder from --out, else
 * P2C_OUT_DIR, else dist/. Prints one line per language and the peak memory of this process and
 * of Pagefind's binary.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/content/contentIssue.ts';
import { loadValidatedContent } from '../src/content/loadValidatedContent.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { asOfDate } from '../src/model/asOfDate.ts';
import { buildSiteModel } from '../src/model/siteModel.ts';
import { ownCpuSeconds, ownPeakBytes } from './search/processMemory.ts';
import { writeSearchIndex } from './search/writeSearchIndex.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    lang: { type: 'string' },
    'max-fragments': { type: 'string' },
  },
});

const log = (line: string) => console.log(`[search-index] ${line}`);
const started = performance.now();
const outDir = path.resolve(values.out ?? process.env.P2C_OUT_DIR ?? 'dist');
const chosen = values.lang ? values.lang.split(',').map((l) => l.trim()) : [...locales];
const unknown = chosen.filter((l) => !isLocale(l));
if (unknown.length) {
  console.error(`--lang: unknown language ${unknown.join(', ')} (the site's languages are ${locales.join(', ')})`);
  process.exit(2);
}
const maxFragments = values['max-fragments'] ? Number(values['max-fragments']) : undefined;
if (maxFragments !== undefined && (!Number.isInteger(maxFragments) || maxFragments < 1)) {
  console.error('--max-fragments must be a whole number of at least 1');
  process.exit(2);
}

let content;
try {
  content = loadValidatedContent();
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const model = buildSiteModel(content, asOfDate());
const loaded = performance.now();
log(`content loaded and model built in ${((loaded - started) / 1000).toFixed(1)} s (${model.pledges.length.toLocaleString('en-US')} pledges)`);

const reports = await writeSearchIndex(model, { outDir, locales: chosen as Locale[], maxFragments }, log);
const seconds = (performance.now() - started) / 1000;
const pagefindPeak = Math.max(0, ...reports.map((r) => r.pagefindPeakBytes ?? 0));
const pagefindCpu = reports.reduce((sum, r) => sum + (r.pagefindCpuSeconds ?? 0), 0);
const mb = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`;
log(
  `${reports.reduce((n, r) => n + r.records, 0).toLocaleString('en-US')} records in ${seconds.toFixed(1)} s; ` +
    `peak memory: this process ${mb(ownPeakBytes())}${pagefindPeak ? `, Pagefind ${mb(pagefindPeak)}` : ''}; ` +
    `CPU: this process ${ownCpuSeconds().toFixed(1)} s${pagefindCpu ? `, Pagefind ${pagefindCpu.toFixed(1)} s` : ''}`,
);
