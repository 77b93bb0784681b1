/**
 * The excerpt of a result, built from the visible text of its record (never from the search
 * keys): a window of words around the first word the query matches, matched words marked, and
 * runs of words in the other direction (Latin names and codes in Arabic, Arabic names in English
 * or French) grouped so that the page can isolate them (<bdi>). Pure logic: the page turns the
 * runs into DOM nodes with textContent only (page/renderExcerpt.ts).
 */
import { foldArabic, hasArabic } from './normalize/arabicLetters.ts';
import { wordSpans } from './normalize/tokenize.ts';
import { indexForms } from './normalize/wordForms.ts';

/** A piece of excerpt text, marked when it is a word the query matched. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** A run of pieces; `isolate` when its words are written in the other direction than the page. */
export interface ExcerptRun {
  isolate: boolean;
  pieces: ExcerptPiece[];
}

/** Words shown in an excerpt. */
export const excerptWords = 30;
/** Words kept before the first match. */
const leadWords = 8;

type Direction = 'ltr' | 'rtl' | 'neutral';

function directionOf(word: string): Direction {
  if (hasArabic(word)) return 'rtl';
  return /\p{L}/u.test(word) ? 'ltr' : 'neutral';
}

/** Whether a word of the text matches one of the query's forms (a form of the word starts with it, as Pagefind matches prefixes). */
export function matchesQuery(word: string, queryForms: readonly string[]): boolean {
  if (queryForms.length === 0) return false;
  const forms = indexForms(word).map((form) => (hasArabic(form) ? foldArabic(form) : form));
  return forms.some((form) => queryForms.some((q) => q.length > 0 && form.startsWith(q)));
}

/** The excerpt of `text` for a query (its highlight forms), as runs for a page written in `pageDir`. */
export function buildExcerpt(text: string, queryForms: readonly string[], pageDir: 'ltr' | 'rtl', length = excerptWords): ExcerptRun[] {
  const spans = wordSpans(text);
  if (spans.length === 0) return [];
  const matched = spans.map((span) => matchesQuery(span.word, queryForms));
  const first = matched.indexOf(true);
  const startWord = first < 0 ? 0 : Math.max(0, Math.min(first - leadWords, spans.length - length));
  const endWord = Math.min(spans.length, startWord + length);
  const from = startWord === 0 ? 0 : (spans[startWord]?.start ?? 0);
  const to = endWord === spans.length ? text.length : (spans[endWord - 1]?.end ?? text.length);

  const other: Direction = pageDir === 'rtl' ? 'ltr' : 'rtl';
  // Which words are "foreign" (written in the other direction); numbers between two foreign words join their run.
  const directions = spans.map((span) => directionOf(span.word));
  const foreign = directions.map((d, i) => {
    if (d === other) return true;
    if (d !== 'neutral') return false;
    let before = i - 1;
    while (before >= startWord && directions[before] === 'neutral') before -= 1;
    let after = i + 1;
    while (after < endWord && directions[after] === 'neutral') after += 1;
    return before >= startWord && after < endWord && directions[before] === other && directions[after] === other;
  });

  const runs: ExcerptRun[] = [];
  const push = (text: string, mark: boolean, isolate: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.isolate === isolate) {
      const lastPiece = last.pieces.at(-1);
      if (lastPiece && !lastPiece.mark && !mark) lastPiece.text += text;
      else last.pieces.push({ text, mark });
    } else runs.push({ isolate, pieces: [{ text, mark }] });
  };

  if (startWord > 0) push('… ', false, false);
  let cursor = from;
  for (let i = startWord; i < endWord; i += 1) {
    const span = spans[i];
    if (!span) continue;
    // The gap before a word belongs to the word's run only when the previous word is in the same foreign run.
    const gap = text.slice(cursor, span.start);
    push(gap, false, foreign[i] === true && i > startWord && foreign[i - 1] === true);
    push(span.word, matched[i] === true, foreign[i] === true);
    cursor = span.end;
  }
  push(text.slice(cursor, to), false, false);
  if (endWord < spans.length) push(' …', false, false);
  return runs;
}
