import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';

/**
 * The charts as a reader on a 320 px phone sees them (the narrowest width the site supports):
 * every label inside its chart and clear of every other, and every country of the map a link
 * target of at least 24 × 24 CSS pixels (WCAG 2.2, 2.5.8).
 */
const session = useBrowserSession();

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Per chart on the page: its SVG's box and the box of each of its texts, as drawn. */
async function chartTexts(): Promise<{ chart: string; svg: Box; texts: Box[] }[]> {
  return session.page.evaluate(() => {
    const box = (el: Element, text: string) => {
      const r = el.getBoundingClientRect();
      return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    return [...document.querySelectorAll('figure.chart')].map((figure) => {
      const svg = figure.querySelector('svg.chart-svg') as SVGSVGElement;
      return { chart: figure.id, svg: box(svg, 'svg'), texts: [...svg.querySelectorAll('text')].map((t) => box(t, t.textContent ?? '')) };
    });
  });
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

it('the overlap check itself reports two texts that overlap and a text that leaves its chart', async () => {
  await session.page.setContent(
    '<!doctype html><html lang="en"><title>t</title><figure class="chart" id="self-check"><svg class="chart-svg" viewBox="0 0 100 50" width="100" height="50">' +
      '<text x="2" y="20" font-size="12">Overlapping</text><text x="10" y="22" font-size="12">text</text><text x="60" y="45" font-size="12">Far too long</text><text x="2" y="45" font-size="12">ok</text></svg></figure></html>',
  );
  const [chart] = await chartTexts();
  const texts = chart!.texts;
  expect(overlap(texts[0]!, texts[1]!)).toBe(true);
  expect(overlap(texts[0]!, texts[3]!)).toBe(false);
  expect(texts[2]!.right).toBeGreaterThan(chart!.svg.right);
});

describe.each(locales)('charts at 320 px in %s', (lang) => {
  it('every text stays inside its chart and no two texts overlap', async () => {
    await session.page.setViewportSize({ width: 320, height: 900 });
    await loadSitePage(session.page, session.origin, { path: `/${lang}/data/charts/`, status: 200 });
    const charts = await chartTexts();
    expect(charts.length).toBe(7);
    const problems: string[] = [];
    for (const { chart, svg, texts } of charts) {
      expect(texts.length, chart).toBeGreaterThan(3);
      const where = (b: Box) => `[${Math.round(b.left - svg.left)}, ${Math.round(b.top - svg.top)}, ${Math.round(b.right - svg.left)}, ${Math.round(b.bottom - svg.top)}]`;
      for (const t of texts) {
        if (t.left < svg.left - 0.5 || t.right > svg.right + 0.5 || t.top < svg.top - 0.5 || t.bottom > svg.bottom + 0.5) {
          problems.push(`${chart}: "${t.text}" ${where(t)} leaves the chart [0, 0, ${Math.round(svg.right - svg.left)}, ${Math.round(svg.bottom - svg.top)}]`);
        }
      }
      texts.forEach((a, i) => {
        for (const b of texts.slice(i + 1)) if (overlap(a, b)) problems.push(`${chart}: "${a.text}" ${where(a)} overlaps "${b.text}" ${where(b)}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('every country with pledges on the map is a link target of at least 24 × 24 px', async () => {
    await session.page.setViewportSize({ width: 320, height: 900 });
    await loadSitePage(session.page, session.origin, { path: `/${lang}/data/charts/`, status: 200 });
    const links = await session.page.evaluate(() =>
      [...document.querySelectorAll('#chart-map svg a')].map((a) => {
        const r = a.getBoundingClientRect();
        return { country: a.getAttribute('data-country'), width: r.width, height: r.height };
      }),
    );
    const expected = Number(await session.page.locator('#chart-map').getAttribute('data-countries'));
    expect(links.length).toBe(expected);
    expect(links.length).toBeGreaterThanOrEqual(75);
    expect(links.filter((l) => l.width < 24 || l.height < 24)).toEqual([]);
    // The map keeps its width and scrolls sideways in its own box, which stays within the screen.
    const box = await session.page.evaluate(() => {
      const scroller = document.querySelector('#chart-map .chart-map-scroll') as HTMLElement;
      return { right: scroller.getBoundingClientRect().right, clientWidth: scroller.clientWidth, scrollWidth: scroller.scrollWidth };
    });
    expect(box.right).toBeLessThanOrEqual(320);
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  });
});
