/**
 * The search keys of a record: the forms of its words that Pagefind would not find by itself
 * (see normalize/wordForms.ts), each once. They are added to the record's content after
 * `keysMarker`, so that Pagefind indexes them; the search page cuts them off before it builds
 * an excerpt (visibleText), so readers never see them.
 */
import { indexForms } from './normalize/wordForms.ts';
import { pagefindSpelling, words } from './normalize/tokenize.ts';

/** Separates the visible text from the keys in a record's content (a "word" with no letter, which Pagefind does not index). */
export const keysMarker = ' \u2042 ';

/** The keys of some texts: the forms of their words that differ from how Pagefind spells the words themselves, each once. */
export function searchKeys(texts: readonly string[]): string[] {
  const spelled = new Set<string>();
  const keys = new Set<string>();
  for (const text of texts) {
    // Pagefind reads whitespace-separated words; the keys come from finer words (script changes split).
    for (const chunk of text.split(/\s+/)) spelled.add(pagefindSpelling(chunk));
    for (const token of words(text)) for (const form of indexForms(token)) keys.add(form);
  }
  return [...keys].filter((key) => !spelled.has(pagefindSpelling(key)));
}

/** A record's content: the visible text, then its keys after the marker (none when there are none). */
export function contentWithKeys(visible: string, alsoIndexed: readonly string[] = []): string {
  const keys = searchKeys([visible, ...alsoIndexed]);
  return keys.length ? `${visible}${keysMarker}${keys.join(' ')}` : visible;
}

/** The visible part of a record's content (what precedes the keys). */
export function visibleText(content: string): string {
  const at = content.indexOf(keysMarker.trim());
  return at < 0 ? content : content.slice(0, at).trimEnd();
}
