import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../../deploy/hostingPolicy.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { distDir } from '../../support/builtSite.ts';
import { nginxSkipReason, startNginx, type NginxServer } from '../../support/nginxServer.ts';
import { describePage } from '../../support/sitePage.ts';
import { templatePage, templatePages, templates, type TemplatePage } from '../../support/templatePages.ts';
import { knownCspBreakers } from './knownCspBreakers.ts';

const skip = nginxSkipReason();

/** What went wrong on a page: CSP violations, console errors, script errors, failed requests, missing headers. */
interface Visit {
  problems: string[];
  response: Response | null;
  page: Page;
}

/**
 * Opens a page through nginx and records everything that went wrong: every
 * `securitypolicyviolation` event (listened for before any script of the page runs), every console
 * error (Chromium reports CSP violations there too), uncaught errors, failed requests and error
 * statuses of the page's resources, and the policy's headers missing from the page's response.
 */
async function visit(context: BrowserContext, origin: string, sitePath: string, options: { expectedStatus?: number; settle?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const url = origin + sitePath;
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const seen = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'page'}:${event.lineNumber})${event.sample ? `: ${event.sample}` : ''}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const own404 = options.expectedStatus === 404 && message.location().url === url && /status of 404/.test(message.text());
    if (!own404) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url) problems.push(`${response.status()} for ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await options.settle?.(page);
  problems.push(...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).map((v) => `CSP violation: ${v}`)));
  if (response) {
    const headers = await response.allHeaders();
    const served = new URL(response.url()).pathname;
    for (const [name, value] of headersFor(served, { https: true })) {
      if (headers[name.toLowerCase()] !== value) problems.push(`header ${name}: ${headers[name.toLowerCase()] ?? 'missing'}`);
    }
    if (response.status() !== (options.expectedStatus ?? 200)) problems.push(`status ${response.status()}, expected ${options.expectedStatus ?? 200}`);
  } else problems.push('no response');
  return { problems, response, page };
}

/** A word of the longest pledge's title, to search for (a search that has results). */
function searchTerm(): string {
  const html = readFileSync(path.join(distDir, templatePage(templates.pledge, 'en').path, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? '';
  const word = title.split(/[^\p{L}]+/u).find((w) => w.length >= 6);
  if (!word) throw new Error(`no word to search for in "${title}"`);
  return word;
}

/** Links to entity pages (a pledge, a document, a pledger …) in the page's main content: search results. */
const resultLinkPattern = /^\/(en|fr|ar)\/(pledges|documents|pledgers|countries|focus-areas|regions|groups)\/(?!largest\/|status\/|page\/)[^/]+\/$/;

describe.skipIf(skip)(`every page template in each language, through nginx with the Content-Security-Policy${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: NginxServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startNginx(distDir);
    browser = await launchBrowser();
    context = await browser.newContext({ ignoreHTTPSErrors: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pages = templatePages().filter((p) => p.template !== '/');
  for (const target of pages) {
    const known = knownCspBreakers[target.template];
    const test = known ? it.fails : it;
    test(`${describePage(target)}: no CSP violation, console error, failed request or missing header${known ? ` (known to break it: ${known.owner}: ${known.why})` : ''}`, async () => {
      const { problems, page } = await visit(context, server.httpsOrigin, target.path, { expectedStatus: (target as TemplatePage).status });
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  it('"/" answers with the language of the browser (302 to /en/, the page then holds to the policy)', async () => {
    const { problems, response, page } = await visit(context, server.httpsOrigin, '/');
    const redirect = await response!.request().redirectedFrom()?.response();
    await page.close();
    expect(problems).toEqual([]);
    expect(new URL(response!.url()).pathname).toBe('/en/');
    expect(redirect?.status()).toBe(302);
  });

  it('the language chooser page (/index.html, what static hosts without negotiation serve at "/") sends the browser on with its external script, within the policy', async () => {
    const { problems, page } = await visit(context, server.httpsOrigin, '/index.html', { settle: (p) => p.waitForURL('**/en/', { timeout: 10_000 }) });
    expect(new URL(page.url()).pathname).toBe('/en/');
    await page.close();
    expect(problems).toEqual([]);
  });

  for (const lang of locales) {
    const known = knownCspBreakers['/{lang}/search/'];
    const test = known ? it.fails : it;
    test(`a search with results (/${lang}/search/?q=…): results shown, no CSP violation, console error or failed request${known ? ` (known to break it: ${known.owner})` : ''}`, async () => {
      const term = searchTerm();
      const { problems, page } = await visit(context, server.httpsOrigin, `/${lang}/search/?q=${encodeURIComponent(term)}`, {
        settle: async (p) => {
          await p.waitForLoadState('networkidle');
          await p
            .waitForFunction((source) => [...document.querySelectorAll('main a[href]')].some((a) => new RegExp(source).test(a.getAttribute('href') ?? '')), resultLinkPattern.source, { timeout: 5_000 })
            .catch(() => undefined);
        },
      });
      const results = await page.$$eval('main a[href]', (links, source) => links.filter((a) => new RegExp(source).test(a.getAttribute('href') ?? '')).length, resultLinkPattern.source);
      await page.close();
      expect(problems).toEqual([]);
      expect(results, `links to results for "${term}"`).toBeGreaterThan(0);
    });
  }
});
