import type { Locale } from '../i18n/locales.ts';
import type { DocumentTypeId } from '../schemas/vocabularies.ts';

/** What a citation record describes: one kind of page of the site. */
export type CitedKind = 'document' | 'pledge' | 'pledger' | 'dataset';

/** A date as precise as the entry knows it. */
export interface CitationDate {
  /** YYYY-MM-DD (the first day of the month or year when less is known). */
  date: string;
  /** How much of the date is known. */
  precision: 'day' | 'month' | 'year';
}

/** A text and the language it is written in (a pledge may be shown in its original language). */
export interface LangText {
  text: string;
  lang: Locale;
}

/** One file of the data set, for the Dataset JSON-LD and the data package. */
export interface Distribution {
  /** Absolute address. */
  url: string;
  /** Media type, e.g. text/csv. */
  mediaType: string;
  /** What the file holds, in English. */
  name: string;
}

/** A paragraph of a document, for "cite this paragraph". */
export interface CitedParagraph {
  /** Its anchor, identical in every language (e.g. "resolves-2"). */
  anchor: string;
  /** The number or letter printed with it in this language (e.g. "2", "a)"). */
  label: string;
}

/**
 * Everything a citation of one page says, in the page's language: the one record
 * that plain text, BibTeX, RIS, CSL-JSON, Highwire tags and JSON-LD are written from.
 * Every date is the entry's own; none is the build's.
 */
export interface CitationRecord {
  kind: CitedKind;
  /** Citation key, ASCII (e.g. "p2c-resolution-88-fr"); also the name of downloaded files. */
  key: string;
  /** Language of the page the record belongs to. */
  locale: Locale;
  /** Title (of a document version, a pledge; a pledger's name; the data set's name). */
  title: LangText;
  /** Who is credited as author: the issuing body, the pledger, or the site's publisher. Always an organisation. */
  author: LangText;
  /** Address of the author's own page on the site, when it has one (a pledger). */
  authorUrl?: string;
  /** Date of publication: a document's adoption or publication date; a pledge's announcement. */
  issued: CitationDate;
  /** A pledge's last dated update (its announcement when it has none). */
  lastUpdate?: string;
  /** The entry's last change: the last commit that touched its content file(s), else its own latest date. */
  versionDate: string;
  /** Number of the work: a document's symbol, a pledge's id, the data set's format version. */
  number?: string;
  /** Kind of document in words ("Resolution"), when it is a document. */
  genre?: string;
  /** Kind of document, as a code. */
  documentType?: DocumentTypeId;
  /** One or two sentences about it. */
  description?: LangText;
  /** Publisher of the page: the site's publisher (site.config.yaml). */
  publisher: string;
  /** Name of the site, in the page's language. */
  siteName: string;
  /** Address of the page (with #anchor for a paragraph). */
  url: string;
  /** Whether a document's text is ITU's published text or the site's unofficial translation. */
  textStatus?: 'published' | 'unofficial-translation';
  /** Address of the version an unofficial translation was made from. */
  translatedFromUrl?: string;
  /** ITU's own publication of this text, where its address is confirmed. */
  officialUrl?: string;
  /** True for an illustrative (made-up) entry. */
  illustrative: boolean;
  /** A pledge's status, in words. */
  status?: string;
  /** The paragraph cited, for "cite this paragraph". */
  paragraph?: CitedParagraph;
  /** The data set's licence and files. */
  dataset?: { licenceUrl: string; licenceName: string; distributions: Distribution[]; keywords: string[]; credit: string };
  /** A pledger's website and home country (ISO 3166-1 alpha-2). */
  organisation?: { website?: string; country?: string; abbreviation?: string };
}

/** The record of one paragraph of a document version: same work, the paragraph's address and number. */
export function paragraphCitation(record: CitationRecord, paragraph: CitedParagraph): CitationRecord {
  const base = record.url.split('#')[0] ?? record.url;
  return { ...record, key: `${record.key}-${paragraph.anchor}`, url: `${base}#${paragraph.anchor}`, paragraph };
}
