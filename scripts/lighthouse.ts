/**
 * Lighthouse scores of the built site: `npm run build && npm run lighthouse`.
 *
 * Serves dist/ on localhost, starts the same headless Chromium as the browser tests, and
 * runs Lighthouse on the home page, a document, the pledge directory, a pledge and a
 * country page in each language (15 runs), then prints one table of the performance,
 * accessibility, best-practices and SEO scores (0–100) with the ids of the audits that
 * keep a score under 100.
 *
 *   npm run lighthouse                  mobile (Lighthouse's default: Moto G Power, slow 4G, simulated)
 *   npm run lighthouse -- --desktop     desktop form factor and throttling
 *   npm run lighthouse -- --only=/en/   only the pages whose path starts with /en/
 *
 * Offline: this runs with no network but localhost. Lighthouse's audits read the page and
 * its own origin only (robots.txt, source maps and the like are fetched from localhost);
 * Chromium is started with background networking, component updates and sync off, so it
 * phones nowhere. Every run is checked: a request that leaves localhost is reported, and
 * an audit that would need the network (none in Lighthouse 12 with the categories used
 * here) would be listed in `skippedAudits` below with the reason.
 *
 * The full reports are written to tmp/lighthouse/*.json (git-ignored).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags } from 'lighthouse';
import { chromiumArgs, findChromium } from '../tests/support/findChromium.ts';
import { serveStatic } from '../tests/support/staticServer.ts';
import { templatePage, templates } from '../tests/support/templatePages.ts';
import { locales } from '../src/i18n/locales.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Audits left out, each with why: only an audit that needs the network (which this machine
 * does not have) or that cannot give a true answer on localhost belongs here. None does in
 * Lighthouse 12 with these categories: robots-txt and source-maps fetch from the page's
 * own origin (localhost), is-on-https and redirects-http relax their rules on localhost,
 * and canonical and hreflang only read the page. Each run below still checks that no
 * request left localhost, so an audit that starts needing the network shows up.
 */
const skippedAudits: Record<string, string> = {};

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const distDir = path.resolve('dist');
if (!existsSync(path.join(distDir, 'en', 'index.html'))) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(1);
}

const pages = locales.flatMap((lang) =>
  [
    ['home', templates.home],
    ['document', templates.document],
    ['pledge directory', templates.pledgeDirectory],
    ['pledge', templates.pledge],
    ['country', templates.country],
  ].map(([kind, template]) => ({ kind, path: templatePage(template as string, lang).path })),
).filter((p) => !only || p.path.startsWith(only));

const server = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: await findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
  logLevel: 'silent',
});

const config: Config = desktop
  ? { ...desktopConfig, settings: { ...desktopConfig.settings, skipAudits: Object.keys(skippedAudits) } }
  : { extends: 'lighthouse:default', settings: { skipAudits: Object.keys(skippedAudits) } };
const flags: Flags = {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...categories],
  // The machine has no network: never wait for anything but localhost.
  maxWaitForLoad: 45_000,
};

interface Row {
  page: string;
  scores: (number | null)[];
  failing: string[];
  external: string[];
  error?: string;
}

const reportDir = path.resolve('tmp', 'lighthouse');
mkdirSync(reportDir, { recursive: true });
const rows: Row[] = [];
const started = Date.now();

try {
  for (const { kind, path: sitePath } of pages) {
    const url = server.origin + sitePath;
    process.stderr.write(`Lighthouse (${desktop ? 'desktop' : 'mobile'}): ${sitePath} (${kind}) … `);
    const runStart = Date.now();
    try {
      const result = await lighthouse(url, flags, config);
      if (!result) throw new Error('no result');
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      writeFileSync(path.join(reportDir, `${sitePath.replace(/\//g, '_') || 'root'}${desktop ? '.desktop' : ''}.json`), JSON.stringify(lhr, null, 1));
      const scores = categories.map((c) => (lhr.categories[c]?.score == null ? null : Math.round((lhr.categories[c]?.score ?? 0) * 100)));
      const failing = categories.flatMap((c) => {
        const category = lhr.categories[c];
        if (!category || category.score === 1) return [];
        return category.auditRefs
          .filter((ref) => {
            const audit = lhr.audits[ref.id];
            return audit && ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable';
          })
          .map((ref) => `${c === 'best-practices' ? 'bp' : c === 'performance' ? 'perf' : c === 'accessibility' ? 'a11y' : 'seo'}:${ref.id}`);
      });
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
      const external = requests
        .map((item) => item.url)
        .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== server.origin);
      rows.push({ page: sitePath, scores, failing, external });
      process.stderr.write(`${((Date.now() - runStart) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      rows.push({ page: sitePath, scores: categories.map(() => null), failing: [], external: [], error: String(error) });
      process.stderr.write(`failed: ${String(error)}\n`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'audits keeping a score under 100'];
const table = rows.map((row) => [
  row.page,
  ...row.scores.map((s) => (s === null ? '–' : String(s))),
  row.error ? `ERROR ${row.error}` : row.failing.join(', ') || '–',
]);
const widths = header.slice(0, 5).map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
const format = (cells: string[]) => cells.map((cell, i) => (i < 5 ? (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)) : cell)).join(' | ');
console.log(`\nLighthouse ${desktop ? 'desktop' : 'mobile'} scores (${rows.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-') + '-|-' + '-'.repeat(32));
for (const row of table) console.log(format(row));
console.log(`\nSkipped audits: ${Object.entries(skippedAudits).map(([id, why]) => `${id} (${why})`).join('; ') || 'none (none needs the network; see scripts/lighthouse.ts)'}`);
const leaks = rows.flatMap((row) => row.external.map((u) => `${row.page}: ${u}`));
console.log(leaks.length ? `\nRequests that left localhost:\n${leaks.join('\n')}` : '\nNo request left localhost.');
if (rows.some((row) => row.error)) process.exitCode = 1;
