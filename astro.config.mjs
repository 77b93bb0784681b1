// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { openData } from './src/integrations/openDataIntegration.ts';
import { sitemap } from './src/integrations/sitemapIntegration.ts';

/** Public address of the site: used in canonical links, the sitemap, feeds and "Cite this". */
const site = process.env.P2C_SITE_URL ?? 'https://partner2connect.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.P2C_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  integrations: [mdx(), openData(), sitemap({ locales: ['en', 'fr', 'ar'] })],
});
