import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';

describe('citing one clause of a document', () => {
  const session = useBrowserSession();

  it('the language switcher keeps the #fragment', async () => {
    const { page, origin } = session;
    await loadSitePage(page, origin, { path: '/en/documents/resolution-88/#resolves-2', status: 200 });
    const href = await page.getAttribute('.lang-switcher a[hreflang="fr"]', 'href');
    expect(new URL(href!, origin).pathname + new URL(href!, origin).hash).toBe('/fr/documents/resolution-88/#resolves-2');
    await page.click('.lang-switcher a[hreflang="ar"]');
    await page.waitForURL('**/ar/documents/resolution-88/#resolves-2');
    // The clause's heading stays in view on arrival (scroll-margin), not under the top edge.
    const top = await page.evaluate(() => document.getElementById('resolves-2')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
  });

  it('a paragraph’s “Copy link” gives the paragraph’s address, and “Cite” plain text with its number', async () => {
    const { browser, origin } = session;
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await loadSitePage(page, origin, { path: '/en/documents/council-23-un-cooperation-report/', status: 200 });
    const paragraph = page.locator('#para-2-1');
    await paragraph.hover();
    await paragraph.getByRole('button', { name: /Copy link/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/en/documents/council-23-un-cooperation-report/#para-2-1`);
    await paragraph.getByRole('button', { name: /Cite this paragraph/ }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('paragraph 2.1');
    expect(citation).toContain('#para-2-1');
    expect(citation).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
    await context.close();
  });

  it('paragraph numbers look like links', async () => {
    const { page, origin } = session;
    await loadSitePage(page, origin, { path: '/fr/documents/resolution-88/', status: 200 });
    const style = await page.evaluate(() => {
      const link = document.querySelector('a.para-num')!;
      const css = getComputedStyle(link);
      return { line: css.textDecorationLine, color: css.color, text: getComputedStyle(document.body).color };
    });
    expect(style.line).toContain('underline');
    expect(style.color).not.toBe(style.text);
  });
});
