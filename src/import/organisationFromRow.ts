import { isLocale } from '../i18n/locales.ts';
import { booleanCell } from './cellValues.ts';
import type { ImportedColumn, RowValues } from './importColumns.ts';

/** Columns a row needs to create a pledger that is not in the registry yet (pledgerNameEn is optional). */
export const pledgerDetailColumns = ['pledgerName', 'stakeholderGroup', 'pledgerCountry'] as const satisfies readonly ImportedColumn[];

/** Columns that describe the pledger, compared between rows that create the same one. */
export const pledgerColumns = ['pledgerName', 'pledgerNameEn', 'stakeholderGroup', 'pledgerCountry'] as const satisfies readonly ImportedColumn[];

/** An organisation as read from a row, before validation: the shape organisationSchema checks. */
export interface OrganisationInput {
  id: string | undefined;
  illustrative: boolean | string | undefined;
  originalLanguage: string | undefined;
  name: Record<string, string>;
  stakeholderGroup: string | undefined;
  country: string | undefined;
}

/** Detail columns the row leaves empty. */
export function missingPledgerDetails(values: RowValues): string[] {
  return pledgerDetailColumns.filter((column) => values[column] === undefined);
}

/**
 * Reads a row's pledger columns as a new organisation: named in the pledge's
 * original language (pledgerName) and in English (pledgerNameEn), and
 * illustrative when the pledge is.
 */
export function organisationFromRow(values: RowValues): OrganisationInput {
  const language = values.originalLanguage;
  const name: Record<string, string> = {};
  if (values.pledgerNameEn) name.en = values.pledgerNameEn;
  if (language && isLocale(language) && values.pledgerName) name[language] = values.pledgerName;
  return {
    id: values.pledgerId,
    illustrative: booleanCell(values.illustrative),
    originalLanguage: language,
    name,
    stakeholderGroup: values.stakeholderGroup,
    country: values.pledgerCountry,
  };
}
