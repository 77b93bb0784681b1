/**
 * Writes the site's icons, wordmark and social image into public/ from deploy/icons/ (our own
 * drawing; text as outlines shaped by HarfBuzz from the site's Noto fonts): `npm run icons`.
 * A unit test fails when a committed image differs from what this makes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { publicDir, siteImages } from './siteImages.ts';

for (const image of siteImages) {
  const data = await image.make();
  writeFileSync(path.join(publicDir, image.path), data);
  console.log(`${image.path.padEnd(24)} ${String(data.length).padStart(7)} bytes  ${image.purpose}`);
}
