import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useBrowserSession } from '../support/browser.ts';

const session = useBrowserSession();

describe('home pages in a real browser', () => {
  for (const locale of locales) {
    it(`/${locale}/ loads with lang="${locale}", the right direction and no console error, and its switcher reaches the other languages`, async () => {
      const { origin } = session;
      const page = await session.browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/${locale}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await page.locator('h1').count()).toBe(1);
      for (const other of locales.filter((l) => l !== locale)) {
        await page.goto(`${origin}/${locale}/`);
        await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
        await page.waitForURL(`${origin}/${other}/`);
        expect(await page.getAttribute('html', 'lang')).toBe(other);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('the root page sends the reader to their language, and lists all three without JavaScript', async () => {
    const { origin, browser } = session;
    const context = await browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForURL(`${origin}/fr/`);
    await context.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${origin}/`);
    expect(await plain.locator('a[hreflang]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/en/', '/fr/', '/ar/']);
    await noScript.close();
  });
});
