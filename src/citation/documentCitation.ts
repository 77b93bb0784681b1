import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { labelOf } from '../model/vocabulary.ts';
import { documentTitle } from '../model/documentTitle.ts';
import type { DocumentEntry } from '../schemas/document.ts';
import type { CitationRecord } from './citationRecord.ts';
import { contentHistory, lastChangeDay, type ContentHistory } from './contentHistory.ts';

/** The content files of one language version of a document (its text and the metadata all versions share). */
export function documentFiles(id: string, locale: Locale): string[] {
  return [`documents/${id}/meta.yaml`, `documents/${id}/${locale}.md`];
}

/**
 * The citation record of one language version of a document. Its date is the
 * document's own (adoption or publication, as precise as known); its version date
 * is the last change of its files, else that date.
 */
export function documentCitation(model: SiteModel, doc: DocumentEntry, locale: Locale, site: URL, history: ContentHistory = contentHistory()): CitationRecord {
  // A document listed before its text is published here has a page in every language, without a version.
  const frontmatter = doc.versions[locale]?.frontmatter;
  const title = documentTitle(doc, locale);
  const symbol = frontmatter?.symbol ?? doc.meta.symbol ?? undefined;
  const source = frontmatter?.text === 'unofficial-translation' ? frontmatter.translatedFrom : undefined;
  return {
    kind: 'document',
    key: `p2c-${doc.id}-${locale}`,
    locale,
    title: { text: title.text, lang: title.lang },
    author: { text: labelOf(model.reference['issuing-bodies'], doc.meta.issuingBody, locale), lang: locale },
    issued: { date: doc.meta.date, precision: doc.meta.datePrecision },
    versionDate: lastChangeDay(history, documentFiles(doc.id, locale)) ?? doc.meta.date,
    ...(symbol ? { number: symbol } : {}),
    genre: labelOf(model.reference['document-types'], doc.meta.type, locale),
    documentType: doc.meta.type,
    ...(frontmatter ? { description: { text: frontmatter.summary, lang: locale } } : {}),
    publisher: model.site.publisher.name[locale],
    siteName: translate(locale, 'cite.website'),
    url: new URL(routes.document(locale, doc.id), site).href,
    ...(frontmatter ? { textStatus: frontmatter.text } : {}),
    ...(source ? { translatedFromUrl: new URL(routes.document(source, doc.id), site).href } : {}),
    ...(doc.meta.official[locale] ? { officialUrl: doc.meta.official[locale].url } : {}),
    illustrative: false,
  };
}
