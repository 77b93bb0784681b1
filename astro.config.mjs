// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

/** Public address of the site: used in canonical links, the sitemap, feeds and "Cite this". */
const site = process.env.P2C_SITE_URL ?? 'https://partner2connect.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.P2C_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr', ar: 'ar' } },
      // Every page with language versions also names the default one (x-default).
      serialize(item) {
        const english = item.links?.find((link) => link.lang === 'en');
        if (english) item.links = [...(item.links ?? []), { lang: 'x-default', url: english.url }];
        return item;
      },
    }),
  ],
});
