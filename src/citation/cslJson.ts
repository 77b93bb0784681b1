import type { CitationRecord, CitedKind } from './citationRecord.ts';
import { citationNotes, dateParts } from './citationNotes.ts';

/** One item of CSL-JSON (Citation Style Language), as Zotero, Pandoc and citeproc read it. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': number[][] };
  language: string;
  publisher: string;
  'container-title': string;
  URL: string;
  number?: string;
  genre?: string;
  abstract?: string;
  version?: string;
  note?: string;
}

/** CSL type of each kind of page. */
export const cslTypes: Record<CitedKind, string> = { document: 'report', pledge: 'document', pledger: 'webpage', dataset: 'dataset' };

/** The record as a CSL-JSON item; the author is an organisation, so its name is a literal (never split into given and family names). */
export function toCsl(record: CitationRecord): CslItem {
  const notes = citationNotes(record);
  return {
    id: record.key,
    type: cslTypes[record.kind],
    title: record.title.text,
    author: [{ literal: record.author.text }],
    issued: { 'date-parts': [dateParts(record.issued)] },
    language: record.title.lang,
    publisher: record.publisher,
    'container-title': record.siteName,
    URL: record.url,
    ...(record.number ? { number: record.number } : {}),
    ...(record.genre ? { genre: record.genre } : {}),
    ...(record.description ? { abstract: record.description.text } : {}),
    ...(record.kind === 'dataset' && record.number ? { version: record.number } : {}),
    ...(notes.length ? { note: notes.join('. ') } : {}),
  };
}

/** The record as a CSL-JSON file: an array of one item. */
export function cslJson(record: CitationRecord): string {
  return `${JSON.stringify([toCsl(record)], null, 2)}\n`;
}
