/**
 * The page template a built page comes from, derived from its address
 * (src/i18n/paths.ts): /en/pledges/x/ → "pledge", /fr/pledges/page/3/ →
 * "pledge listing", and so on. Paginated continuation pages (…/page/N/)
 * belong to the template of their first page. Addresses no rule knows get
 * a generic name from their first segment, so new routes still show up.
 */

const lang = '(?:en|fr|ar)';
const page = '(?:page/\\d+/)?';

/** [template, pattern of the path relative to the site root, without a leading slash]. */
const rules: [string, RegExp][] = [
  ['root /', /^$/],
  ['404', /^404\.html$/],
  ['home', new RegExp(`^${lang}/$`)],
  ['documents index', new RegExp(`^${lang}/documents/$`)],
  ['document-type listing', new RegExp(`^${lang}/documents/type/[^/]+/$`)],
  ['document', new RegExp(`^${lang}/documents/[^/]+/$`)],
  ['focus areas index', new RegExp(`^${lang}/focus-areas/$`)],
  ['focus area', new RegExp(`^${lang}/focus-areas/[^/]+/${page}$`)],
  ['pledge listing', new RegExp(`^${lang}/pledges/${page}$`)],
  ['pledges by value', new RegExp(`^${lang}/pledges/largest/${page}$`)],
  ['pledges by status', new RegExp(`^${lang}/pledges/status/[^/]+/${page}$`)],
  ['pledge', new RegExp(`^${lang}/pledges/[^/]+/$`)],
  ['pledger listing', new RegExp(`^${lang}/pledgers/${page}$`)],
  ['pledger', new RegExp(`^${lang}/pledgers/[^/]+/${page}$`)],
  ['countries index', new RegExp(`^${lang}/countries/$`)],
  ['country', new RegExp(`^${lang}/countries/[^/]+/${page}$`)],
  ['group', new RegExp(`^${lang}/groups/[^/]+/${page}$`)],
  ['region', new RegExp(`^${lang}/regions/[^/]+/${page}$`)],
  ['data', new RegExp(`^${lang}/data/$`)],
  ['charts', new RegExp(`^${lang}/data/charts/$`)],
  ['dictionary', new RegExp(`^${lang}/data/dictionary/$`)],
  ['method', new RegExp(`^${lang}/data/method/$`)],
  ['changelog', new RegExp(`^${lang}/data/changelog/$`)],
  ['search', new RegExp(`^${lang}/search/$`)],
];

/** Address of a built HTML file: "en/pledges/x/index.html" → "en/pledges/x/". */
export function pagePathOf(relativeFile: string): string {
  const file = relativeFile.split('\\').join('/');
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function templateOf(pagePath: string): string {
  for (const [name, pattern] of rules) if (pattern.test(pagePath)) return name;
  const segments = pagePath.split('/').filter(Boolean);
  const first = segments[0] && /^(?:en|fr|ar)$/.test(segments[0]) ? segments[1] : segments[0];
  return `other: ${first ?? pagePath}`;
}

/** Whether a template may load more JavaScript than a small enhancement (the search page: its own interface, up to 25 kB, besides Pagefind's files). */
export function mayUseJavaScript(template: string): boolean {
  return template === 'search';
}

/** Display order of the templates (unknown ones last, alphabetically). */
export function templateOrder(a: string, b: string): number {
  const index = (name: string) => {
    const i = rules.findIndex(([rule]) => rule === name);
    return i === -1 ? rules.length : i;
  };
  return index(a) - index(b) || a.localeCompare(b);
}
