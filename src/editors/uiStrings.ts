import { ar } from '../i18n/ui/ar.ts';
import { en } from '../i18n/ui/en.ts';
import { fr } from '../i18n/ui/fr.ts';
import type { Locale } from '../i18n/locales.ts';
import type { UiDictionary } from './translationStatus.ts';

/** The UI strings of each language, as the site uses them. */
export const uiStrings: Record<Locale, UiDictionary> = { en, fr, ar };

/** The file each language's strings are written in. */
export function uiStringsFile(lang: Locale): string {
  return `src/i18n/ui/${lang}.ts`;
}
