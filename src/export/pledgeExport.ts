import { z } from 'zod';
import { routes } from '../i18n/paths.ts';
import { countryName } from '../i18n/format.ts';
import type { PledgeView } from '../model/pledgeView.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { labelOf } from '../model/vocabulary.ts';

/** Version of the export format; see exportChangelog.ts. Bump it with every change to the records. */
export const exportSchemaVersion = '1.0.0';

const text = z.string().nullable();

/** One pledge in the open-data export: controlled values as codes, each with its English label. */
export const pledgeExportRecordSchema = z.object({
  id: z.string().describe('Stable id of the pledge; never changed, never reused.'),
  illustrative: z.boolean().describe('True for illustrative entries, which are not real pledges.'),
  url: z.string().describe('Address of the pledge’s page (English).'),
  pledgerId: z.string().describe('Id of the pledging organisation.'),
  pledgerName: z.string().describe('Name of the pledger in its original language.'),
  pledgerNameEn: text.describe('Name of the pledger in English, if given.'),
  stakeholderGroup: z.string().describe('Stakeholder group code of the pledger.'),
  stakeholderGroupLabel: z.string().describe('Stakeholder group, in English.'),
  pledgerCountry: z.string().describe('Home country of the pledger (ISO 3166-1 alpha-3).'),
  originalLanguage: z.enum(['en', 'fr', 'ar']).describe('Language the pledge was written in.'),
  titleEn: text.describe('Title in English, if given.'),
  titleFr: text.describe('Title in French, if given.'),
  titleAr: text.describe('Title in Arabic, if given.'),
  summaryEn: text.describe('Summary in English, if given.'),
  summaryFr: text.describe('Summary in French, if given.'),
  summaryAr: text.describe('Summary in Arabic, if given.'),
  focusAreas: z.array(z.string()).describe('Focus area codes.'),
  focusAreaLabels: z.array(z.string()).describe('Focus areas, in English.'),
  pillars: z.array(z.string()).describe('Pillar codes.'),
  pledgeType: z.string().describe('Pledge type code.'),
  pledgeTypeLabel: z.string().describe('Pledge type, in English.'),
  status: z.string().describe('Status code.'),
  statusLabel: z.string().describe('Status, in English.'),
  countries: z.array(z.string()).describe('Countries of implementation (ISO 3166-1 alpha-3).'),
  countryNames: z.array(z.string()).describe('Countries of implementation, in English.'),
  regions: z.array(z.string()).describe('ITU-D regions of implementation (derived from the countries, plus those named).'),
  global: z.boolean().describe('Implemented worldwide.'),
  targetsLdc: z.boolean().describe('Names at least one least developed country (derived).'),
  targetsLldc: z.boolean().describe('Names at least one landlocked developing country (derived).'),
  targetsSids: z.boolean().describe('Names at least one small island developing State (derived).'),
  amount: z.number().nullable().describe('Estimated value in the pledged currency.'),
  currency: z.string().nullable().describe('ISO 4217 code of the pledged currency.'),
  valueUsd: z.number().nullable().describe('Estimated value in US dollars.'),
  rateDate: z.string().nullable().describe('Date of the exchange rate used for valueUsd, when the currency is not USD.'),
  startYear: z.number().int().describe('First year of implementation.'),
  endYear: z.number().int().nullable().describe('Last year of implementation.'),
  sdgs: z.array(z.number().int()).describe('Sustainable Development Goals targeted.'),
  wsisActionLines: z.array(z.string()).describe('WSIS action lines (C1–C11).'),
  beneficiaryGroups: z.array(z.string()).describe('Beneficiary group codes.'),
  announcedDate: z.string().describe('Day the pledge was announced.'),
  announcedEvent: z.string().nullable().describe('Event code where it was announced.'),
  sourceUrl: z.string().nullable().describe('Public page the pledge comes from.'),
  lastUpdated: z.string().describe('Day of the latest announcement or progress update.'),
  updates: z
    .array(z.object({ date: z.string(), status: z.string().nullable(), originalLanguage: z.string(), text: z.record(z.string(), z.string()) }))
    .describe('Dated progress updates, oldest first.'),
});

