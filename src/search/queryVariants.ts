/**
 * Turns what a reader typed into the Pagefind searches that find every spelling of it.
 *
 * Pagefind requires every word of a query on a page (AND). Each word has one canonical form
 * that meets all its variants in the index (clitics peeled, broken plural brought to its
 * singular, see normalize/wordForms.ts), so one search with the canonical forms finds every
 * page; a second search with the words as typed (only folded) ranks first the pages that spell
 * them the reader's way. The page merges the two by URL (runSearch.ts).
 */
import { foldArabic, hasArabic } from './normalize/arabicLetters.ts';
import { pagefindSpelling, words } from './normalize/tokenize.ts';
import { queryForms } from './normalize/wordForms.ts';

/** One Pagefind search to run for a query, with the weight its scores are multiplied by when merging. */
export interface PlannedSearch {
  term: string;
  weight: number;
  /** True for the search whose results include every other's (its filter counts are shown). */
  broadest: boolean;
}

/** The words of the query as the excerpt highlighter looks for them (literal and canonical forms). */
export interface QueryPlan {
  searches: PlannedSearch[];
  highlight: string[];
}

/** Longest query read, in words (the rest is ignored). */
export const maxQueryWords = 12;

/** Weight of the canonical search's scores against the literal one's (pages spelled as typed rank first). */
export const canonicalWeight = 0.8;

/** The searches to run for a query; none for a query without words (the page then browses). */
export function planQuery(query: string): QueryPlan {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) {
    // A quoted phrase: Pagefind's exact-phrase search, as typed.
    const inner = words(trimmed).slice(0, maxQueryWords);
    return inner.length ? { searches: [{ term: `"${inner.join(' ')}"`, weight: 1, broadest: true }], highlight: inner.map(highlightForm) } : { searches: [], highlight: [] };
  }
  const tokens = words(trimmed)
    .filter((token) => !(hasArabic(token) && foldArabic(token).length < 2))
    .slice(0, maxQueryWords);
  if (tokens.length === 0) return { searches: [], highlight: [] };
  const forms = tokens.map(queryForms);
  const literal = forms.map((f) => f.literal).join(' ');
  const canonical = forms.map((f) => f.canonical).join(' ');
  const highlight = [...new Set(forms.flatMap((f) => [f.literal, f.canonical]).map(highlightForm))];
  const same = forms.every((f) => pagefindSpelling(f.literal) === pagefindSpelling(f.canonical));
  if (same) return { searches: [{ term: literal, weight: 1, broadest: true }], highlight };
  return {
    searches: [
      { term: literal, weight: 1, broadest: false },
      { term: canonical, weight: canonicalWeight, broadest: true },
    ],
    highlight,
  };
}

/** A query form as the highlighter compares it: folded, and a long Latin word shortened to its first letters ("connected" → "connec"). */
function highlightForm(form: string): string {
  if (hasArabic(form)) return foldArabic(form);
  const folded = form
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return folded.length > 5 ? folded.slice(0, Math.max(5, folded.length - 3)) : folded;
}
