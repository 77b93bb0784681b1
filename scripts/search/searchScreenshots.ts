/**
 * Screenshots of the search page with results, in the three languages, at 360 and 1280 px, in
 * light and dark schemes, with the filters closed and open: node scripts/search/searchScreenshots.ts
 * [--only=ar] [--query-en=…]. Writes screenshots/search/*.png (the folder is git-ignored).
 * Needs a built site (npm run build).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/staticServer.ts';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.split('=')[1];
/** A query per language that finds pledges and documents, with a filter and an order. */
const searches: Record<string, string> = {
  en: '?q=women+digital+skills&type=pledge&sort=value',
  fr: '?q=competences+numeriques&status=completed',
  ar: '?q=المهارات+الرقمية&focus=adoption',
};
const outDir = path.join('screenshots', 'search');
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(path.resolve('dist'));
const browser = await launchBrowser();
try {
  for (const lang of Object.keys(searches).filter((l) => !only || l === only)) {
    for (const width of [360, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.origin}/${lang}/search/${searches[lang]}`, { waitUntil: 'networkidle' });
        await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
        const base = `${lang}-${width}-${scheme}`;
        await page.locator('[data-search-status]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(outDir, `${base}-results.png`), fullPage: true });
        await page.evaluate(() => document.querySelector('details[data-search-filters]')?.setAttribute('open', ''));
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(outDir, `${base}-filters.png`), fullPage: true });
        console.log(`${outDir}/${base}-{results,filters}.png`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
