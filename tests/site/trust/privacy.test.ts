import type { BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { builtPages } from '../../support/builtSite.ts';
import { builtFileFor, parsedFile } from '../../support/parsedSite.ts';

/**
 * The privacy page's claims (src/pages/[lang]/privacy.astro, one <li data-claim> each), and the
 * test that checks each one:
 *
 * | claim     | checked by |
 * |-----------|------------|
 * | cookies   | here: no cookie in the browser after reading and searching; deployment: tests/site/deploy/servedHeaders.test.ts "cookies: no response sets a cookie" (nginx) |
 * | storage   | here: local and session storage, IndexedDB, Cache Storage and service workers stay empty |
 * | hosts     | here, and tests/site/quality/noThirdParty.test.ts on every page template: no request leaves the site |
 * | analytics | here: every request a page makes is a GET for a file the build wrote (no beacon, no counter, no endpoint) |
 * | search    | here: a search sends its words to no server; they are only in the page's own address |
 * | logs      | deployment: tests/site/deploy/servedHeaders.test.ts "privacy of the logs" (nginx's access log holds no query string) |
 * | referrer  | here: following a link to another site sends no Referer (every page's <meta name="referrer" content="no-referrer">); deployment: servedHeaders.test.ts "referrer-policy" (the header) |
 * | mail      | here: "Report an error" is a mailto: link and no page has a form that posts |
 */
let origin: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let context: BrowserContext;
let page: Page;
let requests: Request[] = [];
let responses: Response[] = [];
const secret = 'fibre';

const readingPaths = ['/en/', '/fr/pledges/ill-014/', '/ar/documents/resolution-88/', '/en/data/', '/fr/privacy/', '/ar/countries/'];

async function read(path: string): Promise<void> {
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
}

beforeAll(async () => {
  origin = inject('siteOrigin');
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on('request', (request) => requests.push(request));
  context.on('response', (response) => responses.push(response));
  page = await context.newPage();
  for (const path of readingPaths) await read(path);
  // A search from the header's search box, as a reader makes it.
  await read('/en/');
  await page.fill('#site-search', secret);
  await Promise.all([page.waitForURL(/\/en\/search\/\?q=/), page.press('#site-search', 'Enter')]);
  await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
});

afterAll(async () => {
  await browser?.close();
});

describe('privacy: each claim of the privacy page', () => {
  it('the privacy page makes the claims this file checks, in each language', () => {
    for (const lang of locales) {
      const { document } = parsedFile(`${lang}/privacy/index.html`);
      const claims = [...document.querySelectorAll('[data-claim]')].map((li) => li.getAttribute('data-claim'));
      expect(claims).toEqual(['cookies', 'storage', 'hosts', 'analytics', 'search', 'logs', 'referrer', 'mail']);
    }
  });

  it('cookies: none in the browser after reading pages and searching, and no response sets one', async () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const setting = await Promise.all(responses.map(async (r) => ((await r.allHeaders())['set-cookie'] ? r.url() : null)));
    expect(setting.filter(Boolean)).toEqual([]);
  });

  it('storage: nothing in local or session storage, IndexedDB or Cache Storage, and no service worker', async () => {
    for (const path of ['/en/', '/en/search/?q=fibre']) {
      if (path !== '/en/') await read(path);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(stored, path).toEqual({ local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
    }
  });

  it('hosts: no request leaves the site', () => {
    const elsewhere = requests.map((r) => r.url()).filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
  });

  it('analytics: every request is a GET for a file the build wrote; nothing is posted or pinged', () => {
    const odd = requests.filter((r) => r.method() !== 'GET' || r.resourceType() === 'ping' || r.postData() !== null).map((r) => `${r.method()} ${r.url()}`);
    expect(odd).toEqual([]);
    const unknown = requests.map((r) => new URL(r.url())).filter((url) => url.origin === origin && builtFileFor(url.pathname) === null).map((url) => url.pathname);
    expect(unknown).toEqual([]);
  });

  it('search: the words travel only in the search page’s own address, in no other request', () => {
    const withSecret = requests.filter((r) => r.url().includes(secret) || (r.postData() ?? '').includes(secret));
    expect(withSecret.length).toBeGreaterThan(0);
    for (const request of withSecret) {
      expect(request.resourceType(), request.url()).toBe('document');
      expect(new URL(request.url()).pathname, request.url()).toMatch(/^\/(en|fr|ar)\/search\/$/);
    }
    expect(requests.some((r) => r.url().includes('/pagefind/'))).toBe(true);
  });

  it('referrer: following a link to another site sends no Referer', async () => {
    const seen: Record<string, string>[] = [];
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
      seen.push(await route.request().allHeaders());
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'elsewhere' });
    });
    await read('/en/licences/');
    await Promise.all([page.waitForURL(/creativecommons|opensource/), page.click('[data-licence="data"] a')]);
    await context.unrouteAll();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.referer).toBeUndefined();
  });

  it('mail: "Report an error on this page" is a mailto: link, and no page has a form that posts', () => {
    for (const path of ['/en/pledges/ill-014/', '/ar/documents/resolution-88/']) {
      const { document } = parsedFile(`${path.slice(1)}index.html`);
      expect(document.querySelector('[data-report-error]')?.getAttribute('href')).toMatch(/^mailto:/);
    }
    for (const sitePath of builtPages()) {
      const { document } = parsedFile(sitePath === '/' ? 'index.html' : `${sitePath.slice(1)}index.html`);
      for (const form of document.querySelectorAll('form')) expect((form.getAttribute('method') ?? 'get').toLowerCase(), sitePath).toBe('get');
    }
  });
});
