import type { Locale } from './locales.ts';

/** The colon between a label and its value, with French's narrow no-break space before it. */
export function colon(locale: Locale): string {
  return locale === 'fr' ? '\u202f: ' : ': ';
}
