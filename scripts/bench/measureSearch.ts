/**
 * The first query on a cold page, measured in Chromium through Pagefind's JS API the way the
 * search page runs it (src/search/page/): for each language and query, a fresh browser context
 * (empty cache) opens a page of that language, loads /pagefind/pagefind.js, runs the query's
 * planned searches (queryVariants.ts), merges them and loads the first result's data, then the
 * data of the first ten. Bytes are what the network carried (gzipped, headers included), by kind;
 * times are in the page (performance.now()).
 *
 *   node scripts/bench/measureSearch.ts [DIST]     prints the rows for a built site (default dist/)
 */
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';
import { metaWeights } from '../../src/search/filterFields.ts';
import { planQuery } from '../../src/search/queryVariants.ts';
import { chromiumArgs, findChromium } from '../../tests/support/findChromium.ts';
import { serveStatic } from '../../tests/support/staticServer.ts';
import { formatBytes, type BenchRow } from './benchTable.ts';
import { median } from './measurePages.ts';

/** Queries that find pages both in the shipped content and in the synthetic pledges of the benchmark. */
export const benchQueries: Record<Locale, string[]> = {
  en: ['Senegal', 'digital skills', 'schools', 'community networks', 'Resolution 88'],
  fr: ['Sénégal', 'competences numeriques', 'ecoles', 'reseaux communautaires', 'Résolution 88'],
  ar: ['السنغال', 'المهارات الرقمية', 'المدارس', 'الشبكات المجتمعية', 'القرار 88'],
};

/** Kinds of file a query downloads. */
type Kind = 'js' | 'wasm' | 'meta' | 'index' | 'filter' | 'fragment' | 'other';

export interface QueryMeasure {
  lang: Locale;
  query: string;
  results: number;
  /** From the import of pagefind.js to the first result's data, on a cold page (start-up included). */
  coldMs: number;
  /** From the query to the first result's data, once Pagefind has started (what a reader waits for after typing). */
  queryMs: number;
  /** Bytes over the network by kind, start-up to the tenth result's data. */
  bytes: Record<Kind, number>;
  total: number;
}

export interface SearchQueryMeasure {
  queries: QueryMeasure[];
}

