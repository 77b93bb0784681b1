/**
 * Runs a search state through Pagefind: the planned searches of the query (queryVariants.ts),
 * or one filter-only search when there is no query, merged by page (best weighted score kept),
 * in the order asked for; and the filter counts shown in the menus.
 */
import { valueSortKey, type FilterKey } from '../filterFields.ts';
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

/** Merges the results of several searches by page, keeping each page's best (weighted) score, best first. */
function merge(responses: readonly { results: PagefindResult[] }[], weights: readonly number[]): PagefindResult[] {
  if (responses.length === 1) return responses[0]?.results ?? [];
  const best = new Map<string, { result: PagefindResult; score: number; first: number }>();
  let seen = 0;
  responses.forEach((response, i) => {
    const weight = weights[i] ?? 1;
    for (const result of response.results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (!known) best.set(result.id, { result, score, first: seen++ });
      else if (score > known.score) known.score = score;
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score || a.first - b.first).map((m) => m.result);
}

/**
 * The results of a state, in its order:
 * - relevance: Pagefind's ranking, the planned searches merged;
 * - largest value first: Pagefind's sort on the pledges' `value` key (only pledges have one);
 * - newest first: the order of the index itself (records are added newest first, undated entries
 *   last, records/buildRecords.ts): a search without words lists it as it is, and a query's results
 *   are put in that order. This spares the index a second sort order, which every first query
 *   would download, and Pagefind's sort, whose cost grows with the square of the results.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const { searches, highlight } = searchesOf(state);
  const sort = effectiveSort(state);
  const filters = { ...state.filters } as Record<string, string>;
  const options: PagefindSearchOptions = sort === 'value' ? { filters, sort: { [valueSortKey]: 'desc' } } : { filters };
  const responses = await Promise.all(searches.map((s) => pagefind.search(s.term, options)));
  // Sorted searches score by position in one shared order: no weighting then.
  const results = merge(responses, sort === 'relevance' ? searches.map((s) => s.weight) : []);
  if (sort !== 'date' || !state.q) return { results, highlight };
  const index = await pagefind.search(null, { filters });
  const position = new Map(index.results.map((result, i) => [result.id, i]));
  return { results: [...results].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)), highlight };
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
