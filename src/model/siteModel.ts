import type { ValidatedContent } from '../content/loadValidatedContent.ts';
import type { ReferenceData } from '../content/referenceFiles.ts';
import type { SiteConfig } from '../schemas/siteConfig.ts';
import type { DocumentEntry } from '../schemas/document.ts';
import type { FocusArea, Pillar } from '../schemas/focusArea.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Country, CountryGroupId, RegionId } from '../schemas/reference.ts';
import type { DocumentTypeId, PledgeStatus } from '../schemas/vocabularies.ts';
import { derivePledgeView, type PledgeView } from './pledgeView.ts';
import { buildMembership, type Membership } from './membership.ts';
import { activityOf, type ActivityItem } from './activity.ts';
import { summarize, type Totals } from './totals.ts';

/** What the site model is built from (validated content with rendered documents). */
export type SiteInput = Pick<ValidatedContent, 'site' | 'reference' | 'focusAreas' | 'organisations' | 'pledges' | 'documents' | 'milestones'>;

/**
 * Everything the pages show, computed once per build: entries in display
 * order and the indexes pages look things up in.
 */
export interface SiteModel {
  /** The build's "as of" date (YYYY-MM-DD, see asOfDate.ts): "today" for stale flags, current group membership and totals; never used to date a citation. */
  asOf: string;
  /** Who publishes the site and on what terms (site.config.yaml). */
  site: SiteConfig;
  reference: ReferenceData;
  /** Dated membership of the LDC, LLDC and SIDS groups: ask it "as of when?". */
  membership: Membership;
  countryByAlpha3: ReadonlyMap<string, Country>;
  focusAreas: FocusArea[];
  focusAreaById: ReadonlyMap<string, FocusArea>;
  pillarById: ReadonlyMap<string, { pillar: Pillar; focusArea: FocusArea }>;
  organisations: Organisation[];
  organisationById: ReadonlyMap<string, Organisation>;
  /** Pledges, newest announcement first. */
  pledges: PledgeView[];
  /** Pledges, largest estimated value first; those without a value last. */
  pledgesByValue: PledgeView[];
  pledgeById: ReadonlyMap<string, PledgeView>;
  pledgesByPledger: ReadonlyMap<string, PledgeView[]>;
  pledgesByCountry: ReadonlyMap<string, PledgeView[]>;
  pledgesByFocusArea: ReadonlyMap<string, PledgeView[]>;
  pledgesByRegion: ReadonlyMap<RegionId, PledgeView[]>;
  /** Regional pledges: those that name an ITU-D region itself (not only through their countries), by region. */
  pledgesNamingRegion: ReadonlyMap<RegionId, PledgeView[]>;
  /** Worldwide pledges (`global: true`), newest first. */
  globalPledges: PledgeView[];
  /** Pledges by the groups they targeted when they were announced. */
  pledgesByGroup: ReadonlyMap<CountryGroupId, PledgeView[]>;
  pledgesByStatus: ReadonlyMap<PledgeStatus, PledgeView[]>;
  /** Countries with at least one pledge, by alpha-3 code. */
  countriesWithPledges: Country[];
  /** Documents, newest first. */
  documents: DocumentEntry[];
  documentById: ReadonlyMap<string, DocumentEntry>;
  documentsByType: ReadonlyMap<DocumentTypeId, DocumentEntry[]>;
  /** The newer version of a document, by the id of the document it supersedes (`revises` read backwards). */
  supersededBy: ReadonlyMap<string, DocumentEntry>;
  documentsByFocusArea: ReadonlyMap<string, DocumentEntry[]>;
  /** Official milestones, oldest first. */
  milestones: Milestone[];
  /** Every announcement and dated progress report across all pledges, newest first. */
  activity: ActivityItem[];
  /** Headline figures over all pledges. */
  totals: Totals;
  /** Memoised totals of any list the model indexes (by reference). */
  totalsOf(list: readonly PledgeView[]): Totals;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function newestFirst(a: PledgeView, b: PledgeView): number {
  return b.pledge.announced.date.localeCompare(a.pledge.announced.date) || a.id.localeCompare(b.id);
}

/** Builds the site model from validated content. Indexes are filled in one pass over the pledges. */
export function buildSiteModel(input: SiteInput, asOf: string): SiteModel {
  const countryByAlpha3 = new Map(input.reference.countries.items.map((c) => [c.alpha3, c]));
  const membership = buildMembership(input.reference['group-membership'].items);
  const focusAreas = [...input.focusAreas].sort((a, b) => a.number - b.number);
  const pillarById = new Map(focusAreas.flatMap((focusArea) => focusArea.pillars.map((pillar) => [pillar.id, { pillar, focusArea }] as const)));
  const organisationById = new Map(input.organisations.map((o) => [o.id, o]));

  const pledges = input.pledges
    .map((pledge) => {
      const pledger = organisationById.get(pledge.pledger);
      if (!pledger) throw new Error(`pledge ${pledge.id}: unknown pledger ${pledge.pledger} (content was not validated)`);
      return derivePledgeView(pledge, pledger, countryByAlpha3, membership, asOf);
    })
    .sort(newestFirst);

  const pledgesByPledger = new Map<string, PledgeView[]>();
  const pledgesByCountry = new Map<string, PledgeView[]>();
  const pledgesByFocusArea = new Map<string, PledgeView[]>();
  const pledgesByRegion = new Map<RegionId, PledgeView[]>();
  const pledgesByGroup = new Map<CountryGroupId, PledgeView[]>();
  const pledgesByStatus = new Map<PledgeStatus, PledgeView[]>();
  const pledgesNamingRegion = new Map<RegionId, PledgeView[]>();
  const globalPledges: PledgeView[] = [];
  for (const view of pledges) {
    for (const region of view.pledge.regions) push(pledgesNamingRegion, region, view);
    if (view.pledge.global) globalPledges.push(view);
    push(pledgesByPledger, view.pledger.id, view);
    for (const country of view.countries) push(pledgesByCountry, country.alpha3, view);
    for (const area of view.pledge.focusAreas) push(pledgesByFocusArea, area, view);
    for (const region of view.regions) push(pledgesByRegion, region, view);
    for (const group of ['ldc', 'lldc', 'sids'] as const) if (view.groups[group]) push(pledgesByGroup, group, view);
    push(pledgesByStatus, view.pledge.status, view);
  }

  const documents = [...input.documents].sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.id.localeCompare(b.id));
  const documentsByType = new Map<DocumentTypeId, DocumentEntry[]>();
  const documentsByFocusArea = new Map<string, DocumentEntry[]>();
  for (const document of documents) {
    push(documentsByType, document.meta.type, document);
    for (const area of document.meta.focusAreas) push(documentsByFocusArea, area, document);
  }

