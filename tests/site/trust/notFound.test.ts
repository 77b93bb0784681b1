import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autonym, locales } from '../../../src/i18n/locales.ts';
import { routes } from '../../../src/i18n/paths.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { distDir } from '../../support/builtSite.ts';
import { parsedFile } from '../../support/parsedSite.ts';
import { loadSitePage } from '../../support/sitePage.ts';
import { sitemapPaths } from '../../support/templatePages.ts';

/**
 * The 404 page of each language, at /{lang}/404/ (the deployment answers a missing address
 * under /{lang}/ with it, status 404), and the root /404.html for everything else.
 */
describe('404 pages', () => {
  const session = useBrowserSession();

  for (const lang of locales) {
    it(`${routes.notFound(lang)}: the site's header, navigation, search box and language links, and where to go on`, async () => {
      const page = await loadSitePage(session.page, session.origin, { path: routes.notFound(lang), status: 200 });
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        h1: document.querySelector('h1')?.textContent?.trim(),
        nav: [...document.querySelectorAll('header nav a')].map((a) => a.getAttribute('href')),
        search: document.querySelector('header form[role="search"]')?.getAttribute('action'),
        searchBox: document.querySelector('header input[type="search"]') !== null,
        languages: [...document.querySelectorAll('[hreflang]')].map((a) => a.getAttribute('href')),
        next: [...document.querySelectorAll('[data-not-found-links] a')].map((a) => a.getAttribute('href')),
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        footer: [...document.querySelectorAll('footer a')].map((a) => a.getAttribute('href')),
      }));
      expect(facts.lang).toBe(lang);
      expect(facts.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(facts.h1).toBe(translate(lang, 'notFound.title'));
      expect(facts.nav).toEqual(expect.arrayContaining([routes.documents(lang), routes.pledges(lang), routes.countries(lang), routes.data(lang)]));
      expect(facts.search).toBe(routes.search(lang));
      expect(facts.searchBox).toBe(true);
      for (const other of locales.filter((l) => l !== lang)) expect(facts.languages).toContain(routes.notFound(other));
      expect(facts.next).toEqual(expect.arrayContaining([routes.home(lang), routes.search(lang)]));
      expect(facts.robots).toBe('noindex');
      expect(facts.footer).toContain(routes.about(lang));
    });
  }

  it('are kept out of the sitemap and out of the search index', () => {
    const listed = sitemapPaths();
    for (const lang of locales) {
      expect(listed).not.toContain(routes.notFound(lang));
      const { document } = parsedFile(`${lang}/404/index.html`);
      expect(document.querySelector('[data-pagefind-body]')).toBeNull();
    }
  });

  it('the root /404.html keeps its three languages and links to the three home pages', () => {
    const { document } = parsedFile('404.html');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    for (const lang of locales) {
      const section = document.querySelector(`section[lang="${lang}"]`);
      expect(section?.querySelector('h1')?.textContent, lang).toBe(translate(lang, 'notFound.title'));
      expect([...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')), lang).toContain(routes.home(lang));
    }
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toContain(autonym('ar'));
  });
});
