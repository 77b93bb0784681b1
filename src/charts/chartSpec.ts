import { csvFormat } from 'd3';
import type { Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import type { Paint } from './svg/svgMarkup.ts';

/** A cell of a chart's table: text, or text that links somewhere (a country's page, a source) or is in another language. */
export type TableCell = string | { text: string; href?: string; lang?: string };

/** A table of a chart's numbers, as the page shows it (formatted in the page's language). */
export interface ChartTable {
  caption: string;
  /** Column headings; the first column holds each row's heading. */
  columns: readonly { label: string; numeric: boolean }[];
  rows: readonly { cells: readonly TableCell[] }[];
}

/** The data of a chart for reuse: language-neutral column names, raw numbers (USD, shares from 0 to 1). */
export interface ChartData {
  columns: readonly string[];
  rows: readonly Record<string, string | number>[];
}

/**
 * Everything about one chart in one language: what the page shows around it (title, finding,
 * notes, tables), its SVG in either paint, and its data. The page and the downloads are written
 * from the same spec, so they cannot disagree.
 */
export interface ChartSpec {
  /** Stable id: the figure's anchor is #chart-{id}, its files {id}.svg and {id}.csv. */
  id: string;
  /** Where its files live under /data/charts/{lang}/: '' for the dashboard, e.g. 'focus-area/access' for a page's chart. */
  scope: string;
  locale: Locale;
  kind: 'chart' | 'map';
  title: string;
  /** The main finding, one or two sentences (the SVG's <desc>). */
  desc: string;
  /** "Source: …, as of {date}." */
  source: string;
  /** One-line notes under the chart: counting rule, group membership, values. */
  notes: readonly string[];
  /** Whether the data includes illustrative pledges (the caption then says so). */
  illustrative: boolean;
  tables: readonly ChartTable[];
  data: ChartData;
  /** The SVG; `site` makes a downloaded map's links absolute. */
  svg(paint: Paint, site?: URL): string;
}

/** Address of the charts page (the dashboard): /{lang}/data/charts/. */
export function chartsPagePath(locale: Locale): string {
  return localePath(locale, 'data', 'charts');
}

/** Site path of a chart's file. */
export function chartFilePath(spec: Pick<ChartSpec, 'id' | 'scope' | 'locale'>, extension: 'svg' | 'csv'): string {
  return `/data/charts/${spec.locale}/${spec.scope ? `${spec.scope}/` : ''}${spec.id}.${extension}`;
}

/** The figure's anchor (without "#"). */
export function chartAnchor(spec: Pick<ChartSpec, 'id'>): string {
  return `chart-${spec.id}`;
}

/** A chart's data as CSV (RFC 4180, UTF-8 with a byte-order mark for spreadsheets, like the site's other CSV files). */
export function chartCsv(data: ChartData): string {
  return `\uFEFF${csvFormat(data.rows.map((row) => Object.fromEntries(data.columns.map((c) => [c, String(row[c] ?? '')]))), [...data.columns])}\n`;
}
