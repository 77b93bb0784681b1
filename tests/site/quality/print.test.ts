import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { parsedFile } from '../../support/parsedSite.ts';
import { loadSitePage } from '../../support/sitePage.ts';
import { langOf, sitemapPaths, templateOf, templatePage, templates } from '../../support/templatePages.ts';

/**
 * Printing a document gives the document only: no header, navigation, language switcher,
 * search or footer, but a line with the document's symbol and its address, so a printed
 * copy says what it is and where it came from.
 */
const session = useBrowserSession();

/** The symbol a document page shows in its facts ("Symbol" / "Cote" / "الرمز"), or null when it has none. */
function symbolOf(path: string, lang: Locale): string | null {
  const { document } = parsedFile(`${path.slice(1)}index.html`);
  const label = translate(lang, 'document.symbol');
  const dt = [...document.querySelectorAll('dt')].find((el) => el.textContent?.trim() === label);
  const symbol = dt?.nextElementSibling?.querySelector('bdi')?.textContent?.trim();
  return symbol || null;
}

/** Document pages to print in a language: the template's session.page, and one with a symbol if that one has none. */
function documentsToPrint(lang: Locale): string[] {
  const picked = templatePage(templates.document, lang).path;
  if (symbolOf(picked, lang)) return [picked];
  const withSymbol = sitemapPaths().find((p) => langOf(p) === lang && templateOf(p) === templates.document && symbolOf(p, lang));
  return withSymbol ? [picked, withSymbol] : [picked];
}

/** For each selector: how many elements match, and whether each is displayed (it and its ancestors not display:none). */
async function displayed(selectors: Record<string, string>) {
  return session.page.evaluate((entries) => {
    const shown = (el: Element) => {
      for (let n: Element | null = el; n; n = n.parentElement) if (getComputedStyle(n).display === 'none') return false;
      return true;
    };
    return Object.fromEntries(
      Object.entries(entries).map(([name, selector]) => {
        const found = [...document.querySelectorAll(selector)];
        return [name, found.length === 0 ? 'missing' : found.every(shown) ? 'displayed' : found.some(shown) ? 'partly displayed' : 'hidden'];
      }),
    );
  }, selectors);
}

/** The site's chrome, found by role as far as possible. */
const chrome = {
  header: 'body > header, [role="banner"]',
  navigation: 'body > header nav, nav:not(main nav)',
  languageSwitcher: 'nav.lang-switcher',
  search: 'form[role="search"], [role="search"], input[type="search"]',
  footer: 'body > footer, [role="contentinfo"]',
};

for (const lang of ['en', 'ar'] as const) {
  describe.each(documentsToPrint(lang))(`printing the ${lang} document %s`, (path) => {
    it('hides the header, navigation, language switcher, search and footer', async () => {
      await loadSitePage(session.page, session.origin, { path, status: 200 });
      await session.page.emulateMedia({ media: 'screen' });
      const onScreen = await displayed(chrome);
      expect(onScreen, 'on screen, all are there').toEqual(Object.fromEntries(Object.keys(chrome).map((k) => [k, 'displayed'])));
      await session.page.emulateMedia({ media: 'print' });
      expect(await displayed(chrome)).toEqual(Object.fromEntries(Object.keys(chrome).map((k) => [k, 'hidden'])));
    });

    it('shows the title and body of the document', async () => {
      await loadSitePage(session.page, session.origin, { path, status: 200 });
      await session.page.emulateMedia({ media: 'print' });
      expect(await displayed({ main: 'main', title: 'main h1', body: 'main article, main .doc-body' })).toEqual({
        main: 'displayed',
        title: 'displayed',
        body: 'displayed',
      });
      const bodyText = await session.page.locator('main article, main .doc-body').first().innerText();
      expect(bodyText.length, 'printed body text').toBeGreaterThan(200);
    });

    it('shows the print-only line with the symbol and the address (hidden on screen)', async () => {
      await loadSitePage(session.page, session.origin, { path, status: 200 });
      const canonical = await session.page.locator('link[rel="canonical"]').getAttribute('href');
      const symbol = symbolOf(path, lang);
      await session.page.emulateMedia({ media: 'screen' });
      expect(await displayed({ printOnly: '.print-only' })).toEqual({ printOnly: 'hidden' });
      await session.page.emulateMedia({ media: 'print' });
      expect(await displayed({ printOnly: '.print-only' })).toEqual({ printOnly: 'displayed' });
      const text = await session.page.locator('.print-only').first().innerText();
      expect(text, 'the address of the page').toContain(canonical);
      if (symbol) expect(text, 'the symbol of the document').toContain(symbol);
    });
  });
}
