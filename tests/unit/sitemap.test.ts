import { describe, expect, it } from 'vitest';
import { sitemapEntries, sitemapIndexXml, sitemapXml } from '../../src/integrations/sitemapIntegration.ts';

const site = new URL('https://p2c.example/');

describe('sitemap', () => {
  it('lists each page once with the language versions that were built, and x-default', () => {
    const entries = sitemapEntries(['/en/pledges/a/', '/fr/pledges/a/', '/ar/pledges/a/', '/fr/only/', '/404/', '/en/pledges/a/'], site);
    expect(entries.map((e) => e.url)).toEqual(['https://p2c.example/ar/pledges/a/', 'https://p2c.example/en/pledges/a/', 'https://p2c.example/fr/only/', 'https://p2c.example/fr/pledges/a/']);
    const pledge = entries.find((e) => e.url.endsWith('/en/pledges/a/'));
    expect(pledge?.alternates.map((a) => a.lang)).toEqual(['en', 'fr', 'ar', 'x-default']);
    expect(pledge?.alternates.at(-1)?.url).toBe('https://p2c.example/en/pledges/a/');
    // A page that exists in French only points x-default at the French page and names no other language.
    expect(entries.find((e) => e.url.endsWith('/fr/only/'))?.alternates).toEqual([
      { lang: 'fr', url: 'https://p2c.example/fr/only/' },
      { lang: 'x-default', url: 'https://p2c.example/fr/only/' },
    ]);
  });

  it('gives the language chooser at / every home page as alternate', () => {
    const [root] = sitemapEntries(['/'], site);
    expect(root?.alternates.map((a) => `${a.lang} ${a.url}`)).toEqual([
      'en https://p2c.example/en/',
      'fr https://p2c.example/fr/',
      'ar https://p2c.example/ar/',
      'x-default https://p2c.example/',
    ]);
  });

  it('writes well-formed XML with escaped addresses', () => {
    const xml = sitemapXml([{ url: 'https://p2c.example/en/a&b/', alternates: [{ lang: 'en', url: 'https://p2c.example/en/a&b/' }] }]);
    expect(xml).toContain('<loc>https://p2c.example/en/a&#38;b/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://p2c.example/en/a&#38;b/"/>');
    expect(sitemapIndexXml(['https://p2c.example/sitemap-0.xml'])).toContain('<sitemap><loc>https://p2c.example/sitemap-0.xml</loc></sitemap>');
  });
});
