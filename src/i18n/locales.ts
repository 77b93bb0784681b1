/** The site's languages, in the order the language switcher lists them. */
export const locales = ['en', 'fr', 'ar'] as const;

/** A language of the site. */
export type Locale = (typeof locales)[number];

/** The language `/` falls back to and that `x-default` points at. */
export const defaultLocale: Locale = 'en';

/** Whether a string is one of the site's languages. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The BCP 47 tag used for `Intl` formatting. Arabic uses Latin digits,
 * as ITU's Arabic documents do.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

interface TextInfo {
  direction: 'ltr' | 'rtl';
}

const directions = new Map<string, 'ltr' | 'rtl'>();
const autonyms = new Map<Locale, string>();

/** Writing direction of a language, from `Intl.Locale` (never a hand-kept list). */
export function localeDir(locale: string): 'ltr' | 'rtl' {
  const known = directions.get(locale);
  if (known) return known;
  const intl = new Intl.Locale(locale) as Intl.Locale & {
    textInfo?: TextInfo;
    getTextInfo?: () => TextInfo;
  };
  const info = intl.getTextInfo?.() ?? intl.textInfo;
  const direction = info?.direction === 'rtl' ? 'rtl' : 'ltr';
  directions.set(locale, direction);
  return direction;
}

/** The name of a language written in that language ("English", "Français", "العربية"). */
export function autonym(locale: Locale): string {
  let name = autonyms.get(locale);
  if (!name) {
    const raw = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1);
    autonyms.set(locale, name);
  }
  return name;
}
