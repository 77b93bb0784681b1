/**
 * Screenshots of pages of the built site, in each language, for looking at
 * what was built: node scripts/screenshots.ts [path ...] (paths without the
 * language prefix, e.g. documents/resolution-88/). Writes screenshots/*.png.
 *   --width=N  viewport width (default 1280)   --height=N  viewport height (default 900)
 *   --full  whole page   --tiles  whole page as several viewport-high images (readable at full size)
 *   --print  print media   --dark  dark scheme   --lang=ar  one language only
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/staticServer.ts';

const args = process.argv.slice(2);
const width = Number(args.find((a) => a.startsWith('--width='))?.split('=')[1] ?? 1280);
const height = Number(args.find((a) => a.startsWith('--height='))?.split('=')[1] ?? 900);
const full = args.includes('--full');
const tiles = args.includes('--tiles');
const only = args.find((a) => a.startsWith('--lang='))?.split('=')[1];
const print = args.includes('--print');
const dark = args.includes('--dark');
const paths = args.filter((a) => !a.startsWith('--'));
const server = await serveStatic(path.resolve('dist'));
const browser = await launchBrowser();
mkdirSync('screenshots', { recursive: true });
try {
  for (const p of paths.length ? paths : ['']) {
    for (const lang of only ? [only] : ['en', 'fr', 'ar']) {
      const page = await browser.newPage({ viewport: { width, height } });
      if (print) await page.emulateMedia({ media: 'print' });
      if (dark) await page.emulateMedia({ colorScheme: 'dark' });
      const url = p.startsWith('/') ? `${server.origin}${p}` : `${server.origin}/${lang}/${p}`;
      await page.goto(url, { waitUntil: 'networkidle' });
      const name = `${(p.replace(/^\//, '') || 'home').replace(/[/#?=]+/g, '_')}-${lang}-${width}${print ? '-print' : ''}${dark ? '-dark' : ''}.png`.replace(/_-/g, '-');
      if (tiles) {
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let top = 0, index = 1; top < total; top += height, index += 1) {
          const tile = name.replace(/\.png$/, `-${index}.png`);
          await page.screenshot({ path: path.join('screenshots', tile), fullPage: true, clip: { x: 0, y: top, width, height: Math.min(height, total - top) } });
          console.log(`screenshots/${tile}`);
        }
      } else {
        await page.screenshot({ path: path.join('screenshots', name), fullPage: full });
        console.log(`screenshots/${name}`);
      }
      await page.close();
      if (p.startsWith('/')) break;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
