import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../support/axe.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { openSearch } from './searchSession.ts';

const searches = {
  en: '?q=digital+skills&type=pledge',
  fr: '?q=competences+numeriques',
  ar: `?q=${encodeURIComponent('المهارات الرقمية')}&focus=adoption`,
} as const;

const session = useBrowserSession();

describe('the search page meets WCAG 2.2 AA (axe-core) with results and the filters open', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      it(`${lang}, ${scheme} scheme`, async () => {
        await session.page.emulateMedia({ colorScheme: scheme });
        await openSearch(session.page, session.origin, lang, searches[lang]);
        expect(await session.page.locator('.search-result').count()).toBeGreaterThan(0);
        expect(await session.page.locator('.search-result mark').count(), 'a highlighted match').toBeGreaterThan(0);
        await session.page.evaluate(() => document.querySelector('details[data-search-filters]')?.setAttribute('open', ''));
        expect(await session.page.locator('select[data-filter="status"]').isVisible()).toBe(true);
        expect(await axeViolations(session.page, `${lang} ${scheme}`)).toEqual([]);
      });
    }
  }
  it('an empty result meets it too, in Arabic and dark', async () => {
    await session.page.emulateMedia({ colorScheme: 'dark' });
    await openSearch(session.page, session.origin, 'ar', '?q=zzqxv&status=completed');
    expect(await session.page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await axeViolations(session.page, 'ar empty dark')).toEqual([]);
  });
});

describe('right to left and mixed direction', () => {
  it('the Arabic page reads right to left, and Latin names and codes in it keep their direction', async () => {
    await session.page.emulateMedia({ colorScheme: 'light' });
    await openSearch(session.page, session.origin, 'ar', `?q=${encodeURIComponent('السنغال')}`);
    expect(await session.page.evaluate(() => getComputedStyle(document.querySelector('.search-results')!).direction)).toBe('rtl');
    // A pledger with a French name: isolated on the card.
    const pledger = session.page.locator('.search-result-facts bdi', { hasText: 'Collectif Dunes et Données' });
    expect(await pledger.count()).toBeGreaterThan(0);
    // The country page's excerpt holds the ISO codes, isolated as one Latin run.
    await openSearch(session.page, session.origin, 'ar', `?q=${encodeURIComponent('السنغال')}&type=country`);
    const codes = await session.page.locator('.search-result-excerpt bdi').allTextContents();
    expect(codes.some((text) => /SEN\W+SN/.test(text)), codes.join(' | ')).toBe(true);
  });
});

describe('on a phone', () => {
  it('nothing is wider than a 320 px screen, with results and the filters open, in every language', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const lang of ['en', 'fr', 'ar'] as const) {
      await openSearch(page, session.origin, lang, searches[lang]);
      await page.evaluate(() => document.querySelector('details[data-search-filters]')?.setAttribute('open', ''));
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) wide.push(`${lang} (${scrollWidth} px)`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});
