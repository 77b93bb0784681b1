import { csvFormat } from 'd3';
import { z } from 'zod';
import { countryName } from '../i18n/format.ts';
import { routes } from '../i18n/paths.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { idSchema } from '../schemas/common.ts';
import { regionIdSchema } from '../schemas/reference.ts';
import { stakeholderGroupSchema } from '../schemas/vocabularies.ts';

const alpha3 = z.string().regex(/^[A-Z]{3}$/);

/** One pledging organisation in /data/v2/pledgers.csv: the table the pledges' `pledgerId` refers to. */
export const pledgerRecordSchema = z.object({
  id: idSchema.describe('Stable id of the organisation (the pledges’ pledgerId).'),
  illustrative: z.boolean().describe('True for illustrative (made-up) organisations.'),
  url: z.url().describe('Address of the organisation’s page (English).'),
  name: z.string().describe('Name in the organisation’s original language.'),
  nameEn: z.string().nullable().describe('Name in English, if given.'),
  nameFr: z.string().nullable().describe('Name in French, if given.'),
  nameAr: z.string().nullable().describe('Name in Arabic, if given.'),
  originalLanguage: z.enum(['en', 'fr', 'ar']).describe('Language the organisation names itself in.'),
  abbreviation: z.string().nullable().describe('Abbreviation, if it uses one.'),
  stakeholderGroup: stakeholderGroupSchema.describe('Stakeholder group code.'),
  country: alpha3.describe('Home country (ISO 3166-1 alpha-3).'),
  website: z.url().nullable().describe('Its website.'),
});

/** One country in /data/v2/countries.csv: the table the pledges' country codes refer to. */
export const countryRecordSchema = z.object({
  alpha3: alpha3.describe('ISO 3166-1 alpha-3 code, used in the other files.'),
  alpha2: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code.'),
  numeric: z.string().regex(/^\d{3}$/).describe('ISO 3166-1 numeric code (three digits, kept as text).'),
  nameEn: z.string().describe('Name in English.'),
  nameFr: z.string().describe('Name in French.'),
  nameAr: z.string().describe('Name in Arabic.'),
  region: regionIdSchema.describe('ITU-D region code.'),
});

export type PledgerRecord = z.infer<typeof pledgerRecordSchema>;
export type CountryRecord = z.infer<typeof countryRecordSchema>;

/** Every pledging organisation, by id. */
export function pledgerRecords(model: SiteModel, site: URL): PledgerRecord[] {
  return model.organisations.map((org) => ({
    id: org.id,
    illustrative: org.illustrative,
    url: new URL(routes.pledger('en', org.id), site).href,
    name: org.name[org.originalLanguage] ?? '',
    nameEn: org.name.en ?? null,
    nameFr: org.name.fr ?? null,
    nameAr: org.name.ar ?? null,
    originalLanguage: org.originalLanguage,
    abbreviation: org.abbreviation ?? null,
    stakeholderGroup: org.stakeholderGroup,
    country: org.country,
    website: org.website ?? null,
  }));
}

/** Every country of the reference list, by alpha-3 code. */
export function countryRecords(model: SiteModel): CountryRecord[] {
  return [...model.reference.countries.items]
    .sort((a, b) => a.alpha3.localeCompare(b.alpha3))
    .map((country) => ({
      alpha3: country.alpha3,
      alpha2: country.alpha2,
      numeric: country.numeric,
      nameEn: countryName(country, 'en'),
      nameFr: countryName(country, 'fr'),
      nameAr: countryName(country, 'ar'),
      region: country.region,
    }));
}

/** Records as CSV in the columns of their schema (UTF-8 with a byte-order mark, empty cell for null). */
export function recordsToCsv<T extends Record<string, unknown>>(records: readonly T[], schema: z.ZodObject): string {
  const columns = Object.keys(schema.shape);
  const rows = records.map((record) => Object.fromEntries(columns.map((column) => [column, record[column] === null || record[column] === undefined ? '' : String(record[column])])));
  return `\uFEFF${csvFormat(rows, columns)}\n`;
}
