import { readFileSync } from 'node:fs';
import { lab, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartPalette, chartTokens, classPaint, type ChartToken } from '../../../src/charts/palette.ts';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Colours that carry data (bars, lines, map classes) and the texts of the charts. */
const dataTokens: ChartToken[] = ['chart-count', 'chart-value', 'chart-stale', 'chart-official', 'chart-directory', 'chart-map-0', 'chart-map-1', 'chart-map-2', 'chart-map-3', 'chart-map-4'];

describe('the charts’ colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`have a contrast of at least 3:1 against the background and the ocean in the ${scheme} scheme; text 4.5:1`, () => {
      const colours = chartPalette[scheme];
      const low = dataTokens.flatMap((token) =>
        (['chart-bg', 'chart-ocean'] as const).map((against) => [token, against, contrast(colours[token], colours[against])] as const).filter(([, , ratio]) => ratio < 3),
      );
      expect(low).toEqual([]);
      expect(contrast(colours['chart-text'], colours['chart-bg'])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colours['chart-muted'], colours['chart-bg'])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('print in greys whose neighbouring classes differ by at least 15 in CIE L*', () => {
    const L = (token: ChartToken) => lab(chartPalette.print[token]).l;
    for (const token of chartTokens) {
      const { a, b } = lab(chartPalette.print[token]);
      expect(Math.hypot(a, b), `${token} is grey`).toBeLessThan(1);
    }
    const neighbours: [ChartToken, ChartToken][] = [
      ['chart-map-nodata', 'chart-map-0'],
      ['chart-map-0', 'chart-map-1'],
      ['chart-map-1', 'chart-map-2'],
      ['chart-map-2', 'chart-map-3'],
      ['chart-map-3', 'chart-map-4'],
      ['chart-count', 'chart-value'],
      ['chart-count', 'chart-stale'],
      ['chart-official', 'chart-directory'],
    ];
    for (const [a, b] of neighbours) expect(Math.abs(L(a) - L(b)), `${a} / ${b}`).toBeGreaterThanOrEqual(15);
  });

  it('are declared with the same values in src/styles/charts.css, for each scheme', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const block = (start: number) => Object.fromEntries([...css.slice(start, css.indexOf('}', start)).matchAll(/--(chart-[\w-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));
    expect(block(css.indexOf(':root {'))).toEqual(chartPalette.light);
    expect(block(css.indexOf(':root {', css.indexOf('prefers-color-scheme: dark')))).toEqual(chartPalette.dark);
    expect(block(css.indexOf(':root {', css.indexOf('@media print')))).toEqual(chartPalette.print);
  });

  it('paint each class of the SVG in charts.css as a downloaded SVG paints it', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    for (const [className, paint] of Object.entries(classPaint) as [string, { fill?: string; stroke?: string }][]) {
      const rule = new RegExp(`^\\.${className} \\{([^}]*)\\}`, 'm').exec(css)?.[1] ?? '';
      const stroke = paint.stroke;
      expect(rule, className).toContain(paint.fill ? `fill: var(--${paint.fill});` : 'fill: none;');
      if (stroke) expect(rule, className).toContain(`stroke: var(--${stroke});`);
    }
  });
});
