import { describe, expect, it, inject } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { builtPages } from '../../support/builtSite.ts';
import { missingPagePath, sitemapPaths, templateOf, templatePages } from '../../support/templatePages.ts';

/**
 * The page selection the other quality tests use (tests/support/templatePages.ts): every
 * page template of the sitemap, once per language, plus "/" and the 404 page.
 */
describe('template pages from the sitemap', () => {
  const pages = templatePages();
  const templates = [...new Set(pages.map((p) => p.template))];

  it('the sitemap lists every built page, and only built pages', () => {
    const listed = sitemapPaths();
    // The per-language 404 pages are built but never listed (noindex; tests/site/trust/notFound.test.ts).
    const built = builtPages().filter((p) => !/^\/(en|fr|ar)\/404\/$/.test(p));
    expect(listed.filter((p) => !built.includes(p)), 'listed but not built').toEqual([]);
    expect(built.filter((p) => !listed.includes(p)), 'built but not listed').toEqual([]);
  });

  it('every sitemap page belongs to a template that is tested', () => {
    const untested = sitemapPaths().filter((p) => p !== '/' && !templates.includes(templateOf(p)));
    expect(untested).toEqual([]);
  });

  it('a path that no route matches is a template of its own', () => {
    expect(templateOf('/en/some/new/section/')).toBe('/{lang}/some/new/section/');
    expect(templateOf('/fr/pledges/page/2/')).toBe('/{lang}/pledges/page/{n}/');
    expect(templateOf('/ar/pledges/largest/')).toBe('/{lang}/pledges/largest/');
    expect(templateOf('/en/pledges/ill-001/')).toBe('/{lang}/pledges/{id}/');
  });

  it('each language template is tested in every language, once per page picked', () => {
    for (const template of templates.filter((t) => t.startsWith('/{lang}'))) {
      const langs = pages.filter((p) => p.template === template).map((p) => p.lang);
      for (const lang of locales) expect(langs.filter((l) => l === lang).length, `${template} in ${lang}`).toBeGreaterThanOrEqual(1);
    }
    expect(pages.filter((p) => p.template === '/')).toHaveLength(1);
    expect(pages.filter((p) => p.template === '404')).toHaveLength(1);
  });

  it('a missing address answers 404 with the site’s 404 page', async () => {
    const response = await fetch(inject('siteOrigin') + missingPagePath);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<main');
  });
});
