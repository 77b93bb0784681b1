// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { openData } from './src/integrations/openDataIntegration.ts';
import { sitemap } from './src/integrations/sitemapIntegration.ts';
import { deployFiles } from './src/integrations/deployIntegration.ts';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/** The site's address from site.config.yaml (validated with the content by `npm run check`). */
function siteConfigUrl() {
  const config = /** @type {{ url?: string }} */ (load(readFileSync(process.env.P2C_SITE_CONFIG ?? 'site.config.yaml', 'utf8')));
  if (!config.url) throw new Error('site.config.yaml: field "url": expected the public address of the site (see the README)');
  return config.url;
}

/** Public address of the site: used in canonical links, the sitemap, feeds and citations (site.config.yaml; P2C_SITE_URL overrides it). */
const site = process.env.P2C_SITE_URL ?? siteConfigUrl();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // concurrency: Astro renders on one thread; with pages in flight, writing one page's file (mkdir,
  // open, write, close in libuv's thread pool) overlaps rendering the next. Measured at 10,000 pledges
  // in paired runs: 1 → 4 pages, rendering 51.3 → 48.3 s; 4 → 16, 47.7 → 43.9, 53.7 → 48.7 and
  // 67 → 57.6 s; 64 was no better than 16.
  // inlineStylesheets 'never': the Content-Security-Policy (style-src 'self', deploy/hostingPolicy.ts)
  // forbids <style> blocks, so every stylesheet is a file, even a small one.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  // assetsInlineLimit 0: Astro would inline a script under 4 kB into the page (the CSP forbids inline
  // scripts) and Vite a small font as a data: URL (font-src 'self' forbids it).
  vite: { build: { assetsInlineLimit: 0 } },
  outDir: process.env.P2C_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // deployFiles last: it checks the captured addresses against the pages, data and feeds written before it.
  integrations: [mdx(), openData(), sitemap(), deployFiles()],
});
