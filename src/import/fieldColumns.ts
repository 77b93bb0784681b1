import { importedColumns } from './importColumns.ts';

const pledgeFieldColumns: Record<string, string> = {
  pledger: 'pledgerId',
  'title.en': 'titleEn',
  'title.fr': 'titleFr',
  'title.ar': 'titleAr',
  'summary.en': 'summaryEn',
  'summary.fr': 'summaryFr',
  'summary.ar': 'summaryAr',
  'estimatedValue.amount': 'amount',
  'estimatedValue.currency': 'currency',
  'estimatedValue.usd': 'valueUsd',
  'estimatedValue.rateDate': 'rateDate',
  'announced.date': 'announcedDate',
  'announced.event': 'announcedEvent',
};

/**
 * The CSV column a pledge field comes from, so messages name what the editor
 * sees in the spreadsheet: "title.fr" is "titleFr", "countries.2" is
 * "countries". Fields with no column (kept updates) keep their path.
 */
export function columnOfPledgeField(field: string): string {
  const mapped = pledgeFieldColumns[field];
  if (mapped) return mapped;
  const [first = field, second] = field.split('.');
  if ((importedColumns as string[]).includes(first) && (second === undefined || /^\d+$/.test(second))) return first;
  return field;
}

/** The CSV column a field of a new pledger comes from (its name in the original language is pledgerName). */
export function columnOfOrganisationField(field: string, originalLanguage: string | undefined): string {
  if (field === 'id') return 'pledgerId';
  if (field === 'country') return 'pledgerCountry';
  if (field === 'name.en' && originalLanguage !== 'en') return 'pledgerNameEn';
  if (field.startsWith('name')) return 'pledgerName';
  return field;
}
