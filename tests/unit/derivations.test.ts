import { describe, expect, it } from 'vitest';
import { derivePledgeView } from '../../src/model/pledgeView.ts';
import { summarize } from '../../src/model/totals.ts';
import { pledgeSchema, type Pledge } from '../../src/schemas/pledge.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import type { Country } from '../../src/schemas/reference.ts';

const countries = new Map<string, Country>([
  ['MWI', { alpha2: 'MW', alpha3: 'MWI', numeric: '454', region: 'africa', ldc: true, lldc: true, sids: false }],
  ['FJI', { alpha2: 'FJ', alpha3: 'FJI', numeric: '242', region: 'asia-pacific', ldc: false, lldc: false, sids: true }],
  ['FRA', { alpha2: 'FR', alpha3: 'FRA', numeric: '250', region: 'europe', ldc: false, lldc: false, sids: false }],
]);
const pledger: Organisation = { id: 'org', formerIds: [], illustrative: true, originalLanguage: 'en', name: { en: 'Org' }, stakeholderGroup: 'academia', country: 'FRA' };
const other: Organisation = { ...pledger, id: 'other' };

function pledge(overrides: Record<string, unknown>): Pledge {
  return pledgeSchema.parse({
    id: 'p', illustrative: true, pledger: 'org', originalLanguage: 'en', title: { en: 'T' }, summary: { en: 'S' },
    focusAreas: ['access'], pledgeType: 'programmatic', countries: ['FRA'], startYear: 2024, status: 'announced',
    announced: { date: '2024-01-10' }, ...overrides,
  });
}

describe('derived facts of a pledge', () => {
  it('derives LDC, LLDC and SIDS targeting from its countries', () => {
    const view = derivePledgeView(pledge({ countries: ['MWI', 'FJI'] }), pledger, countries, '2024-06-01');
    expect(view.groups).toEqual({ ldc: true, lldc: true, sids: true });
    expect(derivePledgeView(pledge({ countries: ['FRA'] }), pledger, countries, '2024-06-01').groups).toEqual({ ldc: false, lldc: false, sids: false });
  });

  it('derives its regions from its countries, plus those it names', () => {
    const view = derivePledgeView(pledge({ countries: ['MWI'], regions: ['arab-states'] }), pledger, countries, '2024-06-01');
    expect(view.regions).toEqual(['africa', 'arab-states']);
  });

  it('takes the US-dollar value as given for other currencies', () => {
    const view = derivePledgeView(pledge({ estimatedValue: { amount: 1000, currency: 'EUR', usd: 1080, rateDate: '2024-01-10' } }), pledger, countries, '2024-06-01');
    expect(view.valueUsd).toBe(1080);
  });

  it('flags an open pledge with no report for two years, and not a completed one', () => {
    const open = pledge({ updates: [{ date: '2024-02-01', status: 'in-progress', originalLanguage: 'en', text: { en: 'Started.' } }], status: 'in-progress' });
    expect(derivePledgeView(open, pledger, countries, '2026-01-31').stale).toBe(false);
    expect(derivePledgeView(open, pledger, countries, '2026-02-01').stale).toBe(true);
    const done = pledge({ updates: [{ date: '2024-02-01', status: 'completed', originalLanguage: 'en', text: { en: 'Done.' } }], status: 'completed' });
    expect(derivePledgeView(done, pledger, countries, '2030-01-01').stale).toBe(false);
  });
});

describe('totals', () => {
  it('count each pledge once, whatever its number of focus areas, and each pledger and country once', () => {
    const views = [
      derivePledgeView(pledge({ id: 'a', focusAreas: ['access', 'adoption'], countries: ['MWI'], estimatedValue: { amount: 100, currency: 'USD' } }), pledger, countries, '2024-06-01'),
      derivePledgeView(pledge({ id: 'b', countries: ['MWI', 'FJI'], estimatedValue: { amount: 50, currency: 'USD' } }), pledger, countries, '2024-06-01'),
      derivePledgeView(pledge({ id: 'c', countries: [], global: true }), other, countries, '2024-06-01'),
    ];
    expect(summarize(views)).toEqual({
      pledges: 3, pledgers: 2, countries: 2, valueUsd: 150, valued: 2, ldcPledges: 2, ldcShare: 2 / 3, ldcValueUsd: 150, illustrative: 3,
    });
  });

  it('are zero for an empty list', () => {
    expect(summarize([])).toMatchObject({ pledges: 0, valueUsd: 0, ldcShare: 0 });
  });
});
