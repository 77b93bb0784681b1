import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { inRegion, rawCountries, rawPledges, targets, totalOf } from '../support/independentTotals.ts';
import { figure, listTotals } from '../support/pageFacts.ts';
import { readPage } from '../support/builtSite.ts';

const close = (a: number, b: number) => Math.abs(a - b) < 0.01;

describe('figures on the pages equal the sums over the entries', () => {
  it('home page headline figures', () => {
    const all = totalOf(() => true);
    const ldc = totalOf((p) => targets(p, 'ldc'));
    const pledgers = new Set(rawPledges.map((p) => p.pledger)).size;
    const countries = new Set(rawPledges.flatMap((p) => p.countries ?? [])).size;
    for (const locale of locales) {
      const html = readPage(`/${locale}/`);
      expect(figure(html, 'pledges').text.replace(/\D/g, '')).toBe(String(all.count));
      expect(figure(html, 'pledgers').text.replace(/\D/g, '')).toBe(String(pledgers));
      expect(figure(html, 'countries').text.replace(/\D/g, '')).toBe(String(countries));
      expect(close(figure(html, 'value').value ?? -1, all.value), locale).toBe(true);
      expect(figure(html, 'ldc-share').value).toBe(ldc.count);
      expect(figure(html, 'ldc-share').text.replace(/\D/g, '')).toBe(String(Math.round((100 * ldc.count) / all.count)));
    }
  });

  it('pledge directory and status pages', () => {
    for (const locale of locales) {
      expect(listTotals(readPage(`/${locale}/pledges/`))).toEqual(totalOf(() => true));
      for (const status of ['announced', 'in-progress', 'completed', 'discontinued']) {
        expect(listTotals(readPage(`/${locale}/pledges/status/${status}/`)), status).toEqual(totalOf((p) => p.status === status));
      }
    }
  });

  it('focus area pages, whose sums may exceed the grand total', () => {
    let sum = 0;
    for (const area of ['access', 'adoption', 'value-creation', 'accelerate']) {
      const expected = totalOf((p) => p.focusAreas.includes(area));
      sum += expected.count;
      for (const locale of locales) expect(listTotals(readPage(`/${locale}/focus-areas/${area}/`)), area).toEqual(expected);
    }
    expect(sum).toBeGreaterThanOrEqual(rawPledges.length);
  });

  it('country, group and region pages', () => {
    const named = [...new Set(rawPledges.flatMap((p) => p.countries ?? []))];
    for (const code of named) {
      const expected = totalOf((p) => (p.countries ?? []).includes(code));
      for (const locale of locales) expect(listTotals(readPage(`/${locale}/countries/${code.toLowerCase()}/`)), code).toEqual(expected);
    }
    for (const group of ['ldc', 'lldc', 'sids'] as const) {
      for (const locale of locales) expect(listTotals(readPage(`/${locale}/groups/${group}/`)), group).toEqual(totalOf((p) => targets(p, group)));
    }
    for (const region of new Set(rawCountries.map((c) => c.region))) {
      for (const locale of locales) expect(listTotals(readPage(`/${locale}/regions/${region}/`)), region).toEqual(totalOf((p) => inRegion(p, region)));
    }
  });

  it('pledger pages', () => {
    for (const pledger of new Set(rawPledges.map((p) => p.pledger))) {
      for (const locale of locales) expect(listTotals(readPage(`/${locale}/pledgers/${pledger}/`)), pledger).toEqual(totalOf((p) => p.pledger === pledger));
    }
  });
});
