import { formatList } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { colon } from '../../i18n/punctuation.ts';
import { searchKeys } from '../searchKeys.ts';

/** "Label: A, B and C." in a language's punctuation; empty when there is no value. */
export function factLine(locale: Locale, label: string, values: readonly (string | undefined)[]): string {
  const present = unique(values);
  return present.length ? `${label}${colon(locale)}${listText(present, locale)}.` : '';
}

/**
 * Values as a list: Intl's list in English and French ("A, B and C"); in Arabic joined with «، »,
 * since Intl's Arabic list writes the conjunction و joined to the next item, which would glue it
 * to a Latin name («وNawaris») and hide the name from the search.
 */
export function listText(values: readonly string[], locale: Locale): string {
  return locale === 'ar' ? values.join('، ') : formatList(values, locale);
}

/** Texts joined by spaces, empty ones left out. */
export function joinText(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part?.trim())).join(' ');
}

/** The values once each, in order, without empty ones. */
export function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v?.trim())))];
}

/** The `name` meta field of an entity: its names and their search keys (so «سنغال» meets «السنغال» there too). */
export function nameField(names: readonly (string | undefined)[]): string {
  const present = unique(names);
  return unique([...present, ...searchKeys(present)]).join(' ');
}
