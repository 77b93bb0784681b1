import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { builtPages } from '../../support/builtSite.ts';
import { parsedFile, siteOrigin } from '../../support/parsedSite.ts';

/**
 * What reference managers, scholarly indexers and link previews read from each document and
 * pledge page in every language, and from the pledger and data pages: the same facts as the page.
 */
const content = checkContent().content!;
const site = content.site;
const pages = builtPages();
const pledgeIds = new Set(content.pledges.map((p) => p.id));
const documentIds = new Set(content.documents.map((d) => d.id));
const documentPages = pages.filter((p) => /^\/(en|fr|ar)\/documents\/[^/]+\/$/.test(p) && documentIds.has(p.split('/')[3] ?? ''));
const pledgePages = pages.filter((p) => /^\/(en|fr|ar)\/pledges\/[^/]+\/$/.test(p) && pledgeIds.has(p.split('/')[3] ?? ''));
const pledgerIds = new Set(content.organisations.map((o) => o.id));
const pledgerPages = pages.filter((p) => /^\/(en|fr|ar)\/pledgers\/[^/]+\/$/.test(p) && pledgerIds.has(p.split('/')[3] ?? ''));

interface Head {
  meta: (name: string) => string[];
  property: (name: string) => string | undefined;
  canonical: string;
  h1: string;
  lang: string;
  jsonLd: Record<string, unknown>[];
}

