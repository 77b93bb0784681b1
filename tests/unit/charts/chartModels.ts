import { loadValidatedContent } from '../../../src/content/loadValidatedContent.ts';
import { buildSiteModel, type SiteModel } from '../../../src/model/siteModel.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { pledgeSchema } from '../../../src/schemas/pledge.ts';

/** "Today" of the test models: fixed, so that staleness does not move with the clock. */
export const testAsOf = '2025-06-01';

/** The site model of the shipped content (today's 40 illustrative pledges). */
export function contentModel(): SiteModel {
  return buildSiteModel(loadValidatedContent(), testAsOf);
}

const organisations = [
  organisationSchema.parse({ id: 'gov', illustrative: true, originalLanguage: 'en', name: { en: 'Example Ministry' }, stakeholderGroup: 'government', country: 'MWI' }),
  organisationSchema.parse({ id: 'firm', illustrative: true, originalLanguage: 'fr', name: { fr: 'Exemple SA' }, stakeholderGroup: 'private-sector', country: 'FRA' }),
];

const base = { illustrative: true, originalLanguage: 'en', title: { en: 'T' }, summary: { en: 'S' }, pledgeType: 'programmatic', startYear: 2022 };

/**
 * Six pledges with known numbers, for charts whose marks the tests compute by hand:
 * - focus areas: access 3 (p1, p2, p6), adoption 2 (p1, p5), accelerate 1 (p3), value creation 1 (p4);
 * - values: p1 $1M, p2 $3M, p4 $540,000 (from EUR), p5 $2M; p3 and p6 state none;
 * - regions: africa (p1, p6), asia-pacific (p2, p4), europe and arab-states (p5), p3 worldwide;
 * - groups at announcement: LDC p1, p6 (Malawi), p4 (Tuvalu, Kiribati); LLDC p1, p6; SIDS p2 (Fiji), p4;
 * - status: in progress p1 (no report since 2022: stale), p5; completed p2; announced p3 (no report since 2021: stale), p6;
 *   discontinued p4.
 */
export function smallModel(): SiteModel {
  const content = loadValidatedContent();
  const pledges = [
    { id: 'p1', pledger: 'gov', focusAreas: ['access', 'adoption'], countries: ['MWI'], estimatedValue: { amount: 1_000_000, currency: 'USD' }, status: 'in-progress', announced: { date: '2022-06-10' } },
    { id: 'p2', pledger: 'firm', focusAreas: ['access'], countries: ['FJI'], estimatedValue: { amount: 3_000_000, currency: 'USD' }, status: 'completed', announced: { date: '2023-01-15' } },
    { id: 'p3', pledger: 'gov', focusAreas: ['accelerate'], global: true, status: 'announced', announced: { date: '2021-12-01' } },
    { id: 'p4', pledger: 'firm', focusAreas: ['value-creation'], countries: ['TUV', 'KIR'], estimatedValue: { amount: 500_000, currency: 'EUR', usd: 540_000, rateDate: '2024-03-01' }, status: 'discontinued', announced: { date: '2024-03-03' } },
    {
      id: 'p5', pledger: 'firm', focusAreas: ['adoption'], countries: ['FRA'], regions: ['arab-states'], estimatedValue: { amount: 2_000_000, currency: 'USD' }, status: 'in-progress', announced: { date: '2023-05-05' },
      updates: [{ date: '2025-01-01', status: 'in-progress', originalLanguage: 'en', text: { en: 'Under way.' } }],
    },
    { id: 'p6', pledger: 'gov', focusAreas: ['access'], countries: ['MWI'], status: 'announced', announced: { date: '2024-11-20' } },
  ].map((p) => pledgeSchema.parse({ ...base, ...p }));
  return buildSiteModel({ ...content, organisations, pledges }, testAsOf);
}
