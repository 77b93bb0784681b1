/**
 * The part of Pagefind's browser API the search page uses, typed, and its loading: the page
 * imports /pagefind/pagefind.js (written by scripts/search-index.ts) at run time, never bundles it.
 * Pagefind picks the index of the page's language from <html lang>.
 */
import { metaWeights } from '../filterFields.ts';

/** One search result before its data is loaded. */
export interface PagefindResult {
  /** Pagefind's id of the page (its fragment). */
  id: string;
  /** Relevance, or the position in the sort order when sorting. */
  score: number;
  data(): Promise<PagefindFragment>;
}

/** A result's stored data. */
export interface PagefindFragment {
  url: string;
  /** The record's content: visible text, then search keys (see searchKeys.ts). */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Counts of results per filter value. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  /** Results if no filter were applied. */
  unfilteredResultCount: number;
  /** Results if each value were added to the current filters (after `filters()` was called once). */
  filters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Where Pagefind's script is (a variable, so that the bundler leaves the import alone). */
const pagefindScript = '/pagefind/pagefind.js';

/**
 * Loads and starts Pagefind: on the main thread (its web worker would be a second 12 kB
 * download of the same code, for searches that take a few milliseconds), with our meta weights.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindScript)) as Pagefind;
  await pagefind.options({ noWorker: true, ranking: { metaWeights } });
  await pagefind.init();
  return pagefind;
}