function head(sitePath: string): Head {
  const { document } = parsedFile(`${sitePath.slice(1)}index.html`);
  return {
    meta: (name) => [...document.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content') ?? ''),
    property: (name) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? undefined,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    h1: (document.querySelector('h1')?.textContent ?? '').trim(),
    lang: document.documentElement.getAttribute('lang') ?? '',
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
  };
}

describe('head metadata', () => {
  it('finds the document, pledge and pledger pages of the three languages', () => {
    for (const lang of locales) {
      expect(documentPages.filter((p) => p.startsWith(`/${lang}/`)).length, lang).toBeGreaterThanOrEqual(5);
      expect(pledgePages.filter((p) => p.startsWith(`/${lang}/`)).length, lang).toBeGreaterThanOrEqual(40);
    }
    expect(pledgerPages.length).toBeGreaterThan(10);
  });

  it('every document page: Highwire tags (title, issuing body, date, symbol, language, publisher, address, no PDF) and JSON-LD Legislation or Report', () => {
    for (const sitePath of documentPages) {
      const h = head(sitePath);
      const lang = h.lang as (typeof locales)[number];
      expect(h.meta('citation_title'), sitePath).toEqual([h.h1]);
      expect(h.meta('citation_author')[0], sitePath).toBeTruthy();
      expect(h.meta('citation_publication_date')[0], sitePath).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
      expect(h.meta('citation_language'), sitePath).toEqual([lang]);
      expect(h.meta('citation_publisher'), sitePath).toEqual([site.publisher.name[lang]]);
      expect(h.meta('citation_fulltext_html_url'), sitePath).toEqual([h.canonical]);
      expect(h.meta('citation_pdf_url'), sitePath).toEqual([]);
      const [ld] = h.jsonLd;
      expect(h.jsonLd, sitePath).toHaveLength(1);
      expect(['Legislation', 'Report'], sitePath).toContain(ld?.['@type']);
      expect(ld?.name, sitePath).toBe(h.h1);
      expect(ld?.url, sitePath).toBe(h.canonical);
      expect(ld?.inLanguage, sitePath).toBe(lang);
      expect((ld?.author as { name: string }).name, sitePath).toBe(h.meta('citation_author')[0]);
      expect(String(ld?.datePublished), sitePath).toBe(h.meta('citation_publication_date')[0]!.replace(/\//g, '-'));
      const symbol = h.meta('citation_technical_report_number')[0];
      if (symbol) expect(ld?.['@type'] === 'Legislation' ? ld.legislationIdentifier : ld?.reportNumber, sitePath).toBe(symbol);
    }
    expect(head('/en/documents/resolution-88/').jsonLd[0]?.['@type']).toBe('Legislation');
    expect(head('/fr/documents/bdt-dir-110/').meta('citation_technical_report_number')).toEqual(['BDT/DIR/110']);
  });

  it('every pledge page: Highwire tags with the pledger as author and the announcement as date, and a CreativeWork', () => {
    for (const sitePath of pledgePages) {
      const h = head(sitePath);
      const id = sitePath.split('/')[3];
      expect(h.meta('citation_title'), sitePath).toEqual([h.h1]);
      expect(h.meta('citation_author')[0], sitePath).toBeTruthy();
      expect(h.meta('citation_publication_date')[0], sitePath).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(h.meta('citation_fulltext_html_url'), sitePath).toEqual([h.canonical]);
      expect(h.meta('citation_pdf_url'), sitePath).toEqual([]);
      const [ld] = h.jsonLd;
      expect(ld?.['@type'], sitePath).toBe('CreativeWork');
      expect(ld?.identifier, sitePath).toBe(id);
      expect(ld?.name, sitePath).toBe(h.h1);
      expect(ld?.url, sitePath).toBe(h.canonical);
      expect((ld?.author as { name: string }).name, sitePath).toBe(h.meta('citation_author')[0]);
      expect(ld?.datePublished, sitePath).toBe(h.meta('citation_publication_date')[0]!.replace(/\//g, '-'));
      expect(String(ld?.dateModified) >= String(ld?.datePublished), sitePath).toBe(true);
    }
  });

  it('every document, pledge, pledger and data page: Open Graph and Twitter card with the page’s title, description, address and the default picture', () => {
    const image = `${siteOrigin}/social.png`;
    for (const sitePath of [...documentPages, ...pledgePages, ...pledgerPages, '/en/data/', '/fr/data/', '/ar/data/']) {
      const h = head(sitePath);
      const title = h.property('og:title');
      expect(title, sitePath).toBeTruthy();
      expect(h.meta('twitter:title'), sitePath).toEqual([title]);
      expect(h.property('og:description'), sitePath).toBeTruthy();
      expect(h.meta('twitter:description'), sitePath).toEqual([h.property('og:description')]);
      expect(h.property('og:url'), sitePath).toBe(h.canonical);
      expect(h.property('og:image'), sitePath).toBe(image);
      expect(h.meta('twitter:image'), sitePath).toEqual([image]);
      expect(h.meta('twitter:card'), sitePath).toEqual(['summary_large_image']);
      expect(h.property('og:locale'), sitePath).toBe(h.lang);
    }
  });

  it('pledger pages carry an Organization, the data pages a Dataset with its files and licence', () => {
    for (const sitePath of pledgerPages) {
      const [ld] = head(sitePath).jsonLd;
      expect(ld?.['@type'], sitePath).toBe('Organization');
      expect(ld?.name, sitePath).toBe(head(sitePath).h1);
    }
    for (const lang of locales) {
      const [ld] = head(`/${lang}/data/`).jsonLd;
      expect(ld?.['@type']).toBe('Dataset');
      expect(ld?.license).toBe(site.licences.data.url);
      expect(ld?.version).toBe('2.0.0');
      const files = (ld?.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => d.contentUrl);
      expect(files).toEqual(expect.arrayContaining([`${siteOrigin}/data/v2/pledges.csv`, `${siteOrigin}/data/v2/pledges.json`, `${siteOrigin}/data/datapackage.json`]));
      expect(String(ld?.creditText)).toContain(site.licences.data.id);
    }
  });

  it('every page sends no referrer to other sites', () => {
    // Every page built on Base.astro (all pages under a language); "/" only sends the reader on.
    for (const sitePath of pages.filter((p) => p !== '/')) expect(head(sitePath).meta('referrer'), sitePath).toEqual(['no-referrer']);
  });
});
