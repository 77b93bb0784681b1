import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
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

  it('lists 44 least developed countries, 32 landlocked developing countries and 38 small island developing States', () => {
    expect(countries.filter((c) => c.ldc)).toHaveLength(44);
    expect(countries.filter((c) => c.lldc)).toHaveLength(32);
    expect(countries.filter((c) => c.sids)).toHaveLength(38);
  });

  it('reflects graduations: São Tomé and Príncipe and Bhutan are no longer LDCs; Malawi, Haiti and Tuvalu are', () => {
    expect(byAlpha3.get('STP')).toMatchObject({ ldc: false, sids: true });
    expect(byAlpha3.get('BTN')).toMatchObject({ ldc: false, lldc: true });
    expect(byAlpha3.get('MWI')).toMatchObject({ ldc: true, lldc: true });
    expect(byAlpha3.get('HTI')).toMatchObject({ ldc: true, sids: true });
    expect(byAlpha3.get('TUV')).toMatchObject({ ldc: true, sids: true, region: 'asia-pacific' });
  });

  it('says which lists are still to be verified, with a source and a date', () => {
    expect(reference.countries.toBeVerified).toEqual(expect.arrayContaining(['lldc', 'sids', 'region']));
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
