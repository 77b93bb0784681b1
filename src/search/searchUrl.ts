/**
 * Links to the search page with filters already chosen, for the directory, focus area, country,
 * group and region pages (components/search/SearchPresetLink.astro):
 * `searchUrl('fr', { focus: 'access', group: 'ldc' })` → `/fr/search/?focus=access&group=ldc`.
 */
import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import type { FilterKey, SortOrder } from './filterFields.ts';
import { serializeSearchState } from './searchState.ts';

/** What a preset link chooses: filter values (codes; a country as its alpha-3 code), and optionally a query and an order. */
export type SearchPreset = Partial<Record<FilterKey, string>> & { q?: string; sort?: SortOrder };

/** Address of the search page of a language with a preset. */
export function searchUrl(locale: Locale, preset: SearchPreset = {}): string {
  const { q = '', sort = 'relevance', ...filters } = preset;
  const normalized = filters.country ? { ...filters, country: filters.country.toUpperCase() } : filters;
  return routes.search(locale) + serializeSearchState({ q, sort, filters: normalized });
}
