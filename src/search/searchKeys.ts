/**
 * The search keys of a record: the forms of its words that Pagefind would not find by itself
 * (see normalize/wordForms.ts), each once. They are added to the record's content after
 * `keysMarker`, so that Pagefind indexes them; the search page cuts them off before it builds
 * an excerpt (visibleText), so readers never see them.
 */
import { indexForms } from './normalize/wordForms.ts';
import { hasArabic } from './normalize/arabicLetters.ts';
import { foldLatin, withoutElision } from './normalize/latinWords.ts';
import { pagefindSpelling, words } from './normalize/tokenize.ts';

/** Separates the visible text from the keys in a record's content (a "word" with no letter, which Pagefind does not index). */
export const keysMarker = ' \u2042 ';

// Records repeat the same words (labels, names, vocabulary): each Arabic word's forms and spelling
// are computed once per process. The caches stop growing at `cacheLimit` entries.
const cacheLimit = 200_000;
const formsCache = new Map<string, readonly string[]>();
const spellingCache = new Map<string, string>();

function cachedForms(token: string): readonly string[] {
  let forms = formsCache.get(token);
  if (!forms) {
    forms = indexForms(token);
    if (formsCache.size < cacheLimit) formsCache.set(token, forms);
  }
  return forms;
}

function cachedSpelling(token: string): string {
  let spelling = spellingCache.get(token);
  if (spelling === undefined) {
    spelling = pagefindSpelling(token);
    if (spellingCache.size < cacheLimit) spellingCache.set(token, spelling);
  }
  return spelling;
}

/** An Arabic letter. */
const arabicLetter = /[\u0620-\u064A\u0671-\u06D3]/;
/** Runs of letters (an Arabic word may be glued to a Latin one, as in «وNawaris»). */
const letterRun = /[\p{L}\p{M}\p{N}\u0640]+/gu;
/** Latin words with an inner apostrophe (l’autonomisation, d'intérêt, ITU’s); never started inside a word. */
const apostropheWord = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+['’][\p{L}\p{N}]+/gu;

/**
 * The keys of some texts: the forms of their words that Pagefind would not find by itself, each
 * once. Only two kinds of word can have such forms: words with Arabic letters (folding, clitics,
 * plurals; and a Latin name glued to an Arabic letter, which Pagefind reads as one word) and Latin
 * words with an apostrophe (elided article, possessive); every other word is skipped unread,
 * which keeps the index step fast on large sites.
 */
export function searchKeys(texts: readonly string[]): string[] {
  const spelled = new Set<string>();
  const keys = new Set<string>();
  for (const text of texts) {
    if (arabicLetter.test(text)) {
      for (const [run] of text.matchAll(letterRun)) {
        if (!arabicLetter.test(run)) continue;
        spelled.add(cachedSpelling(run));
        for (const token of words(run)) {
          if (hasArabic(token)) for (const form of cachedForms(token)) keys.add(form);
          else keys.add(foldLatin(token));
        }
      }
    }
    if (text.includes('’') || text.includes("'")) {
      for (const [word] of text.matchAll(apostropheWord)) {
        const bare = withoutElision(word);
        if (bare) keys.add(foldLatin(bare));
      }
    }
  }
  return [...keys].filter((key) => !spelled.has(cachedSpelling(key)));
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
