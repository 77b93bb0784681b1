/**
 * The UI strings the search page's script needs, passed from the page (search.astro) as JSON in a
 * data attribute: the script never imports the whole ui/{lang}.ts dictionaries.
 */
import type { PluralForms, UiKey } from '../../i18n/uiTypes.ts';

/** Keys of ui/{lang}.ts the script uses. */
export const clientKeys = [
  'search.resultsFor',
  'search.entries',
  'search.shown',
  'search.loading',
  'search.failed',
  'search.empty',
  'search.emptyBrowse',
  'search.empty.filters',
  'search.empty.directory',
  'search.removeFilter',
  'search.notStated',
  'search.filters.chosen',
  'search.download',
  'search.downloadLimit',
  'search.downloadPreparing',
  'search.downloadReady',
  'search.downloadFailed',
  'pledge.pledger',
  'pledge.countries',
  'pledge.status',
  'pledge.value',
  'document.symbol',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof clientKeys)[number];

/** The strings of one language, by key. */
export type ClientStrings = Record<ClientKey, string | PluralForms>;

/** Values put into `{placeholders}`. */
export type TextParams = Record<string, string | number>;

/** A string with its placeholders filled; plural strings pick their form from `params.count` (Intl.PluralRules). Numbers are formatted for the language. */
export function fillText(strings: ClientStrings, key: ClientKey, intlLocale: string, params: TextParams = {}): string {
  const entry = strings[key];
  let template: string;
  if (typeof entry === 'string') template = entry;
  else {
    const rule = new Intl.PluralRules(intlLocale).select(Number(params.count ?? 0)) as keyof PluralForms;
    template = entry[rule] ?? entry.other;
  }
  const numbers = new Intl.NumberFormat(intlLocale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}
