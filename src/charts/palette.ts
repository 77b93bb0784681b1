/**
 * The charts' colours: one value per CSS custom property and colour scheme. src/styles/charts.css
 * declares the same values (a unit test compares them), the page's SVG only names classes, and a
 * downloaded SVG carries the light values itself (it has no stylesheet).
 *
 * Rules (tested in tests/unit/charts/palette.test.ts): every colour that carries data has a
 * contrast of at least 3:1 (WCAG 2.2, 1.4.11) against the page background and the ocean, in the
 * light and dark schemes; in print, neighbouring classes differ by at least 15 in CIE L*.
 */

/** The charts' custom properties (without the leading "--"). */
export const chartTokens = [
  'chart-text',
  'chart-muted',
  'chart-grid',
  'chart-bg',
  'chart-ocean',
  'chart-border',
  'chart-count',
  'chart-value',
  'chart-stale',
  'chart-official',
  'chart-directory',
  'chart-map-nodata',
  'chart-map-0',
  'chart-map-1',
  'chart-map-2',
  'chart-map-3',
  'chart-map-4',
] as const;

export type ChartToken = (typeof chartTokens)[number];
export type ChartScheme = 'light' | 'dark' | 'print';

export const chartPalette: Record<ChartScheme, Record<ChartToken, string>> = {
  light: {
    'chart-text': '#1b2430',
    'chart-muted': '#4a5566',
    'chart-grid': '#c9d3de',
    'chart-bg': '#ffffff',
    'chart-ocean': '#f3f6f9',
    'chart-border': '#ffffff',
    'chart-count': '#2a6bb0',
    'chart-value': '#a84b00',
    'chart-stale': '#7b3fa8',
    'chart-official': '#1b2430',
    'chart-directory': '#2a6bb0',
    'chart-map-nodata': '#dde2e8',
    'chart-map-0': '#858f9a',
    'chart-map-1': '#6690c2',
    'chart-map-2': '#4377b3',
    'chart-map-3': '#21548f',
    'chart-map-4': '#0c2f5c',
  },
  dark: {
    'chart-text': '#e8edf3',
    'chart-muted': '#aab6c5',
    'chart-grid': '#3a4657',
    'chart-bg': '#11161d',
    'chart-ocean': '#18202a',
    'chart-border': '#11161d',
    'chart-count': '#6fa8dc',
    'chart-value': '#e39a55',
    'chart-stale': '#c89ef0',
    'chart-official': '#e8edf3',
    'chart-directory': '#6fa8dc',
    'chart-map-nodata': '#2a323d',
    'chart-map-0': '#6b7583',
    'chart-map-1': '#4d86c2',
    'chart-map-2': '#6fa4dc',
    'chart-map-3': '#9cc4ec',
    'chart-map-4': '#cfe3f8',
  },
  // Greys for print, as CIE L* steps (d3.lab(L, 0, 0)): map classes 94, 78, 62, 46, 30, 14;
  // pledges 40 and value 65 side by side; the unreported part 80 inside a bar of 40;
  // official 15 against the directory's 55.
  print: {
    'chart-text': '#000000',
    'chart-muted': '#333333',
    'chart-grid': '#989898',
    'chart-bg': '#ffffff',
    'chart-ocean': '#ffffff',
    'chart-border': '#ffffff',
    'chart-count': '#5e5e5e',
    'chart-value': '#9e9e9e',
    'chart-stale': '#c6c6c6',
    'chart-official': '#262626',
    'chart-directory': '#848484',
    'chart-map-nodata': '#eeeeee',
    'chart-map-0': '#c1c1c1',
    'chart-map-1': '#969696',
    'chart-map-2': '#6d6d6d',
    'chart-map-3': '#474747',
    'chart-map-4': '#242424',
  },
};

/** How each class of the charts' SVG is painted: the custom property of its fill and of its stroke. */
export const classPaint = {
  'chart-label': { fill: 'chart-text' },
  'chart-note': { fill: 'chart-muted' },
  'chart-axis': { stroke: 'chart-grid' },
  'chart-gridline': { stroke: 'chart-grid' },
  'chart-bar-count': { fill: 'chart-count' },
  'chart-bar-value': { fill: 'chart-value' },
  'chart-bar-stale': { fill: 'chart-stale' },
  'chart-line-official': { stroke: 'chart-official' },
  'chart-line-directory': { stroke: 'chart-directory' },
  'chart-dot-official': { fill: 'chart-official', stroke: 'chart-bg' },
  'chart-dot-directory': { fill: 'chart-directory', stroke: 'chart-bg' },
  'chart-ocean': { fill: 'chart-ocean' },
  'chart-leader': { stroke: 'chart-muted' },
  'chart-map-nodata': { fill: 'chart-map-nodata', stroke: 'chart-border' },
  'chart-map-0': { fill: 'chart-map-0', stroke: 'chart-border' },
  'chart-map-1': { fill: 'chart-map-1', stroke: 'chart-border' },
  'chart-map-2': { fill: 'chart-map-2', stroke: 'chart-border' },
  'chart-map-3': { fill: 'chart-map-3', stroke: 'chart-border' },
  'chart-map-4': { fill: 'chart-map-4', stroke: 'chart-border' },
  'chart-marker-0': { fill: 'chart-map-0', stroke: 'chart-text' },
  'chart-marker-1': { fill: 'chart-map-1', stroke: 'chart-text' },
  'chart-marker-2': { fill: 'chart-map-2', stroke: 'chart-text' },
  'chart-marker-3': { fill: 'chart-map-3', stroke: 'chart-text' },
  'chart-marker-4': { fill: 'chart-map-4', stroke: 'chart-text' },
  'chart-swatch-nodata': { fill: 'chart-map-nodata', stroke: 'chart-muted' },
} as const satisfies Record<string, { fill?: ChartToken; stroke?: ChartToken }>;

export type ChartClass = keyof typeof classPaint;

/** Font families written into a downloaded SVG (the page's own, then common fallbacks). */
export const standaloneFonts = {
  latin: "'Noto Sans', Arial, Helvetica, sans-serif",
  arabic: "'Noto Naskh Arabic', 'Noto Sans', Tahoma, Arial, sans-serif",
} as const;
