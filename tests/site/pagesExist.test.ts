import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { rawPledges } from '../support/independentTotals.ts';
import { pageExists, readPage } from '../support/builtSite.ts';

const organisations = readdirSync('content/organisations').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('every entry has its page in all three languages', () => {
  it('pledges', () => {
    for (const pledge of rawPledges) for (const locale of locales) expect(pageExists(`/${locale}/pledges/${pledge.id}/`), `${locale} ${pledge.id}`).toBe(true);
  });

  it('pledgers with pledges', () => {
    const pledging = new Set(rawPledges.map((p) => p.pledger));
    for (const id of organisations.filter((o) => pledging.has(o))) for (const locale of locales) expect(pageExists(`/${locale}/pledgers/${id}/`), `${locale} ${id}`).toBe(true);
  });

  it('countries named by a pledge', () => {
    for (const code of new Set(rawPledges.flatMap((p) => p.countries ?? []))) {
      for (const locale of locales) expect(pageExists(`/${locale}/countries/${code.toLowerCase()}/`), `${locale} ${code}`).toBe(true);
    }
  });

  it('focus areas, groups and regions', () => {
    const paths = ['focus-areas/access', 'focus-areas/adoption', 'focus-areas/value-creation', 'focus-areas/accelerate', 'groups/ldc', 'groups/lldc', 'groups/sids', 'regions/africa', 'regions/cis'];
    for (const p of paths) for (const locale of locales) expect(pageExists(`/${locale}/${p}/`), `${locale} ${p}`).toBe(true);
  });

  it('pages in Arabic are right-to-left and say so on <html>', () => {
    for (const p of ['', 'pledges/ill-001/', 'countries/', 'data/dictionary/']) {
      expect(readPage(`/ar/${p}`)).toMatch(/<html lang="ar" dir="rtl">/);
      expect(readPage(`/fr/${p}`)).toMatch(/<html lang="fr" dir="ltr">/);
    }
  });

  it('marks every pledge page as illustrative', () => {
    for (const pledge of rawPledges) expect(readPage(`/en/pledges/${pledge.id}/`)).toContain('This is an illustrative pledge');
  });
});
