/**
 * Runs a search state through Pagefind: the planned searches of the query (queryVariants.ts),
 * or one filter-only search when there is no query, merged by page (best weighted score kept),
 * in the order asked for; and the filter counts shown in the menus.
 */
import { sortKey, type FilterKey } from '../filterFields.ts';
import { planQuery, type PlannedSearch } from '../queryVariants.ts';
import { effectiveSort, type SearchState } from '../searchState.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindSearchOptions } from './pagefindApi.ts';

export interface SearchOutcome {
  /** Results, best first (or in the chosen order). */
  results: PagefindResult[];
  /** Query forms the excerpts highlight. */
  highlight: string[];
}

function searchesOf(state: SearchState): { searches: (PlannedSearch | { term: null; weight: 1; broadest: true })[]; highlight: string[] } {
  const plan = planQuery(state.q);
  return plan.searches.length ? plan : { searches: [{ term: null, weight: 1, broadest: true }], highlight: [] };
}

/**
 * Pagefind options of a state. Without a query, "newest first" needs no sort: the index holds its
 * records newest first (records/buildRecords.ts) and Pagefind lists a filter-only search in that
 * order, which spares its sort (quadratic in the number of results).
 */
function options(state: SearchState): PagefindSearchOptions {
  const sort = effectiveSort(state);
  const sorted = sort !== 'relevance' && !(sort === 'date' && !state.q);
  return { filters: { ...state.filters } as Record<string, string>, sort: sorted ? { [sortKey[sort]]: 'desc' } : {} };
}

/** The results of a state. */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const { searches, highlight } = searchesOf(state);
  const opts = options(state);
  const responses = await Promise.all(searches.map((s) => pagefind.search(s.term, opts)));
  if (responses.length === 1) return { results: responses[0]?.results ?? [], highlight };
  // Sorted searches score by position in one shared order: no weighting then.
  const weighted = effectiveSort(state) === 'relevance';
  const best = new Map<string, { result: PagefindResult; score: number; first: number }>();
  let seen = 0;
  responses.forEach((response, i) => {
    const weight = weighted ? (searches[i]?.weight ?? 1) : 1;
    for (const result of response.results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (!known) best.set(result.id, { result, score, first: seen++ });
      else if (score > known.score) known.score = score;
    }
  });
  const merged = [...best.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  return { results: merged.map((m) => m.result), highlight };
}

/**
 * Counts for the filter menus: for each filter, how many results there would be with that value
 * chosen (the other filters kept). Pagefind gives them for the filters not chosen; a chosen
 * filter is counted with itself removed. Several searches of one query are combined by taking
 * the largest count (the canonical search finds the others' results too).
 */
export async function countFilters(pagefind: Pagefind, state: SearchState, keys: readonly FilterKey[]): Promise<FilterCounts> {
  const { searches } = searchesOf(state);
  const combine = (target: FilterCounts, source: FilterCounts, only?: FilterKey) => {
    for (const [key, values] of Object.entries(source)) {
      if (only && key !== only) continue;
      const row = (target[key] ??= {});
      for (const [value, count] of Object.entries(values)) row[value] = Math.max(row[value] ?? 0, count);
    }
  };
  const counts: FilterCounts = {};
  for (const response of await Promise.all(searches.map((s) => pagefind.search(s.term, { filters: { ...state.filters } as Record<string, string> })))) {
    combine(counts, response.filters);
  }
  for (const key of keys) {
    if (!state.filters[key]) continue;
    const others = { ...state.filters };
    delete others[key];
    delete counts[key];
    for (const response of await Promise.all(searches.map((s) => pagefind.search(s.term, { filters: others as Record<string, string> })))) combine(counts, response.filters, key);
  }
  return counts;
}
