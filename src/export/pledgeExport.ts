import { z } from 'zod';
import { routes } from '../i18n/paths.ts';
import { countryName } from '../i18n/format.ts';
import type { PledgeView } from '../model/pledgeView.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { labelOf } from '../model/vocabulary.ts';
import { idSchema } from '../schemas/common.ts';
import { regionIdSchema } from '../schemas/reference.ts';
import { pledgeStatusSchema, pledgeTypeSchema, stakeholderGroupSchema } from '../schemas/vocabularies.ts';
import { countingRule, creditLine, dataLicence } from './reuseTerms.ts';

/**
 * Version of the current export format; see exportChangelog.ts. Bump it with every change to
 * the records; a major version (a changed column) gets new addresses (exportVersions.ts), and
 * the previous format's files stay where they were.
 */
export const exportSchemaVersion = '2.0.0';

const text = z.string().nullable();
const alpha3 = z.string().regex(/^[A-Z]{3}$/);
const day = z.iso.date();

/** One pledge in the open-data export: controlled values as codes, each with its English label. */
export const pledgeExportRecordSchema = z.object({
  id: idSchema.describe('Stable id of the pledge; never changed, never reused.'),
  illustrative: z.boolean().describe('True for illustrative entries, which are not real pledges.'),
  url: z.url().describe('Address of the pledge’s page (English).'),
  pledgerId: idSchema.describe('Id of the pledging organisation.'),
  pledgerName: z.string().describe('Name of the pledger in its original language.'),
  pledgerNameEn: text.describe('Name of the pledger in English, if given.'),
  stakeholderGroup: stakeholderGroupSchema.describe('Stakeholder group code of the pledger.'),
  stakeholderGroupLabel: z.string().describe('Stakeholder group, in English.'),
  pledgerCountry: alpha3.describe('Home country of the pledger (ISO 3166-1 alpha-3).'),
  originalLanguage: z.enum(['en', 'fr', 'ar']).describe('Language the pledge was written in.'),
  titleEn: text.describe('Title in English, if given.'),
  titleFr: text.describe('Title in French, if given.'),
  titleAr: text.describe('Title in Arabic, if given.'),
  summaryEn: text.describe('Summary in English, if given.'),
  summaryFr: text.describe('Summary in French, if given.'),
  summaryAr: text.describe('Summary in Arabic, if given.'),
  focusAreas: z.array(idSchema).min(1).describe('Focus area codes.'),
  focusAreaLabels: z.array(z.string()).describe('Focus areas, in English.'),
  pillars: z.array(idSchema).describe('Pillar codes.'),
  pledgeType: pledgeTypeSchema.describe('Pledge type code.'),
  pledgeTypeLabel: z.string().describe('Pledge type, in English.'),
  status: pledgeStatusSchema.describe('Status code.'),
  statusLabel: z.string().describe('Status, in English.'),
  countries: z.array(alpha3).describe('Countries of implementation (ISO 3166-1 alpha-3).'),
  countryNames: z.array(z.string()).describe('Countries of implementation, in English.'),
  regions: z.array(regionIdSchema).describe('ITU-D regions of implementation (derived from the countries, plus those named).'),
  global: z.boolean().describe('Implemented worldwide.'),
  targetsLdc: z.boolean().describe('Names at least one country that was a least developed country on the day the pledge was announced (derived).'),
  targetsLldc: z.boolean().describe('Names at least one country that was a landlocked developing country on the day the pledge was announced (derived).'),
  targetsSids: z.boolean().describe('Names at least one country that was a small island developing State on the day the pledge was announced (derived).'),
  amount: z.number().nonnegative().nullable().describe('Estimated value in the pledged currency.'),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().describe('ISO 4217 code of the pledged currency.'),
  valueUsd: z.number().nonnegative().nullable().describe('Estimated value in US dollars. A pledge is counted whole, with this whole value, in each country, region, group and focus area it names.'),
  rateDate: day.nullable().describe('Date of the exchange rate used for valueUsd, when the currency is not USD.'),
  startYear: z.number().int().describe('First year of implementation.'),
  endYear: z.number().int().nullable().describe('Last year of implementation.'),
  sdgs: z.array(z.number().int().min(1).max(17)).describe('Sustainable Development Goals targeted.'),
  wsisActionLines: z.array(z.string().regex(/^C(?:[1-9]|1[01])$/)).describe('WSIS action lines (C1–C11).'),
  beneficiaryGroups: z.array(idSchema).describe('Beneficiary group codes.'),
  announcedDate: day.describe('Day the pledge was announced.'),
  announcedEvent: idSchema.nullable().describe('Event code where it was announced.'),
  sourceUrl: z.url().nullable().describe('Public page the pledge comes from.'),
  lastUpdated: day.describe('Day of the latest announcement or progress update.'),
  updates: z
    .array(z.object({ date: z.string(), status: z.string().nullable(), originalLanguage: z.string(), text: z.record(z.string(), z.string()) }))
    .describe('Dated progress updates, oldest first.'),
});

/** The whole export file (/data/v2/pledges.json). */
export const pledgeExportFileSchema = z.object({
  schemaVersion: z.string().describe('Version of this format (semantic versioning); see the data changelog.'),
  generated: day.describe('The day the data describes (the site’s "as of" date).'),
  notice: z.string().describe('What the data is, including whether it is illustrative.'),
  licence: z.object({ id: z.string(), name: z.string(), url: z.url() }).describe('Licence of the data (SPDX id, name and address of its text).'),
  credit: z.string().describe('How to credit the data when reusing it.'),
  counting: z.string().describe('How pledges that name several countries, regions, groups or focus areas are counted.'),
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

/** The whole export, as written to /data/v2/pledges.json. */
export function exportFile(model: SiteModel, site: URL): PledgeExportFile {
  return {
    schemaVersion: exportSchemaVersion,
    generated: model.asOf,
    notice: exportNotice(model),
    licence: dataLicence(model.site),
    credit: creditLine(model, 'en', site),
    counting: countingRule('en'),
    count: model.pledges.length,
    pledges: model.pledges.map((view) => toExportRecord(view, model, site)),
  };
}
