import { formatDate } from '../i18n/format.ts';
import { localeDir, type Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import { paragraphCitation, type CitationRecord, type LangText } from './citationRecord.ts';

/**
 * A piece of a plain-text citation. Embedded titles, names, symbols and the address
 * are marked `isolate`, so that the page shows them in a <bdi> with their own direction
 * (a French title inside an Arabic citation); the text itself carries no bidi control
 * character, so what a reader copies is clean.
 */
export interface CitationSegment {
  text: string;
  /** Shown in its own directional context (<bdi>). */
  isolate?: boolean;
  /** Its language, when it differs from the page's. */
  lang?: Locale;
  /** Its direction, for text whose direction is known (an address is left to right). */
  dir?: 'ltr' | 'rtl';
}

function embedded(text: LangText, page: Locale): CitationSegment {
  return text.lang === page ? { text: text.text, isolate: true } : { text: text.text, isolate: true, lang: text.lang, dir: localeDir(text.lang) };
}

/** Splits a translated template at its {placeholders} and puts segments in their place. */
export function fillSegments(template: string, parts: Record<string, CitationSegment>): CitationSegment[] {
  const out: CitationSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const part = parts[match[1] ?? ''];
    if (!part) continue;
    if (match.index > last) out.push({ text: template.slice(last, match.index) });
    out.push(part);
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/**
 * The citation as plain text, in pieces (see CitationSegment), in the record's language:
 * "Issuer. “Title”. Symbol, para. 2. June 2022. Site, address (version of 23 November 2026)."
 */
export function citationSegments(record: CitationRecord): CitationSegment[] {
  const locale = record.locale;
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  const date = (iso: string, precision: 'day' | 'month' | 'year' = 'day') => formatDate(iso, locale, precision);
  // A sentence starts with a capital ("Juin 2022", "Site web de…"); embedded names and titles are kept as written.
  const capital = (segment: CitationSegment): CitationSegment =>
    segment.isolate ? segment : { ...segment, text: segment.text.charAt(0).toLocaleUpperCase(locale) + segment.text.slice(1) };
  const sentence = (...parts: CitationSegment[]): CitationSegment[] => (parts[0] ? [capital(parts[0]), ...parts.slice(1), { text: '. ' }] : []);
  const plain = (text: string): CitationSegment => ({ text });

  const out: CitationSegment[] = [];
  out.push(...sentence(embedded(record.author, locale)));
  const paragraph = record.paragraph ? [plain(t('citation.comma')), ...fillSegments(t('citation.paragraph'), { label: { text: record.paragraph.label, isolate: true } })] : [];
  // The paragraph cited follows the symbol ("Resolution 88 (Kigali, 2022), paragraph 2"), or the title when there is none.
  const titled = fillSegments(t('citation.quoted'), { text: embedded(record.title, locale) });
  out.push(...sentence(...titled, ...(record.kind === 'document' && !record.number ? paragraph : [])));
  if (record.kind === 'pledger') out.push(...sentence(plain(t('citation.pledgerProfile'))));
  if (record.kind === 'dataset' && record.number) out.push(...sentence(plain(t('citation.formatVersion', { version: record.number }))));
  if (record.kind === 'pledge' && record.number) out.push(...sentence(plain(`${t('pledge.id')} `), { text: record.number, isolate: true, dir: 'ltr' }));
  if (record.kind === 'document' && record.number) out.push(...sentence({ text: record.number, isolate: true }, ...paragraph));
  if (record.kind === 'pledge') {
    const updated = record.lastUpdate && record.lastUpdate !== record.issued.date ? record.lastUpdate : undefined;
    const dates = updated
      ? t('citation.announcedUpdated', { date: date(record.issued.date), updated: date(updated) })
      : t('citation.announced', { date: date(record.issued.date) });
    out.push(...sentence(plain(dates)));
  } else if (record.kind === 'document') {
    out.push(...sentence(plain(date(record.issued.date, record.issued.precision))));
  }
  if (record.textStatus === 'unofficial-translation') out.push(...sentence(plain(t('citation.unofficial'))));
  if (record.illustrative) out.push(...sentence(plain(t(record.kind === 'pledge' ? 'citation.illustrative' : 'illustrative.badge'))));
  out.push(capital(plain(record.siteName)), plain(t('citation.comma')), { text: record.url, isolate: true, dir: 'ltr' });
  out.push(plain(` (${t('citation.version', { date: date(record.versionDate) })}).`));
  return merge(out);
}

/** Joins neighbouring plain pieces, so that the markup has one text node where it can. */
function merge(segments: CitationSegment[]): CitationSegment[] {
  const out: CitationSegment[] = [];
  for (const segment of segments) {
    const previous = out.at(-1);
    if (previous && !previous.isolate && !segment.isolate) previous.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

/** The citation as one line of plain text, ready to copy: no bidi control characters. */
export function plainCitation(record: CitationRecord): string {
  return citationSegments(record)
    .map((segment) => segment.text)
    .join('');
}

/**
 * The plain-text citation of any paragraph of a document version, with "{para}" where the
 * paragraph's number goes and "{url}" where its address goes (the document page's paragraph
 * tools fill them in the browser: src/scripts/paragraphTools.ts).
 */
export function paragraphCitationTemplate(record: CitationRecord): string {
  const anchor = 'p2c-paragraph-anchor';
  const paragraph = paragraphCitation(record, { anchor, label: '{para}' });
  return plainCitation(paragraph).replace(paragraph.url, '{url}');
}
