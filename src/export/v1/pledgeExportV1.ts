import { z } from 'zod';
import type { SiteModel } from '../../model/siteModel.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import { exportNotice, toExportRecord } from '../pledgeExport.ts';

/**
 * Format 1.0.0 of the pledge export, frozen as it was published on 2026-11-23. Its files
 * stay at their first addresses (/data/pledges.json, /data/pledges.csv, /data/pledges/{id}.json,
 * /data/pledges.schema.json, /data/lists/…) for the tools that read them; the current format
 * lives under /data/v2/ (see exportVersions.ts). Do not change this schema: a change is a new
 * format, with its own addresses.
 */
export const exportSchemaVersionV1 = '1.0.0';

const text = z.string().nullable();

/** One pledge in format 1.0.0 of the export: controlled values as codes, each with its English label. */
export const pledgeExportRecordSchemaV1 = z.object({
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

/** The whole export file of format 1.0.0 (/data/pledges.json). */
export const pledgeExportFileSchemaV1 = z.object({
  schemaVersion: z.string().describe('Version of this format (semantic versioning); see the data changelog.'),
  generated: z.string().describe('Day the file was generated.'),
  notice: z.string().describe('What the data is, including whether it is illustrative.'),
  count: z.number().int().describe('Number of pledges in the file.'),
  pledges: z.array(pledgeExportRecordSchemaV1),
});

export type PledgeExportRecordV1 = z.infer<typeof pledgeExportRecordSchemaV1>;
export type PledgeExportFileV1 = z.infer<typeof pledgeExportFileSchemaV1>;

/** One pledge as a record of format 1.0.0. */
export function toExportRecordV1(view: PledgeView, model: SiteModel, site: URL): PledgeExportRecordV1 {
  // LDC/LLDC/SIDS as format 1.0.0 defines them: whether a country of implementation is in the group
  // by the lists in force on the build's "as of" date (format 2.0.0: on the day of the announcement).
  const groups = model.membership.groupsOn(view.pledge.countries, model.asOf);
  return { ...toExportRecord(view, model, site), targetsLdc: groups.ldc, targetsLldc: groups.lldc, targetsSids: groups.sids };
}

/** The whole export in format 1.0.0, as written to /data/pledges.json. */
export function exportFileV1(model: SiteModel, site: URL): PledgeExportFileV1 {
  return {
    schemaVersion: exportSchemaVersionV1,
    generated: model.asOf,
    notice: exportNotice(model),
    count: model.pledges.length,
    pledges: model.pledges.map((view) => toExportRecordV1(view, model, site)),
  };
}
