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
  /** Sort keys: `date` (days since 1970-01-01, 0 when undated) and `value` (US dollars, -1 when not stated), as strings. */
  sort: { date: string; value: string };
}
