import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { routes } from '../../../src/i18n/paths.ts';
import { readAsOfDate } from '../../../src/model/asOfDate.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { builtPages } from '../../support/builtSite.ts';
import { parsedFile } from '../../support/parsedSite.ts';
import { loadSitePage } from '../../support/sitePage.ts';

/** site.config.yaml, as the build read it: the pages must say what it says, nothing hard-coded. */
const site = checkContent().content!.site;
const pageOf = (sitePath: string) => parsedFile(`${sitePath.slice(1)}index.html`).document;
const trustPages = ['about', 'corrections', 'privacy', 'licences'] as const;

describe('About, Corrections, Privacy and Licences', () => {
  const session = useBrowserSession();

  for (const lang of locales) {
    it(`exist in ${lang}, in the language and direction of the page, with a heading and text`, async () => {
      for (const name of trustPages) {
        const page = await loadSitePage(session.page, session.origin, { path: routes[name](lang), status: 200 });
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: getComputedStyle(document.documentElement).direction,
          h1: document.querySelector('h1')?.textContent?.trim() ?? '',
          words: (document.querySelector('main')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
        }));
        expect(facts.lang, name).toBe(lang);
        expect(facts.dir, name).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(facts.h1, name).not.toBe('');
        expect(facts.words, name).toBeGreaterThan(60);
      }
    });
  }

  it('every page of the site links the four pages from its footer, in its own language', () => {
    const pages = builtPages().filter((p) => /^\/(en|fr|ar)\//.test(p));
    expect(pages.length).toBeGreaterThan(400);
    for (const sitePath of pages) {
      const lang = sitePath.split('/')[1] as (typeof locales)[number];
      const footer = pageOf(sitePath).querySelector('footer');
      const links = [...(footer?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      for (const name of trustPages) expect(links, `${sitePath}: ${name}`).toContain(routes[name](lang));
    }
  });

  it('every footer gives the data’s "as of" date, said as such, and no build date', () => {
    const asOf = readAsOfDate(process.env);
    for (const lang of locales) {
      const footer = pageOf(routes.home(lang)).querySelector('footer')!;
      expect(footer.querySelector('[data-as-of]')?.getAttribute('data-as-of')).toBe(asOf);
    }
    expect(pageOf('/en/').querySelector('footer')!.textContent).toContain(`Data as of ${formatDate(asOf, 'en')}.`);
    expect(pageOf('/en/').querySelector('footer')!.textContent).not.toMatch(/Built on/);
  });

  it('About names the publisher, the repository and the relation to ITU from site.config.yaml', () => {
    for (const lang of locales) {
      const page = pageOf(routes.about(lang));
      expect(page.querySelector('[data-publisher]')?.textContent).toContain(site.publisher.name[lang]);
      expect(page.querySelector('[data-repository]')?.getAttribute('href')).toBe(site.repository);
    }
    // The site is not ITU's: About says so in each language.
    expect(site.publisher.isItu).toBe(false);
    expect(pageOf('/en/about/').querySelector('[data-publisher]')?.textContent).toMatch(/not ITU’s official platform/);
    expect(pageOf('/fr/about/').querySelector('[data-publisher]')?.textContent).toMatch(/pas la plateforme officielle de l’UIT/);
    expect(pageOf('/ar/about/').querySelector('[data-publisher]')?.textContent).toMatch(/ليس المنصة الرسمية/);
  });

  it('Corrections gives the corrections address of site.config.yaml', () => {
    for (const lang of locales) {
      const link = pageOf(routes.corrections(lang)).querySelector('[data-corrections-email]');
      expect(link?.getAttribute('href')).toBe(`mailto:${site.corrections.email}`);
      expect(link?.textContent).toBe(site.corrections.email);
    }
  });

  it('Licences names each licence of site.config.yaml with a link to its text, and every document with the status of its versions and ITU’s publication', () => {
    const documents = checkContent().content!.documents;
    for (const lang of locales) {
      const page = pageOf(routes.licences(lang));
      for (const [id, licence] of [['data', site.licences.data], ['texts', site.licences.text], ['code', site.licences.code]] as const) {
        const link = page.querySelector(`[data-licence="${id}"] a`);
        expect(link?.getAttribute('href'), `${lang} ${id}`).toBe(licence.url);
        expect(link?.textContent, `${lang} ${id}`).toContain(licence.id);
      }
      for (const doc of documents) {
        const row = page.querySelector(`[data-document="${doc.id}"]`);
        expect(row, `${lang} ${doc.id}`).not.toBeNull();
        for (const [version, entry] of Object.entries(doc.versions)) {
          expect(row!.querySelector(`[data-version="${version}"]`)?.getAttribute('data-status'), `${doc.id} ${version}`).toBe(entry.frontmatter.text);
        }
        for (const [official, publication] of Object.entries(doc.meta.official)) {
          expect(row!.querySelector(`[data-official="${official}"]`)?.getAttribute('href')).toBe(publication.url);
        }
        if (doc.meta.officialFinder) expect(row!.querySelector('[data-finder]')?.getAttribute('href')).toBe(doc.meta.officialFinder.service);
      }
    }
  });
});
