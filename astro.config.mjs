// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { openData } from './src/integrations/openDataIntegration.ts';

/** Public address of the site: used in canonical links, the sitemap, feeds and "Cite this". */
const site = process.env.P2C_SITE_URL ?? 'https://partner2connect.example.org';
const outDir = process.env.P2C_OUT_DIR ?? './dist';
const locales = ['en', 'fr', 'ar'];

/**
 * Language versions of a page for the sitemap: the same path under each
 * language where that page was built, plus x-default (English, or the
 * language chooser at "/").
 * @param {string} url
 */
function alternates(url) {
  const { pathname } = new URL(url);
  if (pathname === '/') {
    return [...locales.map((lang) => ({ lang, url: new URL(`/${lang}/`, site).href })), { lang: 'x-default', url: new URL('/', site).href }];
  }
  const match = /^\/(en|fr|ar)(\/.*)$/.exec(pathname);
  if (!match) return undefined;
  const rest = match[2];
  const built = locales.filter((lang) => existsSync(path.join(outDir, lang, rest, 'index.html')));
  const links = built.map((lang) => ({ lang, url: new URL(`/${lang}${rest}`, site).href }));
  const fallback = built.includes('en') ? 'en' : built[0];
  return fallback ? [...links, { lang: 'x-default', url: new URL(`/${fallback}${rest}`, site).href }] : links;
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir,
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    openData(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      serialize(item) {
        const links = alternates(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
});
