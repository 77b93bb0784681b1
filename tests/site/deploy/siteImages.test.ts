import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { siteImages } from '../../../deploy/icons/siteImages.ts';
import { manifestPath } from '../../../deploy/webManifest.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { distDir, readBuiltFile } from '../../support/builtSite.ts';
import { parsedSite, siteOrigin } from '../../support/parsedSite.ts';

describe('icons, manifests, social image and robots.txt of the built site', () => {
  const pages = parsedSite().filter((p) => p.document.querySelector('html')?.getAttribute('lang'));

  it('every image of `npm run icons` is built, at its size', async () => {
    for (const image of siteImages) {
      const file = path.join(distDir, image.path);
      const data = readFileSync(file);
      if (image.size) {
        const meta = await sharp(data).metadata();
        expect([image.path, meta.width, meta.height]).toEqual([image.path, ...image.size]);
      }
    }
  });

  it("every page in a language links its language's manifest, the SVG icon and the apple-touch icon, and they are built", () => {
    const missing: string[] = [];
    for (const page of pages.filter((p) => p.sitePath.match(/^\/(en|fr|ar)\//))) {
      const lang = page.sitePath.split('/')[1] as (typeof locales)[number];
      const href = (rel: string) => page.document.querySelector(`link[rel="${rel}"]`)?.getAttribute('href');
      if (href('manifest') !== manifestPath(lang)) missing.push(`${page.sitePath}: manifest ${href('manifest')}`);
      if (href('icon') !== '/favicon.svg') missing.push(`${page.sitePath}: icon ${href('icon')}`);
      if (href('apple-touch-icon') !== '/apple-touch-icon.png') missing.push(`${page.sitePath}: apple-touch-icon ${href('apple-touch-icon')}`);
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });

  it("each language's manifest names the site in that language and only icons that are built", () => {
    for (const lang of locales) {
      const manifest = JSON.parse(readBuiltFile(manifestPath(lang))) as { lang: string; start_url: string; icons: { src: string }[] };
      expect([manifest.lang, manifest.start_url]).toEqual([lang, `/${lang}/`]);
      for (const icon of manifest.icons) expect(() => readFileSync(path.join(distDir, icon.src)), icon.src).not.toThrow();
    }
  });

  it('robots.txt points at the sitemap index at the site\'s address', () => {
    expect(readBuiltFile('/robots.txt')).toContain(`Sitemap: ${siteOrigin}/sitemap-index.xml`);
  });

  it('Open Graph and Twitter images, where pages name one (the trust helper adds them), are built images of the site', (context) => {
    const named = pages.flatMap((page) =>
      [...page.document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((meta) => ({ page: page.sitePath, url: meta.getAttribute('content') ?? '' })),
    );
    if (named.length === 0) context.skip('no page names an og:image or twitter:image yet (the trust helper\'s head metadata); /social.png is ready for it');
    const wrong = named.filter(({ url }) => !url.startsWith(`${siteOrigin}/`) || !siteImages.some((image) => `${siteOrigin}${image.path}` === url));
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
