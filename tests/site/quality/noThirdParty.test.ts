import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { describePage } from '../../support/sitePage.ts';
import { templatePages } from '../../support/templatePages.ts';

/**
 * The site promises readers that it loads nothing from anywhere else: no font service,
 * no analytics, no CDN. Each template page is loaded the way a reader's browser loads it
 * (JavaScript on, so "/" goes on to a language), and every request is recorded.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;
let origin: string;
let requests: string[] = [];

beforeAll(async () => {
  origin = inject('siteOrigin');
  browser = await launchBrowser();
  context = await browser.newContext();
  // Context-wide: also sees requests from workers, popups and frames.
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** Requests that leave the local origin (data: and blob: URLs never reach a network). */
function elsewhere(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
    return new URL(url).origin !== origin;
  });
}

async function visit(path: string): Promise<string[]> {
  requests = [];
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  // Anything loaded lazily as the reader scrolls.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  return [...requests];
}

describe('pages load nothing from other sites (fonts included)', () => {
  it('the check records the page, its stylesheets and its fonts', async () => {
    const seen = await visit('/en/');
    expect(seen.some((url) => url.endsWith('.css'))).toBe(true);
    expect(seen.some((url) => /\.woff2?$/.test(url))).toBe(true);
  });

  for (const target of templatePages()) {
    it(`${describePage(target)} requests only local files`, async () => {
      const seen = await visit(target.path);
      expect(seen.length).toBeGreaterThan(0);
      expect(elsewhere(seen), `requests from ${target.path}`).toEqual([]);
    });
  }

  for (const lang of locales) {
    it(`a search in ${lang} (index, results) requests only local files`, async () => {
      const seen = await visit(`/${lang}/search/?q=Partner2Connect`);
      await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      const all = [...seen, ...requests.filter((url) => !seen.includes(url))];
      expect(all.some((url) => url.includes('/pagefind/'))).toBe(true);
      expect(elsewhere(all), `requests from /${lang}/search/`).toEqual([]);
    });
  }
});
