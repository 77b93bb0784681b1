import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../../support/browser.ts';
import { waitForSearch } from './searchSession.ts';

/** The Content-Security-Policy the deployment serves (decisions.md): no inline script or style, WebAssembly allowed. */
const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

const session = useBrowserSession();

describe('the search page works under the site’s Content-Security-Policy', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`searches, filters and draws results with no policy violation (${lang})`, async () => {
      const context = await session.browser.newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(error.message));
      // Every HTML page is served with the policy header, as the deployment does.
      await context.route('**/*', async (route) => {
        const response = await route.fetch();
        const type = response.headers()['content-type'] ?? '';
        await route.fulfill({ response, headers: type.includes('text/html') ? { ...response.headers(), 'content-security-policy': policy } : response.headers() });
      });
      const query = lang === 'ar' ? `?q=${encodeURIComponent('السنغال')}&type=pledge` : '?q=Senegal&type=pledge';
      await page.goto(`${session.origin}/${lang}/search/${query}`);
      await waitForSearch(page, query);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
