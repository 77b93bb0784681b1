import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../../deploy/hostingPolicy.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { distDir } from '../../support/builtSite.ts';
import { nginxSkipReason, startNginx, type NginxServer } from '../../support/nginxServer.ts';
import { describePage } from '../../support/sitePage.ts';
import { templatePage, templatePages, templates } from '../../support/templatePages.ts';
import { knownCspBreakers } from './knownCspBreakers.ts';

const skip = nginxSkipReason();

/** What went wrong on a page: CSP violations, console errors, script errors, failed requests, missing headers. */
interface Visit {
  problems: string[];
  response: Response | null;
}

/**
 * One tab that records everything that goes wrong on the pages it opens: every
 * `securitypolicyviolation` event (listened for before any script of the page runs), every console
 * error (Chromium reports CSP violations there too), uncaught errors, failed requests and error
 * statuses of the page's resources, and the policy's headers missing from the page's response.
 */
class WatchedTab {
  readonly page: Page;
  private problems: string[] = [];
  private url = '';
  private expectedStatus = 200;
  private leaving = false;
  /** Which visit each request belongs to: a request of an earlier page, cancelled by leaving it, is not this page's. */
  private visitNumber = 0;
  private readonly requestVisit = new WeakMap<Request, number>();

  private constructor(page: Page) {
    this.page = page;
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const own404 = this.expectedStatus === 404 && message.location().url === this.url && /status of 404/.test(message.text());
      if (!own404) this.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`script error: ${error.message}`));
    page.on('request', (request) => this.requestVisit.set(request, this.visitNumber));
    page.on('requestfailed', (request) => {
      // Leaving a page (the next visit, or location.replace) cancels its pending requests (the favicon …).
      const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
      if (aborted && (this.leaving || (this.requestVisit.get(request) ?? 0) < this.visitNumber)) return;
      this.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== this.url) this.problems.push(`${response.status()} for ${response.url()}`);
    });
  }

  static async open(context: BrowserContext): Promise<WatchedTab> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile || 'page'}:${event.lineNumber})${event.sample ? `: ${event.sample}` : ''}`);
      });
    });
    return new WatchedTab(page);
  }

  /** Opens a site path and returns what went wrong (`leaves`: the page sends the browser elsewhere). */
  async visit(origin: string, sitePath: string, options: { expectedStatus?: number; leaves?: boolean; settle?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
    // Leave the previous page first, so that a late message of its own (Pagefind finishing a search)
    // is not counted against this one.
    await this.page.goto('about:blank');
    this.problems = [];
    this.visitNumber += 1;
    this.url = origin + sitePath;
    this.expectedStatus = options.expectedStatus ?? 200;
    this.leaving = options.leaves ?? false;
    const response = await this.page.goto(this.url, { waitUntil: 'load' });
    await options.settle?.(this.page);
    await this.page.evaluate(async () => {
      await document.fonts.ready;
    });
    const violations = await this.page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    const problems = [...this.problems, ...violations.map((v) => `CSP violation: ${v}`)];
    if (response) {
      const headers = await response.allHeaders();
      const served = new URL(response.url()).pathname;
      for (const [name, value] of headersFor(served, { https: true })) {
        if (headers[name.toLowerCase()] !== value) problems.push(`header ${name}: ${headers[name.toLowerCase()] ?? 'missing'}`);
      }
      if (response.status() !== this.expectedStatus) problems.push(`status ${response.status()}, expected ${this.expectedStatus}`);
    } else problems.push('no response');
    return { problems, response };
  }
}

/** A word of the longest pledge's title, to search for (a search that has results). */
function searchTerm(): string {
  const html = readFileSync(path.join(distDir, templatePage(templates.pledge, 'en').path, 'index.html'), 'utf8');
  const title = /<h1[^>]*>(?:<span[^>]*>)?([^<]+)</.exec(html)?.[1] ?? '';
  const word = title.split(/[^\p{L}]+/u).find((w) => w.length >= 6);
  if (!word) throw new Error(`no word to search for in "${title}"`);
  return word;
}

/** Links to entity pages (a pledge, a document, a pledger …) in the page's main content: search results. */
const resultLinkPattern = /^\/(en|fr|ar)\/(pledges|documents|pledgers|countries|focus-areas|regions|groups)\/(?!largest\/|status\/|page\/)[^/]+\/$/;

describe.skipIf(skip)(`every page template in each language, through nginx with the Content-Security-Policy${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: NginxServer;
  let browser: Browser;
  let tab: WatchedTab;
  beforeAll(async () => {
    server = await startNginx(distDir);
    browser = await launchBrowser();
    tab = await WatchedTab.open(await browser.newContext({ ignoreHTTPSErrors: true }));
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
      const { problems } = await tab.visit(server.httpsOrigin, target.path, { expectedStatus: target.status });
      expect(problems).toEqual([]);
    });
  }

  it('"/" answers with the language of the browser (302 to /en/, the page then holds to the policy)', async () => {
    const { problems, response } = await tab.visit(server.httpsOrigin, '/');
    const redirect = await response!.request().redirectedFrom()?.response();
    expect(problems).toEqual([]);
    expect(new URL(response!.url()).pathname).toBe('/en/');
    expect(redirect?.status()).toBe(302);
  });

  it('the language chooser page (/index.html, what static hosts without negotiation serve at "/") sends the browser on with its external script, within the policy', async () => {
    const { problems } = await tab.visit(server.httpsOrigin, '/index.html', { leaves: true, settle: (p) => p.waitForURL('**/en/', { timeout: 10_000 }) });
    expect(new URL(tab.page.url()).pathname).toBe('/en/');
    expect(problems).toEqual([]);
  });

  for (const lang of locales) {
    const known = knownCspBreakers['/{lang}/search/'];
    const test = known ? it.fails : it;
    test(`a search with results (/${lang}/search/?q=…): results shown, no CSP violation, console error or failed request${known ? ` (known to break it: ${known.owner})` : ''}`, async () => {
      const term = searchTerm();
      const { problems } = await tab.visit(server.httpsOrigin, `/${lang}/search/?q=${encodeURIComponent(term)}`, {
        settle: async (p) => {
          // Results appear, or a CSP violation says they will not.
          await p
            .waitForFunction(
              (source) =>
                [...document.querySelectorAll('main a[href]')].some((a) => new RegExp(source).test(a.getAttribute('href') ?? '')) ||
                ((window as unknown as { cspViolations?: string[] }).cspViolations ?? []).length > 0,
              resultLinkPattern.source,
              { timeout: 10_000 },
            )
            .catch(() => undefined);
          await p.waitForLoadState('networkidle');
        },
      });
      const results = await tab.page.$$eval('main a[href]', (links, source) => links.filter((a) => new RegExp(source).test(a.getAttribute('href') ?? '')).length, resultLinkPattern.source);
      expect(problems).toEqual([]);
      expect(results, `links to results for "${term}"`).toBeGreaterThan(0);
    });
  }
});