/** The whole export file (/data/pledges.json). */
export const pledgeExportFileSchema = z.object({
  schemaVersion: z.string().describe('Version of this format (semantic versioning); see the data changelog.'),
  generated: z.string().describe('Day the file was generated.'),
  notice: z.string().describe('What the data is, including whether it is illustrative.'),
  count: z.number().int().describe('Number of pledges in the file.'),
  pledges: z.array(pledgeExportRecordSchema),
});

export type PledgeExportRecord = z.infer<typeof pledgeExportRecordSchema>;
export type PledgeExportFile = z.infer<typeof pledgeExportFileSchema>;

/** One pledge as an export record. */
export function toExportRecord(view: PledgeView, model: SiteModel, site: URL): PledgeExportRecord {
  const { pledge } = view;
  const ref = model.reference;
  const value = pledge.estimatedValue;
  return {
    id: view.id,
    illustrative: pledge.illustrative,
    url: new URL(routes.pledge('en', view.id), site).href,
    pledgerId: view.pledger.id,
    pledgerName: view.pledger.name[view.pledger.originalLanguage] ?? '',
    pledgerNameEn: view.pledger.name.en ?? null,
    stakeholderGroup: view.pledger.stakeholderGroup,
    stakeholderGroupLabel: labelOf(ref['stakeholder-groups'], view.pledger.stakeholderGroup, 'en'),
    pledgerCountry: view.pledger.country,
    originalLanguage: pledge.originalLanguage,
    titleEn: pledge.title.en ?? null,
    titleFr: pledge.title.fr ?? null,
    titleAr: pledge.title.ar ?? null,
    summaryEn: pledge.summary.en ?? null,
    summaryFr: pledge.summary.fr ?? null,
    summaryAr: pledge.summary.ar ?? null,
    focusAreas: pledge.focusAreas,
    focusAreaLabels: pledge.focusAreas.map((id) => model.focusAreaById.get(id)?.shortName.en ?? id),
    pillars: pledge.pillars,
    pledgeType: pledge.pledgeType,
    pledgeTypeLabel: labelOf(ref['pledge-types'], pledge.pledgeType, 'en'),
    status: pledge.status,
    statusLabel: labelOf(ref.statuses, pledge.status, 'en'),
    countries: view.countries.map((c) => c.alpha3),
    countryNames: view.countries.map((c) => countryName(c, 'en')),
    regions: view.regions,
    global: pledge.global,
    targetsLdc: view.groups.ldc,
    targetsLldc: view.groups.lldc,
    targetsSids: view.groups.sids,
    amount: value?.amount ?? null,
    currency: value?.currency ?? null,
    valueUsd: view.valueUsd ?? null,
    rateDate: value && value.currency !== 'USD' ? (value.rateDate ?? null) : null,
    startYear: pledge.startYear,
    endYear: pledge.endYear ?? null,
    sdgs: pledge.sdgs,
    wsisActionLines: pledge.wsisActionLines,
    beneficiaryGroups: pledge.beneficiaryGroups,
    announcedDate: pledge.announced.date,
    announcedEvent: pledge.announced.event ?? null,
    sourceUrl: pledge.sourceUrl ?? null,
    lastUpdated: view.lastActivity,
    updates: view.updates.map((u) => ({ date: u.date, status: u.status ?? null, originalLanguage: u.originalLanguage, text: Object.fromEntries(Object.entries(u.text).filter(([, v]) => v)) as Record<string, string> })),
  };
}

/** Notice carried by every export: what the data is. */
export function exportNotice(model: SiteModel): string {
  const { illustrative, pledges } = model.totals;
  return illustrative === pledges
    ? 'All pledges in this file are ILLUSTRATIVE: made-up examples that show how the Partner2Connect directory works. They are not real pledges.'
    : `${illustrative} of the ${pledges} pledges in this file are illustrative (field "illustrative": true): made-up examples, not real pledges.`;
}

/** The whole export, as written to /data/pledges.json. */
export function exportFile(model: SiteModel, site: URL): PledgeExportFile {
  return {
    schemaVersion: exportSchemaVersion,
    generated: model.asOf,
    notice: exportNotice(model),
    count: model.pledges.length,
    pledges: model.pledges.map((view) => toExportRecord(view, model, site)),
  };
}
