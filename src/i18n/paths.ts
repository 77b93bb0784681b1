import type { Locale } from './locales.ts';

/** Joins segments into a site path with a trailing slash: ('en', 'pledges', 'x') → /en/pledges/x/. */
export function localePath(locale: Locale, ...segments: (string | number)[]): string {
  const rest = segments.map((s) => encodeURIComponent(String(s))).join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** The same page in another language: /en/pledges/x/ → /fr/pledges/x/. */
export function switchLocale(path: string, locale: Locale): string {
  return path.replace(/^\/(en|fr|ar)(?=\/|$)/, `/${locale}`);
}

/** Addresses of the site's pages; each is permanent once published. */
export const routes = {
  home: (l: Locale) => localePath(l),
  documents: (l: Locale) => localePath(l, 'documents'),
  documentType: (l: Locale, type: string) => localePath(l, 'documents', 'type', type),
  document: (l: Locale, id: string) => localePath(l, 'documents', id),
  focusAreas: (l: Locale) => localePath(l, 'focus-areas'),
  focusArea: (l: Locale, id: string) => localePath(l, 'focus-areas', id),
  pledges: (l: Locale) => localePath(l, 'pledges'),
  pledgesLargest: (l: Locale) => localePath(l, 'pledges', 'largest'),
  pledgesByStatus: (l: Locale, status: string) => localePath(l, 'pledges', 'status', status),
  pledgesWorldwide: (l: Locale) => localePath(l, 'pledges', 'worldwide'),
  pledge: (l: Locale, id: string) => localePath(l, 'pledges', id),
  pledgers: (l: Locale) => localePath(l, 'pledgers'),
  pledger: (l: Locale, id: string) => localePath(l, 'pledgers', id),
  countries: (l: Locale) => localePath(l, 'countries'),
  country: (l: Locale, alpha3: string) => localePath(l, 'countries', alpha3.toLowerCase()),
  group: (l: Locale, id: string) => localePath(l, 'groups', id),
  region: (l: Locale, id: string) => localePath(l, 'regions', id),
  data: (l: Locale) => localePath(l, 'data'),
  dictionary: (l: Locale) => localePath(l, 'data', 'dictionary'),
  dictionaryCountries: (l: Locale) => localePath(l, 'data', 'dictionary', 'countries'),
  dictionaryValues: (l: Locale) => localePath(l, 'data', 'dictionary', 'values'),
  method: (l: Locale) => localePath(l, 'data', 'method'),
  changelog: (l: Locale) => localePath(l, 'data', 'changelog'),
  search: (l: Locale) => localePath(l, 'search'),
  updates: (l: Locale) => localePath(l, 'updates'),
  editorsTranslations: (l: Locale) => localePath(l, 'editors', 'translations'),
  feeds: (l: Locale) => localePath(l, 'feeds'),
  feed: (l: Locale) => `/${l}/feed.xml`,
  scopedFeed: (pagePath: string) => `${pagePath}feed.xml`,
  pledgeJson: (id: string) => `/data/pledges/${id}.json`,
  about: (l: Locale) => localePath(l, 'about'),
  corrections: (l: Locale) => localePath(l, 'corrections'),
  privacy: (l: Locale) => localePath(l, 'privacy'),
  licences: (l: Locale) => localePath(l, 'licences'),
  /** The page a server shows for a missing address under /{lang}/ (never linked, not in the sitemap). */
  notFound: (l: Locale) => localePath(l, '404'),
} as const;

/** Path of page `n` of a paginated list whose first page is `base` (page 1 is the base itself). */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}
