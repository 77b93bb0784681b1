import type { ContentType, FilterKey } from '../filterFields.ts';

/**
 * One entry of the search index: an entity page in one language, as Pagefind's Node API takes
 * it (`index.addCustomRecord`). Built from the site model (never by re-reading built HTML), so
 * the header, navigation, footer, illustrative banner and "cite this" box are never in it.
 */
export interface SearchRecord {
  /** Address of the page (page 1 of a paginated entity). */
  url: string;
  /** Text a reader sees on the page, then its search keys (searchKeys.ts). */
  content: string;
  /** The page's language (one index per language). */
  language: string;
  /** Fields of the result card (filterFields.ts `metaFields`); Pagefind also indexes their words. */
  meta: Record<string, string>;
  /** Filter values (codes) by filter. */
  filters: Partial<Record<FilterKey, string[]>> & { type: [ContentType] };
  /**
   * Sort keys, pledges only: `value` (US dollars, -1 when not stated). There is no date key: records
   * are added newest first, and the page orders by date from that order (page/runSearch.ts), which
   * spares every first query the download of a second sort order.
   */
  sort?: { value: string };
}
