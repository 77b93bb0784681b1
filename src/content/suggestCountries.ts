import { locales, type Locale } from '../i18n/locales.ts';
import { foldForComparison } from './suggestNearest.ts';

/**
 * Other ways an editor may write a country, each leading to its alpha-3
 * code: its alpha-2 code ("KE") and its name in each language of the site,
 * as the site shows it (Intl.DisplayNames, or the UN name of the countries
 * list): "Kenya" → KEN.
 */
export function countryAliases(countries: readonly { alpha2: string; alpha3: string; label?: Partial<Record<Locale, string>> }[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const names = locales.map((locale) => new Intl.DisplayNames([locale], { type: 'region' }));
  for (const country of countries) {
    const add = (alias: string | undefined) => {
      if (alias) aliases.set(foldForComparison(alias), country.alpha3);
    };
    add(country.alpha2);
    for (const display of names) add(display.of(country.alpha2));
    for (const locale of locales) add(country.label?.[locale]);
  }
  return aliases;
}
