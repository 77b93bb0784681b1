import type { CitationRecord, CitedKind } from './citationRecord.ts';
import { citationNotes, dateParts } from './citationNotes.ts';

/** RIS reference type of each kind of page. */
export const risTypes: Record<CitedKind, string> = { document: 'RPRT', pledge: 'GEN', pledger: 'ELEC', dataset: 'DATA' };

/**
 * An organisation's name as RIS can carry it. RIS has no way to mark a name as an
 * organisation's: readers (Zotero, EndNote, citation-js) split a name at its commas into
 * family and given names. A comma inside an organisation's name ("Conference (Kigali, 2022)")
 * is therefore written as a space; a name without commas is kept whole.
 */
export function risName(name: string): string {
  return name.replace(/\s*,\s*/g, ' ');
}

function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** The record as an RIS reference (tags of the RIS specification, lines ending CRLF). */
export function ris(record: CitationRecord): string {
  const parts = dateParts(record.issued);
  const [year, month, day] = parts;
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const lines = [
    line('TY', risTypes[record.kind]),
    line('ID', record.key),
    line('TI', record.title.text),
    line('AU', risName(record.author.text)),
    line('PY', String(year)),
    line('DA', `${year}/${pad(month)}/${pad(day)}/`),
    ...(record.genre ? [line('M3', record.genre)] : []),
    // The number: SN is a report's number; M1 a generic item's; ET a data set's version.
    ...(record.kind === 'document' && record.number ? [line('SN', record.number)] : []),
    ...(record.kind === 'pledge' && record.number ? [line('M1', record.number)] : []),
    ...(record.kind === 'dataset' && record.number ? [line('ET', record.number)] : []),
    line('PB', record.publisher),
    line('T2', record.siteName),
    line('LA', record.title.lang),
    line('UR', record.url),
    ...(record.description ? [line('AB', record.description.text)] : []),
    ...citationNotes(record).map((note) => line('N1', note)),
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