function kindOf(url: string): Kind {
  const file = new URL(url).pathname;
  if (!file.startsWith('/pagefind/')) return 'other';
  if (file.endsWith('.js')) return 'js';
  if (file.includes('/wasm.')) return 'wasm';
  if (file.endsWith('.pf_meta') || file.endsWith('pagefind-entry.json')) return 'meta';
  if (file.endsWith('.pf_index')) return 'index';
  if (file.endsWith('.pf_filter')) return 'filter';
  if (file.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

async function measureOne(browser: Browser, origin: string, lang: Locale, query: string): Promise<QueryMeasure> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A blank page of the language (Pagefind picks its index from <html lang>), served in place of an unknown address.
  const blank = `${origin}/__search-bench/${lang}/`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>` }));
  await page.goto(blank);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const bytes: Record<Kind, number> = { js: 0, wasm: 0, meta: 0, index: 0, filter: 0, fragment: 0, other: 0 };
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (url) bytes[kindOf(url)] += event.encodedDataLength;
  });
  const plan = planQuery(query);
  const timing = await page.evaluate(
    async ({ terms, weights, script }) => {
      type Result = { id: string; score: number; data: () => Promise<unknown> };
      const started = performance.now();
      const pagefind = (await import(/* @vite-ignore */ script)) as {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        search(term: string): Promise<{ results: Result[] }>;
      };
      await pagefind.options({ noWorker: true, ranking: { metaWeights: weights } });
      await pagefind.init();
      // init() only starts Pagefind; an empty search resolves once its WebAssembly and metadata are in.
      await pagefind.search('');
      const ready = performance.now();
      const responses = await Promise.all(terms.map((t) => pagefind.search(t.term)));
      const best = new Map<string, { result: Result; score: number }>();
      responses.forEach((response, i) => {
        for (const result of response.results) {
          const score = result.score * (terms[i]?.weight ?? 1);
          const known = best.get(result.id);
          if (!known || score > known.score) best.set(result.id, { result, score });
        }
      });
      const merged = [...best.values()].sort((a, b) => b.score - a.score).map((m) => m.result);
      if (merged[0]) await merged[0].data();
      const first = performance.now();
      await Promise.all(merged.slice(0, 10).map((r) => r.data()));
      return { cold: first - started, query: first - ready, results: merged.length };
    },
    { terms: plan.searches.map((s) => ({ term: s.term, weight: s.weight })), weights: metaWeights, script: '/pagefind/pagefind.js' },
  );
  // Let the last responses finish reporting their sizes.
  await page.waitForTimeout(100);
  await context.close();
  const total = bytes.js + bytes.wasm + bytes.meta + bytes.index + bytes.filter + bytes.fragment;
  return { lang, query, results: timing.results, coldMs: timing.cold, queryMs: timing.query, bytes, total };
}

/** Measures every bench query in every language against a built site. */
export async function measureSearchQueries(outDir: string, queries: Record<Locale, string[]> = benchQueries): Promise<SearchQueryMeasure> {
  const server = await serveStatic(path.resolve(outDir));
  const browser = await chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs });
  const measured: QueryMeasure[] = [];
  try {
    for (const lang of Object.keys(queries) as Locale[]) {
      for (const query of queries[lang]) measured.push(await measureOne(browser, server.origin, lang, query));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { queries: measured };
}

/** Targets of the first query (issue 19). */
export const searchTargets = {
  /** Bytes of a first query, gzipped: JS, WASM, index and the first ten results' data. */
  firstQueryBytes: 150_000,
  /** Milliseconds from the query to the first result's data (median). */
  firstResultMs: 100,
};

const ms = (value: number) => `${Math.round(value)} ms`;

/** Rows of the search section for the first-query measures. */
export function searchQueryRows(measure: SearchQueryMeasure): BenchRow[] {
  const rows: BenchRow[] = [];
  const all = measure.queries;
  for (const lang of [...new Set(all.map((q) => q.lang))]) {
    const list = all.filter((q) => q.lang === lang);
    const worst = [...list].sort((a, b) => b.total - a.total)[0];
    if (!worst) continue;
    const parts = (['js', 'wasm', 'meta', 'index', 'filter', 'fragment'] as const).filter((k) => worst.bytes[k] > 0).map((k) => `${k} ${formatBytes(worst.bytes[k])}`).join(', ');
    rows.push({
      section: 'search',
      metric: `first query bytes (${lang})`,
      value: `max ${formatBytes(worst.total)} ("${worst.query}": ${parts}); median ${formatBytes(median(list.map((q) => q.total)))}`,
      target: `< ${formatBytes(searchTargets.firstQueryBytes)}`,
      ok: worst.total < searchTargets.firstQueryBytes,
    });
    const queryMs = median(list.map((q) => q.queryMs));
    rows.push({
      section: 'search',
      metric: `first result's data (${lang})`,
      value: `median ${ms(queryMs)} after start-up, ${ms(median(list.map((q) => q.coldMs)))} from a cold page (start-up included); ${list.map((q) => `"${q.query}" ${q.results}`).join(', ')} results`,
      target: `< ${searchTargets.firstResultMs} ms`,
      ok: queryMs < searchTargets.firstResultMs,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatTable } = await import('./benchTable.ts');
  const measure = await measureSearchQueries(process.argv[2] ?? 'dist');
  console.log(formatTable(searchQueryRows(measure)));
  for (const q of measure.queries) console.log(`${q.lang} "${q.query}": ${q.results} results, cold ${ms(q.coldMs)}, query ${ms(q.queryMs)}, ${formatBytes(q.total)} (${Object.entries(q.bytes).filter(([, b]) => b).map(([k, b]) => `${k} ${formatBytes(b)}`).join(', ')})`);
}
