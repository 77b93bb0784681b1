import type { CitationRecord } from './citationRecord.ts';
import { dateParts } from './citationNotes.ts';

/** One <meta name content> tag. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire Press `citation_*` tags, which Google Scholar, Zotero and Mendeley read from a
 * page: title, author (the issuing body or the pledger), publication date, the document's
 * symbol as its report number, language, publisher and the page's address. No
 * `citation_pdf_url`: the site publishes no PDF. Written for documents and pledges, the
 * pages people cite as works.
 */
export function highwireTags(record: CitationRecord): MetaTag[] {
  if (record.kind !== 'document' && record.kind !== 'pledge') return [];
  return [
    { name: 'citation_title', content: record.title.text },
    { name: 'citation_author', content: record.author.text },
    { name: 'citation_publication_date', content: dateParts(record.issued).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/') },
    ...(record.kind === 'document' && record.number ? [{ name: 'citation_technical_report_number', content: record.number }] : []),
    { name: 'citation_language', content: record.title.lang },
    { name: 'citation_publisher', content: record.publisher },
    { name: 'citation_fulltext_html_url', content: record.url },
  ];
}
