import { describe, expect, it } from 'vitest';
import { derivePledgeView } from '../../src/model/pledgeView.ts';
import { summarize } from '../../src/model/totals.ts';
import { pledgeSchema, type Pledge } from '../../src/schemas/pledge.ts';
import type { Organisation } from '../../src/schemas/organisation.ts';
import { buildMembership } from '../../src/model/membership.ts';
import { groupMembershipSchema, type Country } from '../../src/schemas/reference.ts';

const countries = new Map<string, Country>([
  ['MWI', { alpha2: 'MW', alpha3: 'MWI', numeric: '454', region: 'africa' }],
  ['FJI', { alpha2: 'FJ', alpha3: 'FJI', numeric: '242', region: 'asia-pacific' }],
  ['FRA', { alpha2: 'FR', alpha3: 'FRA', numeric: '250', region: 'europe' }],
  ['NPL', { alpha2: 'NP', alpha3: 'NPL', numeric: '524', region: 'asia-pacific' }],
]);
const membership = buildMembership(
  [
    { country: 'MWI', group: 'ldc' },
    { country: 'MWI', group: 'lldc' },
    { country: 'FJI', group: 'sids' },
    { country: 'NPL', group: 'lldc' },
    { country: 'NPL', group: 'ldc', until: '2026-11-24', untilBasis: 'A/RES/76/8', untilStatus: 'scheduled' },
  ].map((item) => groupMembershipSchema.parse(item)),
);
const viewOf = (p: Pledge, today: string, org: Organisation = pledger) => derivePledgeView(p, org, countries, membership, today);
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
    const view = viewOf(pledge({ countries: ['MWI', 'FJI'] }), '2024-06-01');
    expect(view.groups).toEqual({ ldc: true, lldc: true, sids: true });
    expect(viewOf(pledge({ countries: ['FRA'] }), '2024-06-01').groups).toEqual({ ldc: false, lldc: false, sids: false });
  });

  it('derives its regions from its countries, plus those it names', () => {
    const view = viewOf(pledge({ countries: ['MWI'], regions: ['arab-states'] }), '2024-06-01');
    expect(view.regions).toEqual(['africa', 'arab-states']);
  });

  it('takes the US-dollar value as given for other currencies', () => {
    const view = viewOf(pledge({ estimatedValue: { amount: 1000, currency: 'EUR', usd: 1080, rateDate: '2024-01-10' } }), '2024-06-01');
    expect(view.valueUsd).toBe(1080);
  });

  it('flags an open pledge with no report for two years, and not a completed one', () => {
    const open = pledge({ updates: [{ date: '2024-02-01', status: 'in-progress', originalLanguage: 'en', text: { en: 'Started.' } }], status: 'in-progress' });
    expect(viewOf(open, '2026-01-31').stale).toBe(false);
    expect(viewOf(open, '2026-02-01').stale).toBe(true);
    const done = pledge({ updates: [{ date: '2024-02-01', status: 'completed', originalLanguage: 'en', text: { en: 'Done.' } }], status: 'completed' });
    expect(viewOf(done, '2030-01-01').stale).toBe(false);
  });
});

describe('dated group membership', () => {
  it('counts a pledge by the groups its countries belonged to when it was announced, whatever happened since', () => {
    const before = pledge({ countries: ['NPL'], announced: { date: '2024-02-12' } });
    const after = pledge({ countries: ['NPL'], announced: { date: '2026-11-24' } });
    expect(viewOf(before, '2026-11-29').groups).toEqual({ ldc: true, lldc: true, sids: false });
    expect(viewOf(after, '2026-11-29').groups).toEqual({ ldc: false, lldc: true, sids: false });
  });

  it('answers for a country on any day: a member until the day before its graduation takes effect', () => {
    expect(membership.isMember('NPL', 'ldc', '2026-11-23')).toBe(true);
    expect(membership.isMember('NPL', 'ldc', '2026-11-24')).toBe(false);
    expect(membership.groupsOf('NPL', '2026-11-29')).toEqual(['lldc']);
    expect(membership.membersOn('ldc', '2026-01-01')).toEqual(['MWI', 'NPL']);
    expect(membership.membersOn('ldc', '2026-12-01')).toEqual(['MWI']);
  });

  it('rejects a graduation date without the decision that set it and its status', () => {
    const result = groupMembershipSchema.safeParse({ country: 'NPL', group: 'ldc', until: '2026-11-24' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['untilBasis', 'untilStatus']);
  });
});

describe('totals', () => {
  it('count each pledge once, whatever its number of focus areas, and each pledger and country once', () => {
    const views = [
      viewOf(pledge({ id: 'a', focusAreas: ['access', 'adoption'], countries: ['MWI'], estimatedValue: { amount: 100, currency: 'USD' } }), '2024-06-01'),
      viewOf(pledge({ id: 'b', countries: ['MWI', 'FJI'], estimatedValue: { amount: 50, currency: 'USD' } }), '2024-06-01'),
      viewOf(pledge({ id: 'c', countries: [], global: true }), '2024-06-01', other),
    ];
    expect(summarize(views)).toEqual({
      pledges: 3, pledgers: 2, countries: 2, valueUsd: 150, valued: 2, ldcPledges: 2, ldcShare: 2 / 3, ldcValueUsd: 150, illustrative: 3,
    });
  });

  it('are zero for an empty list', () => {
    expect(summarize([])).toMatchObject({ pledges: 0, valueUsd: 0, ldcShare: 0 });
  });
});
