import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { distDir } from '../../support/builtSite.ts';
import { useBrowserSession } from '../../support/browser.ts';

/**
 * The charts as built: the page's weight, and each downloaded SVG opened on its own in the
 * browser (whose XML parser refuses a file that is not well-formed).
 */
const session = useBrowserSession();
const charts = ['by-focus-area', 'by-stakeholder-group', 'by-region', 'country-groups', 'status', 'over-time', 'map'];

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

describe.each(locales)('the built charts in %s', (lang) => {
  it('weigh under 60 kB of HTML gzipped for the page, under 50 kB for the map', () => {
    const html = readFileSync(path.join(distDir, lang, 'data', 'charts', 'index.html'), 'utf8');
    const map = /<figure id="chart-map"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    expect(map.length).toBeGreaterThan(10_000);
    expect(gzipped(html)).toBeLessThan(60_000);
    expect(gzipped(map)).toBeLessThan(50_000);
  });

  it.each(charts)('offer %s as an SVG file the browser opens on its own, with its title', async (chart) => {
    const response = await session.page.goto(`${session.origin}/data/charts/${lang}/${chart}.svg`);
    expect(response?.status()).toBe(200);
    const shown = await session.page.evaluate(() => ({
      root: document.documentElement.tagName,
      error: document.querySelector('parsererror')?.textContent ?? null,
      title: document.querySelector('title')?.textContent ?? '',
      box: (document.documentElement as unknown as SVGSVGElement).getBBox?.().width ?? 0,
    }));
    expect(shown.error).toBeNull();
    expect(shown.root).toBe('svg');
    expect(shown.title.length).toBeGreaterThan(5);
    expect(shown.box).toBeGreaterThan(100);
  });
});
