import { formatDate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { focusAreaTitle, labelOf } from '../../model/vocabulary.ts';
import type { DocumentEntry } from '../../schemas/document.ts';
import { contentWithKeys } from '../searchKeys.ts';
import { htmlToText } from './htmlText.ts';
import { factLine, joinText } from './recordText.ts';
import type { SearchRecord } from './searchRecord.ts';
import { dropEmpty } from './pledgeRecord.ts';

/**
 * The search record of one language version of a document: summary, metadata and the whole body
 * as plain text. The symbol is there as this version prints it and as the original prints it, so
 * "Resolution 88" finds the document on the Arabic site too.
 */
export function documentRecord(doc: DocumentEntry, model: SiteModel, locale: Locale): SearchRecord | undefined {
  const version = doc.versions[locale];
  if (!version) return undefined;
  const t = useTranslations(locale);
  const ref = model.reference;
  const { frontmatter } = version;
  const symbol = frontmatter.symbol ?? doc.meta.symbol ?? undefined;
  const visible = joinText([
    frontmatter.summary,
    factLine(locale, t('document.symbol'), [symbol, doc.meta.symbol ?? undefined]),
    factLine(locale, t('document.type'), [labelOf(ref['document-types'], doc.meta.type, locale)]),
    factLine(locale, t('document.date'), [formatDate(doc.meta.date, locale, doc.meta.datePrecision)]),
    factLine(locale, t('document.issuingBody'), [labelOf(ref['issuing-bodies'], doc.meta.issuingBody, locale)]),
    factLine(locale, t('document.place'), [doc.meta.place?.[locale]]),
    factLine(locale, t('document.focusAreas'), doc.meta.focusAreas.map((id) => { const area = model.focusAreaById.get(id); return area ? focusAreaTitle(area, locale) : id; })),
    htmlToText(version.html),
  ]);
  // The date as precisely as it is known: YYYY-MM-DD, YYYY-MM or YYYY (the card prints it so).
  const date = doc.meta.datePrecision === 'day' ? doc.meta.date : doc.meta.datePrecision === 'month' ? doc.meta.date.slice(0, 7) : doc.meta.date.slice(0, 4);
  const meta: Record<string, string> = { title: frontmatter.title, date };
  if (symbol) meta.symbol = symbol;
  return {
    url: routes.document(locale, doc.id),
    content: contentWithKeys(visible, [frontmatter.title]),
    language: locale,
    meta,
    filters: dropEmpty({ type: ['document'], focus: doc.meta.focusAreas, year: [doc.meta.date.slice(0, 4)], lang: [doc.meta.originalLanguage] }),
  };
}
