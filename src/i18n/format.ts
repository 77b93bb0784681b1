import type { Country } from '../schemas/reference.ts';
import { intlLocale, type Locale } from './locales.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>();

/** Intl objects are costly to create: each is made once per language and kind, then reused. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A whole number with the locale's grouping ("12,345", "12 345"). */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(value);
}

/** A share as a percentage ("31%", "31 %"). */
export function formatPercent(share: number, locale: Locale): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/**
 * How amounts name their currency. Arabic names it in words: a symbol such as "US$" would be
 * reordered to "$US" inside right-to-left text, and ITU's Arabic texts write «دولار أمريكي».
 */
function currencyDisplay(locale: Locale): 'name' | 'symbol' {
  return locale === 'ar' ? 'name' : 'symbol';
}

/** An amount of money in full ("€12,000,000.00" → "€12,000,000"). */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return cached(`m:${locale}:${currency}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, currencyDisplay: currencyDisplay(locale), maximumFractionDigits: 0 })).format(amount);
}

/** An amount of US dollars, short, without trailing zeros ("$703M", "1,2 M $US", "703 مليون دولار أمريكي"). */
export function formatUsdCompact(amount: number, locale: Locale): string {
  return cached(`c:${locale}`, () =>
    new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: currencyDisplay(locale),
      notation: 'compact',
      maximumFractionDigits: 1,
      trailingZeroDisplay: 'stripIfInteger',
    }),
  ).format(amount);
}

// Formatted dates and names repeat across tens of thousands of pages (the build date is in every
// footer): each is formatted once.
const formatted = new Map<string, string>();

function once(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = make()));
  return text;
}

/** A date (YYYY-MM-DD) in words, to the day, the month or the year. */
export function formatDate(isoDate: string, locale: Locale, precision: 'day' | 'month' | 'year' = 'day'): string {
  return once(`date:${isoDate}:${locale}:${precision}`, () => {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    return cached(`d:${locale}:${precision}`, () => new Intl.DateTimeFormat(intlLocale(locale), options)).format(new Date(`${isoDate}T00:00:00Z`));
  });
}

/** A year alone, in the locale's digits. */
export function formatYear(year: number, locale: Locale): string {
  return cached(`y:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { useGrouping: false })).format(year);
}

/** The name of a country: the UN name where the reference data gives one, otherwise Intl's. */
export function countryName(country: Pick<Country, 'alpha2' | 'label'>, locale: Locale): string {
  return country.label?.[locale] ?? once(`country:${country.alpha2}:${locale}`, () => cached(`r:${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type: 'region' })).of(country.alpha2) ?? country.alpha2);
}

/**
 * Language names where ITU's usage differs from CLDR's: ITU's Arabic texts write «الإنكليزية»
 * (as the seed documents do: «الأصل: بالإنكليزية»), where CLDR has «الإنجليزية».
 */
const ituLanguageNames: Partial<Record<Locale, Record<string, string>>> = { ar: { en: 'الإنكليزية' } };

/** The name of a language in another language ("Arabic", "arabe", "العربية"). */
export function languageName(code: string, locale: Locale): string {
  return once(`language:${code}:${locale}`, () => ituLanguageNames[locale]?.[code] ?? cached(`l:${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type: 'language' })).of(code) ?? code);
}

/** A list joined the locale's way ("A, B and C", "A، وB وC"). */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' })).format(items);
}

/** A number with up to two decimals ("18.55", "18,55"). */
export function formatDecimal(value: number, locale: Locale): string {
  return cached(`dec:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 })).format(value);
}

const collators = new Map<Locale, Intl.Collator>();

/** Compares two texts in a language's alphabetical order. */
export function compareText(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(intlLocale(locale))));
  return collator.compare;
}
