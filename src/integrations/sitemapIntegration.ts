import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale, isLocale, locales } from '../i18n/locales.ts';

/** A page of the sitemap and its versions in other languages. */
export interface SitemapEntry {
  /** Absolute address. */
  url: string;
  /** The page in each language it exists in, plus x-default. */
  alternates: { lang: string; url: string }[];
}

/** The most URLs one sitemap file may list (sitemaps.org). */
export const urlsPerSitemap = 50_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sitemap entries of the built pages: each page once, in path order,
 * with its language versions (the same path under each language where that
 * page was built) and x-default (the default language, else the first language
 * built; the language chooser for "/"). Pages outside the languages, such as
 * 404, and the per-language 404 pages are left out.
 */
export function sitemapEntries(paths: Iterable<string>, site: URL): SitemapEntry[] {
  const built = new Set(paths);
  const absolute = (p: string) => new URL(p, site).href;
  const entries: SitemapEntry[] = [];
  for (const page of [...built].sort()) {
    if (page === '/') {
      entries.push({ url: absolute('/'), alternates: [...locales.map((lang) => ({ lang, url: absolute(`/${lang}/`) })), { lang: 'x-default', url: absolute('/') }] });
      continue;
    }
    const lang = page.split('/')[1] ?? '';
    if (!isLocale(lang)) continue;
    const rest = page.slice(lang.length + 1);
    // The per-language 404 pages (/{lang}/404/) answer missing addresses; they are not pages to index.
    if (rest === '/404/') continue;
    const versions = locales.filter((other) => built.has(`/${other}${rest}`));
    const fallback = versions.includes(defaultLocale) ? defaultLocale : versions[0];
    const alternates: SitemapEntry['alternates'] = versions.map((other) => ({ lang: other, url: absolute(`/${other}${rest}`) }));
    if (fallback) alternates.push({ lang: 'x-default', url: absolute(`/${fallback}${rest}`) });
    entries.push({ url: absolute(page), alternates });
  }
  return entries;
}

/** One sitemap file: <urlset> with an <xhtml:link> per language version. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ url, alternates }) =>
      `<url><loc>${escapeXml(url)}</loc>${alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escapeXml(a.url)}"/>`).join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The sitemap index naming each sitemap file. */
export function sitemapIndexXml(files: readonly string[]): string {
  const items = files.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/**
 * Writes /sitemap-index.xml and /sitemap-0.xml… (50,000 URLs each) from the
 * pages Astro built, with hreflang alternates for every language version.
 *
 * Our own rather than @astrojs/sitemap: we need alternates computed from the
 * pages actually built (a page may lack a language), and at 40,000 pages its
 * URL sort (String#localeCompare with options, a new collator per comparison)
 * took several seconds of every build.
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'p2c-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('p2c-sitemap: set `site` in astro.config.mjs; the sitemap needs absolute addresses.');
        const entries = sitemapEntries(
          pages.map(({ pathname }) => `/${pathname.replace(/^\//, '')}`),
          site,
        );
        const out = fileURLToPath(dir);
        const files: string[] = [];
        for (let start = 0; start < entries.length; start += urlsPerSitemap) {
          const name = `sitemap-${files.length}.xml`;
          writeFileSync(path.join(out, name), sitemapXml(entries.slice(start, start + urlsPerSitemap)));
          files.push(new URL(`/${name}`, site).href);
        }
        writeFileSync(path.join(out, 'sitemap-index.xml'), sitemapIndexXml(files));
        logger.info(`${entries.length} pages in ${files.length} sitemap file(s)`);
      },
    },
  };
}