  const totalsCache = new WeakMap<readonly PledgeView[], Totals>();
  const totalsOf = (list: readonly PledgeView[]): Totals => {
    let totals = totalsCache.get(list);
    if (!totals) {
      totals = summarize(list);
      totalsCache.set(list, totals);
    }
    return totals;
  };

  return {
    asOf,
    site: input.site,
    reference: input.reference,
    membership,
    countryByAlpha3,
    focusAreas,
    focusAreaById: new Map(focusAreas.map((f) => [f.id, f])),
    pillarById,
    organisations: [...input.organisations].sort((a, b) => a.id.localeCompare(b.id)),
    organisationById,
    pledges,
    pledgesByValue: [...pledges].sort((a, b) => (b.valueUsd ?? -1) - (a.valueUsd ?? -1) || newestFirst(a, b)),
    pledgeById: new Map(pledges.map((p) => [p.id, p])),
    pledgesByPledger,
    pledgesByCountry,
    pledgesByFocusArea,
    pledgesByRegion,
    pledgesByGroup,
    pledgesByStatus,
    pledgesNamingRegion,
    globalPledges,
    countriesWithPledges: [...pledgesByCountry.keys()].sort().map((code) => countryByAlpha3.get(code)).filter((c): c is Country => c !== undefined),
    documents,
    documentById: new Map(documents.map((d) => [d.id, d])),
    documentsByType,
    supersededBy: new Map(documents.flatMap((d) => (d.meta.revises ? [[d.meta.revises, d] as const] : []))),
    documentsByFocusArea,
    milestones: [...input.milestones].sort((a, b) => a.date.localeCompare(b.date)),
    activity: activityOf(pledges),
    totals: summarize(pledges),
    totalsOf,
  };
}
