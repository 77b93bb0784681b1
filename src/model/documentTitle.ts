import { pickText, type PickedText } from '../i18n/pickText.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DocumentEntry } from '../schemas/document.ts';

/**
 * A document's title for a reader: its version's title in the reader's language; for a document
 * listed before its text is published here, the title of its metadata (or another language's).
 */
export function documentTitle(doc: DocumentEntry, locale: Locale): PickedText {
  const own = doc.versions[locale]?.frontmatter.title;
  if (own) return { text: own, lang: locale, fallback: false };
  const titles = { ...Object.fromEntries(Object.entries(doc.versions).map(([lang, v]) => [lang, v?.frontmatter.title])), ...doc.meta.title };
  const original = doc.meta.originalLanguage === 'en' || doc.meta.originalLanguage === 'fr' || doc.meta.originalLanguage === 'ar' ? doc.meta.originalLanguage : 'en';
  return pickText(titles, locale, original);
}
