import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { scaleLinear } from 'd3';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartFigure from '../../../src/components/charts/ChartFigure.astro';
import CountryTimeChart from '../../../src/components/charts/CountryTimeChart.astro';
import FocusAreaCharts from '../../../src/components/charts/FocusAreaCharts.astro';
import GroupCharts from '../../../src/components/charts/GroupCharts.astro';
import HomeChart from '../../../src/components/charts/HomeChart.astro';
import PledgerCharts from '../../../src/components/charts/PledgerCharts.astro';
import RegionCharts from '../../../src/components/charts/RegionCharts.astro';
import { barLayout } from '../../../src/charts/barChart.ts';
import { classOf, mapClasses } from '../../../src/charts/map/mapClasses.ts';
import { chartWidth } from '../../../src/charts/specs/chartContext.ts';
import { dashboardCharts } from '../../../src/charts/specs/chartSets.ts';
import { textWidth } from '../../../src/charts/textWidth.ts';
import { countryName } from '../../../src/i18n/format.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { contentModel, smallModel } from '../../unit/charts/chartModels.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const small = smallModel();
const content = contentModel();

async function figure(locale: Locale, id: string, model = small) {
  const spec = dashboardCharts(model, locale).find((s) => s.id === id)!;
  const html = await container.renderToString(ChartFigure, { props: { locale, spec } });
  return { html, spec, doc: new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') };
}

const num = (el: Element, name: string) => Number(el.getAttribute(name));

describe('a bar chart on the page', () => {
  it('draws each bar as long as the scale makes its value, from the baseline', async () => {
    const { doc } = await figure('en', 'by-focus-area');
    const rows = [...doc.querySelectorAll('svg g[data-key]')];
    expect(rows.map((r) => r.getAttribute('data-key'))).toEqual(['access', 'adoption', 'value-creation', 'accelerate']);
    for (const measure of ['pledges', 'valueUsd']) {
      const bars = rows.map((r) => r.querySelector(`g[data-measure="${measure}"]`)!);
      const values = bars.map((b) => num(b, 'data-value'));
      const labels = bars.map((b) => b.querySelector('text')!.textContent!);
      const longest = Math.max(...labels.map((l) => textWidth(l, 13)));
      const scale = scaleLinear([0, Math.max(...values)], [barLayout.edge, chartWidth - barLayout.edge - barLayout.valueGap - longest]);
      bars.forEach((bar, i) => {
        const rect = bar.querySelector('rect')!;
        expect(num(rect, 'x')).toBe(barLayout.edge);
        expect(num(rect, 'width')).toBeCloseTo(scale(values[i]!) - barLayout.edge, 1);
        expect(rect.getAttribute('class')).toBe(measure === 'pledges' ? 'chart-bar-count' : 'chart-bar-value');
      });
    }
    expect(rows.map((r) => num(r.querySelector('g[data-measure="pledges"]')!, 'data-value'))).toEqual([3, 2, 1, 1]);
  });

  it('holds the same numbers in its table as on its marks', async () => {
    const { doc } = await figure('fr', 'by-focus-area');
    const rows = [...doc.querySelectorAll('svg g[data-key]')];
    const table = [...doc.querySelectorAll('details table tbody tr')];
    expect(table).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const cells = [...table[i]!.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
      const [count, value] = [...row.querySelectorAll('g[data-measure] text')].map((t) => t.textContent!);
      expect(count).toBe(`${cells[1]} ${cells[1] === '1' ? 'promesse' : 'promesses'}`);
      expect(value).toBe(cells[2]);
    });
  });

  it('is a figure with its anchor, a heading, the finding, the illustrative notice, a source line, downloads and a table', async () => {
    const { doc, spec } = await figure('en', 'status');
    const fig = doc.querySelector('figure')!;
    expect(fig.id).toBe('chart-status');
    expect(fig.querySelector('figcaption h2')!.textContent).toBe('Pledges by status');
    expect(fig.querySelector('.chart-finding')!.textContent).toBe(spec.desc);
    expect(fig.querySelector('.chart-illustrative')!.textContent).toContain('Illustrative data');
    const svg = fig.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Pledges by status');
    expect(svg.querySelector('desc')!.textContent).toBe(spec.desc);
    expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title')!.id);
    expect(fig.querySelector('.chart-notes a')!.getAttribute('href')).toBe('/en/data/method/');
    expect([...fig.querySelectorAll('.chart-downloads a')].map((a) => a.getAttribute('href'))).toEqual(['/data/charts/en/status.svg', '/data/charts/en/status.csv']);
    expect(fig.querySelector('details summary')!.textContent).toBe('The numbers of this chart');
    expect(fig.querySelector('details table caption')!.textContent).toBe('Pledges by status');
    // The unreported part is labelled under its bar, not only coloured.
    expect(fig.querySelector('g[data-key="announced"] rect.chart-bar-stale')).not.toBeNull();
    expect(fig.querySelector('g[data-key="announced"]')!.textContent).toContain('1 unreported for two years');
  });

  it('emits no script, no style attribute and no hard-coded colour', async () => {
    for (const id of ['by-focus-area', 'by-stakeholder-group', 'by-region', 'country-groups', 'status', 'over-time', 'map']) {
      const { html } = await figure('ar', id, content);
      expect(html).not.toMatch(/<script|\sstyle=|\sfill="#|\sstroke="#|\son[a-z]+=/i);
    }
  });

  it('is mirrored in Arabic: bars grow from the right, labels and legend start at the right', async () => {
    const { doc } = await figure('ar', 'by-region');
    const right = chartWidth - barLayout.edge;
    const bars = [...doc.querySelectorAll('svg g[data-measure] rect')];
    expect(bars.length).toBeGreaterThan(0);
    for (const rect of bars) expect(num(rect, 'x') + num(rect, 'width')).toBeCloseTo(right, 1);
    // Category labels start at the right edge ("start" is the right end of right-to-left text).
    for (const label of doc.querySelectorAll('svg g[data-key] > text')) {
      expect(num(label, 'x')).toBe(right);
      expect(label.getAttribute('text-anchor')).toBeNull();
    }
    // Legend swatches end at the right edge (each item starts at the right).
    for (const swatch of doc.querySelectorAll('svg > rect')) expect(num(swatch, 'x') + num(swatch, 'width')).toBeCloseTo(right, 1);
    expect(doc.querySelector('svg g[data-key] > text')!.textContent).toBe(small.reference.regions.items.find((r) => r.id === 'africa')!.label.ar);
  });

  it('keeps time running left to right in Arabic', async () => {
    const { doc } = await figure('ar', 'over-time');
    for (const panel of doc.querySelectorAll('svg g[data-panel]')) {
      const dots = [...panel.querySelectorAll('circle[data-date]')].map((c) => [c.getAttribute('data-date')!, num(c, 'cx')] as const);
      expect(dots.length).toBeGreaterThan(1);
      const byDate = [...dots].sort((a, b) => a[0].localeCompare(b[0]));
      expect(byDate.map(([, x]) => x)).toEqual([...byDate.map(([, x]) => x)].sort((a, b) => a - b));
      const years = [...panel.querySelectorAll('text[text-anchor="middle"]')].map((t) => [Number(t.textContent), num(t, 'x')] as const);
      expect(years.length).toBeGreaterThan(1);
      expect(years.every(([year, x], i) => i === 0 || (year > years[i - 1]![0] && x > years[i - 1]![1]))).toBe(true);
    }
  });
});

describe('the map on the page', () => {
  it('makes every country with pledges a link to its page, with its name and count in a <title> and its class', async () => {
    const { doc, spec } = await figure('en', 'map', content);
    const classes = mapClasses(content.countriesWithPledges.map((c) => content.pledgesByCountry.get(c.alpha3)!.length));
    const links = new Map([...doc.querySelectorAll('svg a')].map((a) => [a.getAttribute('data-country'), a]));
    expect(links.size).toBe(content.countriesWithPledges.length);
    expect(links.size).toBe(75);
    for (const country of content.countriesWithPledges) {
      const count = content.pledgesByCountry.get(country.alpha3)!.length;
      const link = links.get(country.alpha3)!;
      expect(link.getAttribute('href')).toBe(`/en/countries/${country.alpha3.toLowerCase()}/`);
      expect(link.querySelector('title')!.textContent).toBe(`${countryName(country, 'en')}: ${count} ${count === 1 ? 'pledge' : 'pledges'}`);
      const k = classOf(count, classes);
      expect(link.querySelector(`path.chart-map-${k}, circle.chart-marker-${k}`), country.alpha3).not.toBeNull();
    }
    expect(doc.querySelector('figure')!.getAttribute('data-countries')).toBe(String(spec.data.rows.length));
  });

  it('draws the small island States with pledges as markers, Tuvalu included', async () => {
    const { doc } = await figure('fr', 'map', content);
    const islands = ['TUV', 'KIR', 'NRU', 'PLW', 'MHL', 'FSM', 'TON', 'WSM', 'COM', 'LCA', 'VCT', 'KNA', 'GRD', 'DMA', 'BRB', 'ATG'];
    for (const alpha3 of islands) {
      const link = doc.querySelector(`svg a[data-country="${alpha3}"]`);
      expect(link, alpha3).not.toBeNull();
      expect(link!.querySelector('circle[class^="chart-marker-"]'), alpha3).not.toBeNull();
      expect(link!.querySelector('circle.chart-hit'), alpha3).not.toBeNull();
    }
    expect(doc.querySelector('svg a[data-country="TUV"] title')!.textContent).toMatch(/^Tuvalu\u202f: \d+ promesses?$/);
  });

  it('has a legend, a "no pledges" class, territories without data, and the boundaries notice under it', async () => {
    const { doc } = await figure('ar', 'map', content);
    const svg = doc.querySelector('svg')!;
    // Not role="img", which would hide its links: <svg>'s own role (graphics-document).
    expect(svg.getAttribute('role')).toBeNull();
    expect(svg.querySelector('path.chart-map-0')).not.toBeNull();
    expect(svg.querySelector('path.chart-map-nodata')).not.toBeNull();
    const legend = [...svg.querySelectorAll(':scope > text')].map((t) => t.textContent);
    expect(legend).toContain('لا تعهدات');
    expect(legend).toContain('لا بيانات (إقليم)');
    expect(doc.querySelector('.chart-map-notice')!.textContent).toContain('لا تعني الحدود والأسماء المبيّنة');
    expect(doc.querySelector('.chart-map-scroll')!.getAttribute('tabindex')).toBe('0');
  });
});

describe('charts for the pages of a subject', () => {
  const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
    new DOMParser().parseFromString(`<!doctype html><html><body>${await container.renderToString(component, { props })}</body></html>`, 'text/html');

  it('give a focus area its pledges by region and by status, with files of their own and a link to every chart', async () => {
    const doc = await render(FocusAreaCharts, { locale: 'en', model: small, focusArea: 'access', level: 3 });
    expect([...doc.querySelectorAll('figure')].map((f) => f.id)).toEqual(['chart-by-region', 'chart-status']);
    expect(doc.querySelector('figure h3')!.textContent).toBe('Access: pledges by ITU-D region');
    expect(doc.querySelector('.chart-downloads a')!.getAttribute('href')).toBe('/data/charts/en/focus-area/access/by-region.svg');
    expect(doc.querySelector('p.small a')!.getAttribute('href')).toBe('/en/data/charts/');
  });

  it('give a region, a group and a pledger theirs', async () => {
    expect([...(await render(RegionCharts, { locale: 'fr', model: small, region: 'africa' })).querySelectorAll('figure')].map((f) => f.id)).toEqual(['chart-by-focus-area', 'chart-status']);
    expect([...(await render(GroupCharts, { locale: 'ar', model: small, group: 'sids' })).querySelectorAll('figure')].map((f) => f.id)).toEqual(['chart-by-region', 'chart-by-focus-area']);
    expect([...(await render(PledgerCharts, { locale: 'en', model: small, pledger: 'firm' })).querySelectorAll('figure')].map((f) => f.id)).toEqual(['chart-status']);
  });

  it('give a country with pledges a small chart of its pledges over time, and render nothing for a country without', async () => {
    const doc = await render(CountryTimeChart, { locale: 'en', model: small, country: 'mwi' });
    expect(doc.querySelector('figure')!.id).toBe('chart-over-time');
    expect(doc.querySelector('figure h2')!.textContent).toBe('Malawi: pledges over time');
    expect(doc.querySelectorAll('svg g[data-panel]')).toHaveLength(1);
    expect(doc.querySelector('svg circle')).toBeNull();
    expect((await container.renderToString(CountryTimeChart, { props: { locale: 'en', model: small, country: 'BRA' } })).trim()).toBe('');
  });

  it('give the home page its headline chart, the dashboard’s (same files)', async () => {
    const doc = await render(HomeChart, { locale: 'fr', model: small });
    expect(doc.querySelector('figure')!.id).toBe('chart-by-focus-area');
    expect(doc.querySelector('.chart-downloads a')!.getAttribute('href')).toBe('/data/charts/fr/by-focus-area.svg');
  });
});
