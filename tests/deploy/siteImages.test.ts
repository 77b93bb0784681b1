import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { publicDir, siteImages } from '../../deploy/icons/siteImages.ts';
import { manifestIcons, webManifest } from '../../deploy/webManifest.ts';

describe('icons, wordmark and social image (public/, made by `npm run icons`)', () => {
  it('each committed image is exactly what the script makes', async () => {
    for (const image of siteImages) {
      const made = await image.make();
      expect(Buffer.compare(made, readFileSync(path.join(publicDir, image.path))) === 0, `public${image.path} is stale: run npm run icons`).toBe(true);
    }
  });

  it('PNGs have their sizes: icons 192, 512 and 180 (apple-touch), the social image 1200 × 630', async () => {
    for (const image of siteImages.filter((i) => i.size)) {
      const meta = await sharp(readFileSync(path.join(publicDir, image.path))).metadata();
      expect([meta.width, meta.height, meta.format], image.path).toEqual([...image.size!, 'png']);
    }
    expect(siteImages.find((i) => i.path === '/social.png')?.size).toEqual([1200, 630]);
  });

  it('SVGs draw text as outlines (no <text>, no font needed) and nothing from another host', () => {
    for (const image of siteImages.filter((i) => i.path.endsWith('.svg'))) {
      const svg = readFileSync(path.join(publicDir, image.path), 'utf8');
      expect(svg).not.toMatch(/<text|<style|style=|href="http|<script/);
    }
  });

  it('the manifests name the icons that are made, in each language', () => {
    const made = new Set(siteImages.map((i) => i.path));
    for (const icon of manifestIcons) expect(made.has(icon.src), icon.src).toBe(true);
    const ar = JSON.parse(webManifest('ar')) as { dir: string; lang: string; start_url: string; name: string };
    expect([ar.dir, ar.lang, ar.start_url, ar.name]).toEqual(['rtl', 'ar', '/ar/', 'التحالف الرقمي للشراكة من أجل التوصيل']);
  });
});
