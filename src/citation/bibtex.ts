import type { CitationRecord, CitedKind } from './citationRecord.ts';
import { citationNotes, dateParts } from './citationNotes.ts';

/** BibTeX entry type of each kind of page: classic BibTeX types, and biblatex's @dataset for the data (BibTeX styles print an unknown type as @misc). */
export const bibtexTypes: Record<CitedKind, string> = { document: 'techreport', pledge: 'misc', pledger: 'misc', dataset: 'dataset' };

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes LaTeX's special characters in a field's text (UTF-8 letters stay as they are). */
export function escapeLatex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/**
 * The record as a BibTeX entry (UTF-8, for biber or BibTeX 8-bit). The author is an
 * organisation: its name is braced as a whole so it is never split into given and family
 * names; the title is braced so that no style changes its capitals. `date` is for biblatex,
 * `year` and `month` for classic BibTeX.
 */
export function bibtex(record: CitationRecord): string {
  const [year, month] = dateParts(record.issued);
  const notes = citationNotes(record);
  const fields: [string, string][] = [
    ['author', `{${escapeLatex(record.author.text)}}`],
    ['title', `{${escapeLatex(record.title.text)}}`],
    ...(record.genre ? [['type', escapeLatex(record.genre)] as [string, string]] : []),
    ...(record.kind === 'document' && record.number ? [['number', escapeLatex(record.number)] as [string, string]] : []),
    ...(record.kind === 'document' ? [['institution', `{${escapeLatex(record.publisher)}}`] as [string, string]] : [['publisher', `{${escapeLatex(record.publisher)}}`] as [string, string]]),
    ...(record.kind === 'document' ? [] : [['howpublished', escapeLatex(record.siteName)] as [string, string]]),
    ['date', dateParts(record.issued).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')],
    ['year', String(year)],
    ...(record.kind === 'dataset' && record.number ? [['version', escapeLatex(record.number)] as [string, string]] : []),
    ['language', record.title.lang],
    ['url', record.url],
    ...(notes.length ? [['note', escapeLatex(notes.join('. '))] as [string, string]] : []),
  ];
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  // The month is a BibTeX macro (jan…dec), written without braces.
  if (month !== undefined) lines.splice(lines.findIndex((l) => l.startsWith('  year')) + 1, 0, `  month = ${months[month - 1]},`);
  return `@${bibtexTypes[record.kind]}{${record.key},\n${lines.join('\n')}\n}\n`;
}
