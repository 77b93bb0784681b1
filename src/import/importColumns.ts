import type { ContentIssue } from '../content/contentIssue.ts';
import { csvColumns } from '../export/pledgeCsv.ts';

/** A column of the pledge CSV export. */
export type CsvColumn = (typeof csvColumns)[number];

/** Columns the export derives from other data (labels, address, LDC/LLDC/SIDS flags, activity): accepted and ignored. */
export const derivedColumns = [
  'url', 'stakeholderGroupLabel', 'focusAreaLabels', 'pledgeTypeLabel', 'statusLabel', 'countryNames',
  'targetsLdc', 'targetsLldc', 'targetsSids', 'lastUpdated', 'updateCount',
] as const satisfies readonly CsvColumn[];

/** A column whose value is imported. */
export type ImportedColumn = Exclude<CsvColumn, (typeof derivedColumns)[number]>;

/** Columns whose values are imported, in the export's order. */
export const importedColumns = csvColumns.filter((column) => !(derivedColumns as readonly string[]).includes(column)) as ImportedColumn[];

/** Columns a file must have: the pledge fields that are required and have no default. */
export const requiredColumns: readonly ImportedColumn[] = [
  'id', 'pledgerId', 'originalLanguage', 'focusAreas', 'pledgeType', 'status', 'startYear', 'announcedDate',
];

/** Position of a column in the export, for listing a row's problems in column order. */
export function columnOrder(column: string): number {
  const index = (csvColumns as readonly string[]).indexOf(column);
  return index === -1 ? csvColumns.length : index;
}

/** Checks the header row: every column known, none twice, the required ones present. */
export function checkHeader(header: readonly string[], file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const [only] = header;
  if (header.length === 1 && only?.includes(';')) {
    return [{ file, line: 1, expected: 'columns separated by commas (save the sheet as "CSV UTF-8 (comma delimited)")', got: 'columns separated by ";"' }];
  }
  const known = new Set<string>(csvColumns);
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) {
      issues.push({ file, line: 1, field: name, expected: 'a column of the pledge CSV export (see src/export/pledgeCsv.ts; check its spelling)', got: 'an unknown column' });
    } else if (seen.has(name)) {
      issues.push({ file, line: 1, field: name, expected: 'each column once', got: 'it twice' });
    }
    seen.add(name);
  }
  for (const name of requiredColumns) {
    if (!seen.has(name)) issues.push({ file, line: 1, field: name, expected: 'this column (it is required)', got: 'no such column' });
  }
  return issues;
}

/** The imported values of one row, by column: trimmed, empty cells left out. */
export type RowValues = Partial<Record<ImportedColumn, string>>;

/** Reads the cells of a row into values by column; derived columns are dropped. */
export function rowValues(header: readonly string[], cells: readonly string[]): RowValues {
  const values: RowValues = {};
  header.forEach((name, index) => {
    const cell = cells[index]?.replace(/\r\n?/g, '\n').trim() ?? '';
    if (cell !== '' && (importedColumns as string[]).includes(name)) values[name as ImportedColumn] = cell;
  });
  return values;
}
