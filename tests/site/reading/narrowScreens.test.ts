import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';
import { templatePages } from '../../support/templatePages.ts';

const pages = templatePages();

describe('every template reads on a phone, in every language', () => {
  const session = useBrowserSession();

  for (const width of [320, 360]) {
    it(`nothing is wider than a ${width} px screen`, async () => {
      const { browser, origin } = session;
      const context = await browser.newContext({ viewport: { width, height: 640 } });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const target of pages) {
        await loadSitePage(page, origin, target);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        if (scrollWidth > clientWidth) wide.push(`${target.path} (${scrollWidth} px)`);
      }
      await context.close();
      expect(wide).toEqual([]);
    });
  }

  it('pledge tables show the value and the date of their first row on a 360 px screen', async () => {
    const { browser, origin } = session;
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const withTables = pages.filter((target) => /pledges\/(\{|$)|\/pledges\/$|countries\/\{|focus-areas\/\{/.test(target.template) || target.path.endsWith('/pledges/'));
    expect(withTables.length).toBeGreaterThanOrEqual(3);
    for (const target of withTables) {
      await loadSitePage(page, origin, target);
      const cells = await page.evaluate(() => {
        const row = document.querySelector('.pledge-table tbody tr');
        if (!row) return undefined;
        const box = (cell: Element | null) => {
          const rect = cell?.getBoundingClientRect();
          return rect ? { left: rect.left, right: rect.right, width: rect.width, text: (cell as HTMLElement).innerText } : undefined;
        };
        return { value: box(row.querySelector('td[data-value-usd]')), date: box(row.querySelector('td time')?.parentElement ?? null) };
      });
      if (!cells) continue;
      for (const cell of [cells.value, cells.date]) {
        expect(cell, target.path).toBeDefined();
        expect(cell!.width, target.path).toBeGreaterThan(0);
        expect(cell!.left, target.path).toBeGreaterThanOrEqual(0);
        expect(cell!.right, target.path).toBeLessThanOrEqual(360);
        expect(cell!.text.trim().length, target.path).toBeGreaterThan(1);
      }
    }
    await context.close();
  });

  it('a document’s first paragraph starts within the first screen of a 360 × 640 phone', async () => {
    const { browser, origin } = session;
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    for (const lang of ['en', 'fr', 'ar']) {
      for (const id of ['resolution-88', 'bdt-dir-110', 'council-23-un-cooperation-report']) {
        await loadSitePage(page, origin, { path: `/${lang}/documents/${id}/`, status: 200 });
        const top = await page.evaluate(() => document.querySelector('.doc-body > :is(p, .para, div)')?.getBoundingClientRect().top ?? Infinity);
        expect(top, `${lang} ${id}`).toBeLessThanOrEqual(640);
      }
    }
    await context.close();
  });
});
