import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { buildMembership } from '../../src/model/membership.ts';
import { pledgeStatusSchema, pledgeTypeSchema, stakeholderGroupSchema } from '../../src/schemas/vocabularies.ts';

const { content } = loadContent();
const reference = content!.reference;
const countries = reference.countries.items;
const byAlpha3 = new Map(countries.map((c) => [c.alpha3, c]));

describe('the countries list', () => {
  it('puts every country in exactly one of the six ITU-D regions', () => {
    const regions = new Set(reference.regions.items.map((r) => r.id));
    expect(regions.size).toBe(6);
    expect(new Set(countries.map((c) => c.alpha3)).size).toBe(countries.length);
    for (const country of countries) expect(regions.has(country.region), country.alpha3).toBe(true);
  });

  it('has unique ISO codes that Intl knows', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(new Set(countries.map((c) => c.alpha2)).size).toBe(countries.length);
    expect(new Set(countries.map((c) => c.numeric)).size).toBe(countries.length);
    for (const country of countries) expect(names.of(country.alpha2), country.alpha2).not.toBe(country.alpha2);
  });

  it('records every member of a group as a country of the list, and no count by hand', () => {
    const codes = new Set(countries.map((c) => c.alpha3));
    const items = reference['group-membership'].items;
    for (const item of items) expect(codes.has(item.country), item.country).toBe(true);
    // The counts are the data's, never a number written in a note.
    for (const file of [reference.countries, reference['group-membership'], reference['country-groups']]) {
      expect(file.note ?? '').not.toMatch(/\b\d{2} (LDCs|LLDCs|SIDS|countries)\b/);
    }
  });

  it('reflects graduations: São Tomé and Príncipe and Bhutan have left the LDCs; Malawi, Haiti and Tuvalu have not', () => {
    const membership = buildMembership(reference['group-membership'].items);
    const on = '2026-06-01';
    expect(membership.groupsOf('STP', on)).toEqual(['sids']);
    expect(membership.groupsOf('BTN', on)).toEqual(['lldc']);
    expect(membership.groupsOf('MWI', on)).toEqual(['ldc', 'lldc']);
    expect(membership.groupsOf('HTI', on)).toEqual(['ldc', 'sids']);
    expect(membership.groupsOf('TUV', on)).toEqual(['ldc', 'sids']);
    expect(byAlpha3.get('TUV')?.region).toBe('asia-pacific');
  });

  it('records the graduations set for 24 November 2026 as scheduled, with their basis, and keeps the past', () => {
    const membership = buildMembership(reference['group-membership'].items);
    for (const code of ['BGD', 'LAO', 'NPL']) {
      const ldc = membership.historyOf(code).find((item) => item.group === 'ldc');
      expect(ldc, code).toMatchObject({ until: '2026-11-24', untilStatus: 'scheduled', untilBasis: expect.objectContaining({ en: expect.stringContaining('A/RES/76/8'), fr: expect.stringContaining('A/RES/76/8'), ar: expect.stringContaining('A/RES/76/8') }) });
      expect(membership.isMember(code, 'ldc', '2026-11-23'), code).toBe(true);
      expect(membership.isMember(code, 'ldc', '2026-11-24'), code).toBe(false);
    }
    expect(membership.historyOf('BGD').find((item) => item.group === 'ldc')?.pending?.en).toMatch(/2029/);
  });

  it('says which lists are still to be verified, with a source and a date', () => {
    expect(reference.countries.toBeVerified).toEqual(['region']);
    expect(reference['group-membership'].toBeVerified).toEqual(expect.arrayContaining(['lldc', 'sids']));
    expect(reference.countries.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reference.countries.source.length).toBeGreaterThan(50);
  });
});

describe('controlled vocabularies', () => {
  it('label every value the schemas allow, in three languages', () => {
    const ids = (name: 'statuses' | 'pledge-types' | 'stakeholder-groups') => reference[name].items.map((i) => i.id).sort();
    expect(ids('statuses')).toEqual([...pledgeStatusSchema.options].sort());
    expect(ids('pledge-types')).toEqual([...pledgeTypeSchema.options].sort());
    expect(ids('stakeholder-groups')).toEqual([...stakeholderGroupSchema.options].sort());
  });

  it('has the 17 SDGs and the 11 WSIS action lines', () => {
    expect(reference.sdgs.items.map((s) => s.id)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(reference['wsis-action-lines'].items.map((w) => w.id)).toEqual(Array.from({ length: 11 }, (_, i) => `C${i + 1}`));
  });
});
