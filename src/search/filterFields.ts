/**
 * The filters and sorts of the search index, shared by the index builder (scripts/search-index.ts)
 * and the search page: each filter's name is both its Pagefind filter key and its URL parameter
 * (`?focus=access&status=completed`). Filter values are codes (focus area ids, ISO 3166-1
 * alpha-3 codes, years …); the page prints them in the reader's language.
 */

/** Filters, in the order the page shows them. */
export const filterKeys = ['type', 'focus', 'stakeholder', 'group', 'region', 'country', 'status', 'pledgeType', 'year', 'lang'] as const;

/** A filter of the index (and a URL parameter of the search page). */
export type FilterKey = (typeof filterKeys)[number];

/** Kinds of entry the index holds (values of the `type` filter), in the order the page lists them. */
export const contentTypes = ['pledge', 'pledger', 'document', 'country', 'focus-area', 'group', 'region'] as const;

/** A kind of entry. */
export type ContentType = (typeof contentTypes)[number];

/** Orders the results can be shown in (`?sort=`): relevance, newest first, largest estimated value first. */
export const sortOrders = ['relevance', 'date', 'value'] as const;

/** An order of results. */
export type SortOrder = (typeof sortOrders)[number];

/** Pagefind's sort key for "largest value first" (pledges only; "newest first" is the index's own order). */
export const valueSortKey = 'value';

/** Meta fields of a record, read by the result card. */
export const metaFields = {
  /** Title shown on the card. */
  title: 'title',
  /** Date of a pledge's announcement or a document, as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: 'date',
  /** Estimated value in US dollars (whole number); absent when none was given. */
  value: 'value',
  /** The pledger's name, as the page shows it. */
  pledger: 'pledger',
  /** A document's symbol in the page's language. */
  symbol: 'symbol',
  /** A pledge's id. */
  id: 'id',
  /** The names of a country, focus area, country group, region or pledger (so that its own page ranks first for its name). */
  name: 'name',
} as const;

/** Ranking weights of meta fields that match a query: a symbol, an id or an entity's name ranks its own page first. */
export const metaWeights: Record<string, number> = { title: 5, symbol: 10, id: 10, name: 10 };

/** Whether a string is one of a list of values (narrows its type). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
