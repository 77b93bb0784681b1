import type { LocalizedText } from '../schemas/common.ts';
import { localeDir, locales, type Locale } from './locales.ts';

/** Text chosen for a reader, and whether it is in the reader's language. */
export interface PickedText {
  text: string;
  /** Language the text is in. */
  lang: Locale;
  /** True when the reader's language was missing and another was shown. */
  fallback: boolean;
}

/**
 * The text in the reader's language, else in its original language, else in
 * any language it exists in. Pages mark a fallback with `lang` and a notice.
 */
export function pickText(text: LocalizedText, locale: Locale, original: Locale): PickedText {
  const own = text[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  const order = [original, ...locales.filter((l) => l !== original)];
  for (const lang of order) {
    const value = text[lang];
    if (value) return { text: value, lang, fallback: true };
  }
  return { text: '', lang: original, fallback: true };
}

/**
 * Attributes for an element showing picked text: when the text is in another
 * language than the page, its `lang` and `dir`, so that it is read and laid
 * out in its own language (a French title on an Arabic page stays LTR).
 */
export function textAttrs(picked: PickedText): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return picked.fallback ? { lang: picked.lang, dir: localeDir(picked.lang) } : {};
}
