import { formatDate } from '../i18n/format.ts';
import { colon } from '../i18n/punctuation.ts';
import { translate } from '../i18n/translate.ts';
import type { CitationDate, CitationRecord } from './citationRecord.ts';

/** Year, month and day of a date, as far as it is known: [2022, 6] for "June 2022". */
export function dateParts(date: CitationDate): number[] {
  const [year, month, day] = date.date.split('-').map(Number) as [number, number, number];
  return date.precision === 'year' ? [year] : date.precision === 'month' ? [year, month] : [year, month, day];
}

/**
 * What a reference manager keeps as the item's note: the paragraph cited, the status of a
 * translation, a pledge's last update and status, and whether the entry is illustrative.
 */
export function citationNotes(record: CitationRecord): string[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(record.locale, key, params);
  const notes: string[] = [];
  // BibTeX's @misc has no number: a pledge's id travels in the note.
  if (record.kind === 'pledge' && record.number) notes.push(`${t('pledge.id')} ${record.number}`);
  if (record.paragraph) notes.push(t('citation.paragraph', { label: record.paragraph.label }));
  if (record.textStatus === 'unofficial-translation') notes.push(t('citation.unofficial'));
  if (record.kind === 'pledge' && record.lastUpdate && record.lastUpdate !== record.issued.date) {
    notes.push(t('citation.announcedUpdated', { date: formatDate(record.issued.date, record.locale), updated: formatDate(record.lastUpdate, record.locale) }));
  }
  if (record.status) notes.push(`${t('pledge.status')}${colon(record.locale)}${record.status}`);
  if (record.illustrative) notes.push(t(record.kind === 'pledge' ? 'citation.illustrative' : 'illustrative.badge'));
  return notes;
}
