import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser } from '../../support/browser.ts';

/**
 * Fonts: each page downloads the faces its script needs and no more. Arabic pages preload
 * the core cut of Noto Naskh Arabic (25 kB a weight, scripts/fonts/arabicCoreFont.ts); the
 * full file (53 kB) is fetched only for a character outside the core.
 */
let browser: Browser;
let page: Page;
let origin: string;
let fontFiles: string[] = [];

beforeAll(async () => {
  origin = inject('siteOrigin');
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (/\.woff2$/.test(request.url())) fontFiles.push(request.url().split('/').pop() ?? '');
  });
});

afterAll(async () => {
  await browser?.close();
});

async function visit(path: string): Promise<void> {
  fontFiles = [];
  await page.goto(origin + path, { waitUntil: 'networkidle' });
}

/** The faces of a family the page has loaded, with their unicode-range. */
async function loadedFaces(family: string): Promise<{ weight: string; range: string }[]> {
  return page.evaluate(
    (wanted) => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === wanted && face.status === 'loaded').map((face) => ({ weight: face.weight, range: face.unicodeRange })),
    family,
  );
}

describe('fonts', () => {
  it('an Arabic document draws its Arabic text with the core cut of Noto Naskh Arabic, regular and bold, and fetches no larger Arabic file', async () => {
    await visit('/ar/documents/council-23-un-cooperation-report/');
    expect(fontFiles.filter((file) => file.startsWith('noto-naskh-arabic-')).map((file) => file.replace(/\.[\w-]+\.woff2$/, ''))).toEqual([
      'noto-naskh-arabic-core-400-normal',
      'noto-naskh-arabic-core-700-normal',
    ]);
    const faces = await loadedFaces('Noto Naskh Arabic');
    expect(faces.map((face) => face.weight).sort()).toEqual(['400', '700']);
    expect(faces.every((face) => face.range.startsWith('U+600-6FF'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
  });

  it('a rarer Arabic letter (Arabic Supplement, U+0750) is still drawn in Noto Naskh Arabic, from the full file', async () => {
    await visit('/ar/');
    const drawn = await page.evaluate(async () => {
      const faces = await document.fonts.load('16px "Noto Naskh Arabic"', '\u0750');
      return faces.map((face) => face.unicodeRange);
    });
    expect(drawn.some((range) => range.startsWith('U+750-77F'))).toBe(true);
    expect(fontFiles.some((file) => file.startsWith('noto-naskh-arabic-arabic-400-normal'))).toBe(true);
  });

  it('English and French pages fetch no Arabic font (the word "العربية" in the language menu uses the system font)', async () => {
    for (const path of ['/en/', '/fr/documents/']) {
      await visit(path);
      expect(fontFiles.some((file) => file.startsWith('noto-sans-latin-400-normal')), path).toBe(true);
      expect(fontFiles.filter((file) => file.startsWith('noto-naskh-arabic-')), path).toEqual([]);
    }
  });

  it('an Arabic pledge title in the French directory is drawn in Noto Naskh Arabic (core cut)', async () => {
    await visit('/fr/pledges/');
    const title = page.locator('main a[lang="ar"]').first();
    expect(await title.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
    expect(fontFiles.some((file) => file.startsWith('noto-naskh-arabic-core-400-normal'))).toBe(true);
  });
});
