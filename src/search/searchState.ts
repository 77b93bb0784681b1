/**
 * What a search is (query, filters, order) and how it is written in the page's address, so that
 * a search can be shared, bookmarked, reloaded and restored by the back button:
 * `?q=…&focus=access&status=completed&sort=value`. The address is untrusted input: only known
 * filter values are kept (an unknown one is dropped without error), the query is capped, and
 * nothing from it is ever parsed as HTML.
 */
import { filterKeys, isOneOf, sortOrders, type FilterKey, type SortOrder } from './filterFields.ts';

export interface SearchState {
  /** What the reader typed (may be empty: then the page lists every entry matching the filters). */
  q: string;
  /** One value (a code) per filter at most. */
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/** The values each filter may take (the page reads them from its filter menus). */
export type KnownValues = Partial<Record<FilterKey, ReadonlySet<string>>>;

/** Longest query kept from an address, in characters. */
export const maxQueryLength = 200;

/** A state with nothing chosen. */
export const emptyState: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** Reads a state from an address's query string (`location.search`), keeping only known values. */
export function parseSearchState(search: string | URLSearchParams, known: KnownValues): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of filterKeys) {
    const values = known[key];
    if (!values) continue;
    // The first known value of the parameter wins; codes are matched as written, country codes in either case.
    for (const raw of params.getAll(key)) {
      const value = key === 'country' ? raw.trim().toUpperCase() : raw.trim();
      if (values.has(value)) {
        filters[key] = value;
        break;
      }
    }
  }
  const sortParam = params.get('sort') ?? '';
  const sort: SortOrder = isOneOf(sortOrders, sortParam) ? sortParam : 'relevance';
  return { q, filters, sort };
}

/** Writes a state as a query string ("?q=…&focus=…"), defaults left out; "" for the empty state. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether two states ask for the same search. */
export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** The order results are shown in: a search without words has no relevance, so it lists newest first. */
export function effectiveSort(state: SearchState): SortOrder {
  return state.sort === 'relevance' && !state.q ? 'date' : state.sort;
}
