import { csvFormat } from 'd3';

/** Separator of several values in one CSV cell. */
export const listSeparator = ';';

/** Columns of the CSV, in order: the export record's fields, lists joined, updates summarised. */
export const csvColumns = [
  'id', 'illustrative', 'url', 'pledgerId', 'pledgerName', 'pledgerNameEn', 'stakeholderGroup', 'stakeholderGroupLabel', 'pledgerCountry',
  'originalLanguage', 'titleEn', 'titleFr', 'titleAr', 'summaryEn', 'summaryFr', 'summaryAr', 'focusAreas', 'focusAreaLabels', 'pillars',
  'pledgeType', 'pledgeTypeLabel', 'status', 'statusLabel', 'countries', 'countryNames', 'regions', 'global', 'targetsLdc', 'targetsLldc',
  'targetsSids', 'amount', 'currency', 'valueUsd', 'rateDate', 'startYear', 'endYear', 'sdgs', 'wsisActionLines', 'beneficiaryGroups',
  'announcedDate', 'announcedEvent', 'sourceUrl', 'lastUpdated', 'updateCount',
] as const;

/** A pledge record of any format of the export: the CSV's columns (but the count of updates) and the updates. */
export type CsvRecord = { readonly [K in Exclude<(typeof csvColumns)[number], 'updateCount'>]: string | number | boolean | null | readonly (string | number)[] } & {
  readonly updates: readonly unknown[];
};

/** The pledges as CSV (RFC 4180, one row per pledge, UTF-8 with a byte-order mark for spreadsheets). */
export function pledgesToCsv(records: readonly CsvRecord[]): string {
  const rows = records.map((record) => {
    const row: Record<string, string> = {};
    for (const column of csvColumns) {
      if (column === 'updateCount') {
        row[column] = String(record.updates.length);
        continue;
      }
      const value = record[column];
      row[column] = value === null ? '' : Array.isArray(value) ? value.join(listSeparator) : String(value);
    }
    return row;
  });
  return `\uFEFF${csvFormat(rows, [...csvColumns])}\n`;
}
