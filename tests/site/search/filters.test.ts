import { beforeAll, describe, expect, it } from 'vitest';
import type { PledgeExportFile, PledgeExportRecord } from '../../../src/export/pledgeExport.ts';
import { currentExport } from '../../../src/export/exportVersions.ts';
import type { FilterKey } from '../../../src/search/filterFields.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { allResultUrls, openSearch } from './searchSession.ts';

/** Whether a pledge of the data export (its current format, /data/v2/) has a filter's value: the export is the reference the search must agree with. */
const hasValue: Record<Exclude<FilterKey, 'type'>, (pledge: PledgeExportRecord, value: string) => boolean> = {
  focus: (p, v) => p.focusAreas.includes(v),
  stakeholder: (p, v) => p.stakeholderGroup === v,
  group: (p, v) => (v === 'ldc' ? p.targetsLdc : v === 'lldc' ? p.targetsLldc : v === 'sids' ? p.targetsSids : false),
  region: (p, v) => (p.regions as readonly string[]).includes(v),
  country: (p, v) => p.countries.includes(v),
  status: (p, v) => p.status === v,
  pledgeType: (p, v) => p.pledgeType === v,
  year: (p, v) => p.announcedDate.startsWith(v),
  lang: (p, v) => p.originalLanguage === v,
};

/** Every value a filter takes in the export, most frequent first. */
function valuesOf(pledges: readonly PledgeExportRecord[], key: Exclude<FilterKey, 'type'>): string[] {
  const raw: Record<typeof key, (p: PledgeExportRecord) => string[]> = {
    focus: (p) => p.focusAreas,
    stakeholder: (p) => [p.stakeholderGroup],
    group: (p) => [p.targetsLdc ? 'ldc' : '', p.targetsLldc ? 'lldc' : '', p.targetsSids ? 'sids' : ''].filter(Boolean),
    region: (p) => p.regions,
    country: (p) => p.countries,
    status: (p) => [p.status],
    pledgeType: (p) => [p.pledgeType],
    year: (p) => [p.announcedDate.slice(0, 4)],
    lang: (p) => [p.originalLanguage],
  };
  const counts = new Map<string, number>();
  for (const p of pledges) for (const v of raw[key](p)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

const pledgeIdOf = (url: string) => /\/pledges\/([^/]+)\/$/.exec(url)?.[1];

const session = useBrowserSession();
let pledges: PledgeExportRecord[] = [];

beforeAll(async () => {
  pledges = ((await (await fetch(`${session.origin}${currentExport.json}`)).json()) as PledgeExportFile).pledges;
});

describe('each filter lists exactly the pledges of the data export that have its value', () => {
  for (const key of Object.keys(hasValue) as Exclude<FilterKey, 'type'>[]) {
    it(`${key}: its most and least frequent values`, async () => {
      const values = valuesOf(pledges, key);
      expect(values.length, `values of ${key} in the export`).toBeGreaterThan(0);
      for (const value of new Set([values[0] as string, values.at(-1) as string])) {
        await openSearch(session.page, session.origin, 'en', `?type=pledge&${key}=${encodeURIComponent(value)}`);
        const found = (await allResultUrls(session.page)).map(pledgeIdOf);
        const expected = pledges.filter((p) => hasValue[key](p, value)).map((p) => p.id);
        expect(new Set(found), `${key}=${value}`).toEqual(new Set(expected));
        // The menu shows the same number next to the value.
        const option = await session.page.locator(`select[data-filter="${key}"] option[value="${value}"]`).textContent();
        expect(option, `${key}=${value} menu`).toContain(`(${expected.length})`);
      }
    });
  }

  it('filters narrow a query too (every result has the value), in French and Arabic as in English', async () => {
    for (const [lang, query] of [['en', '?q=digital&status=completed'], ['fr', '?q=numerique&status=completed'], ['ar', '?q=الرقمية&status=completed']] as const) {
      await openSearch(session.page, session.origin, lang, query);
      const ids = (await allResultUrls(session.page)).map(pledgeIdOf);
      expect(ids.length, query).toBeGreaterThan(0);
      for (const id of ids) expect(pledges.find((p) => p.id === id)?.status, `${lang} ${id}`).toBe('completed');
    }
  });

  it('the type filter keeps one kind of entry', async () => {
    for (const [type, part] of [['document', '/documents/'], ['country', '/countries/'], ['pledger', '/pledgers/'], ['focus-area', '/focus-areas/']] as const) {
      await openSearch(session.page, session.origin, 'ar', `?type=${type}`);
      const urls = await allResultUrls(session.page);
      expect(urls.length, type).toBeGreaterThan(0);
      for (const url of urls) expect(url, type).toContain(`/ar${part}`);
    }
  });
});

describe('orders', () => {
  it('largest estimated value first, pledges without a value last', async () => {
    await openSearch(session.page, session.origin, 'en', '?type=pledge&sort=value');
    const values = (await allResultUrls(session.page)).map((url) => pledges.find((p) => p.id === pledgeIdOf(url))?.valueUsd ?? -1);
    expect(values).toHaveLength(pledges.length);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
  it('largest value first within a query and a filter', async () => {
    await openSearch(session.page, session.origin, 'fr', '?q=numerique&type=pledge&sort=value');
    const values = (await allResultUrls(session.page)).map((url) => pledges.find((p) => p.id === pledgeIdOf(url))?.valueUsd ?? -1);
    expect(values.length).toBeGreaterThan(1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
  it('newest first, with and without a query', async () => {
    for (const query of ['?type=pledge&sort=date', '?type=pledge', '?q=women&type=pledge&sort=date']) {
      await openSearch(session.page, session.origin, 'en', query);
      const dates = (await allResultUrls(session.page)).map((url) => pledges.find((p) => p.id === pledgeIdOf(url))?.announcedDate ?? '');
      expect(dates.length, query).toBeGreaterThan(1);
      expect(dates, query).toEqual([...dates].sort().reverse());
    }
  });
});
