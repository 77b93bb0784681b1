import { csvParse } from 'd3';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartFilePath } from '../../../src/charts/chartSpec.ts';
import { allCharts, dashboardCharts } from '../../../src/charts/specs/chartSets.ts';
import { chartFiles } from '../../../src/export/chartFiles.ts';
import { exportFiles } from '../../../src/export/exportFiles.ts';
import { locales } from '../../../src/i18n/locales.ts';
import { contentModel } from './chartModels.ts';
import { xmlProblems } from './wellFormedXml.ts';

const model = contentModel();
const site = new URL('https://partner2connect.example.org/');
const files = chartFiles(model, site);
const byPath = new Map(files.map((f) => [f.path, f]));

describe('chart downloads', () => {
  it('are listed with the open data: an SVG and a CSV per chart and language, at stable addresses', () => {
    const all = new Set(exportFiles(model, site).map((f) => f.path));
    expect(files.every((f) => all.has(f.path))).toBe(true);
    expect(byPath.size).toBe(files.length);
    for (const locale of locales) {
      for (const id of ['by-focus-area', 'by-stakeholder-group', 'by-region', 'country-groups', 'status', 'over-time', 'map']) {
        expect(byPath.has(`/data/charts/${locale}/${id}.svg`)).toBe(true);
        expect(byPath.has(`/data/charts/${locale}/${id}.csv`)).toBe(true);
      }
      expect(byPath.has(`/data/charts/${locale}/focus-area/access/by-region.svg`)).toBe(true);
      expect(byPath.has(`/data/charts/${locale}/country/tuv/over-time.csv`)).toBe(true);
      expect(files.filter((f) => f.path.startsWith(`/data/charts/${locale}/`)).length).toBe(allCharts(model, locale).length * 2);
    }
  });

  it('are standalone SVG files: well-formed, with their size, colours, font, title, finding and source', () => {
    for (const file of files.filter((f) => f.path.endsWith('.svg'))) {
      const svg = file.render();
      expect(file.type).toBe('image/svg+xml');
      expect(xmlProblems(svg), file.path).toEqual([]);
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
      const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      expect(root.tagName).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(Number(root.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(root.getAttribute('height'))).toBeGreaterThan(0);
      expect(root.getAttribute('font-family')).toMatch(/Noto/);
      expect(root.querySelector('title')?.textContent?.length).toBeGreaterThan(0);
      expect(root.querySelector('desc')?.textContent?.length).toBeGreaterThan(0);
      // No stylesheet to resolve classes or custom properties: every colour is written out.
      expect(svg).not.toMatch(/\sclass="|var\(--|style=/);
      for (const el of root.querySelectorAll('rect, path, circle, line, text')) {
        expect(el.getAttribute('fill'), `${file.path}: <${el.tagName}>`).toMatch(/^(#[0-9a-f]{6}|none)$/);
      }
    }
  });

  it('say in the file where the data comes from, and that it is illustrative', () => {
    const svg = byPath.get('/data/charts/fr/status.svg')!.render();
    expect(svg).toContain('Source\u202f: les promesses de ce répertoire');
    expect(svg).toContain('https://partner2connect.example.org/fr/data/charts/');
    expect(svg).toContain('Données fictives');
    const map = byPath.get('/data/charts/ar/map.svg')!.render();
    expect(map).toContain('لا تعني الحدود والأسماء المبيّنة');
    expect(map).toContain('direction="rtl"');
    // The map's links are absolute, and the page's invisible hit areas are left out.
    expect(map).toContain('href="https://partner2connect.example.org/ar/countries/tuv/"');
    expect(map).not.toContain('chart-hit');
  });

  it('give each chart’s rows as CSV, under language-neutral headers', () => {
    for (const locale of locales) {
      for (const spec of dashboardCharts(model, locale)) {
        const csv = byPath.get(chartFilePath(spec, 'csv'))!.render();
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const rows = csvParse(csv.slice(1));
        expect(rows.columns).toEqual(spec.data.columns);
        expect(rows.length).toBe(spec.data.rows.length);
        rows.forEach((row, i) => {
          for (const column of spec.data.columns) expect(row[column], `${spec.id} ${column}`).toBe(String(spec.data.rows[i]![column] ?? ''));
        });
      }
    }
    const map = csvParse(byPath.get('/data/charts/en/map.csv')!.render().slice(1));
    expect(map.length).toBe(model.countriesWithPledges.length);
    expect(map.find((r) => r.country === 'TUV')).toMatchObject({ numeric: '798', label: 'Tuvalu' });
  });
});
