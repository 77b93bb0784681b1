/**
 * Arabic proclitics: the conjunctions و and ف, the prepositions ب، ك، ل and the article ال are
 * written joined to the next word, often stacked (والتنمية، فالبلدان، وبالشراكة، للبلدان). These
 * functions peel them off a FOLDED word (see arabicLetters.ts), one morpheme at a time.
 *
 * A letter that looks like a clitic may belong to the word itself (وزير، بلد، كتاب، لبنان), so
 * peeling is bounded by how many letters must remain: the index side peels generously (every
 * reading becomes a search key: a wrong one only adds a key nobody types), the query side
 * strictly (a wrong reading would match unrelated words), see `textLimits` and `queryLimits`.
 */

/** Letters that must remain after peeling: after a lone clitic (و ف ب ك ل) and after the article. */
export interface PeelLimits {
  lone: number;
  article: number;
}

/** Index side: every plausible reading (a noun after a lone و has at least three letters). */
export const textLimits: PeelLimits = { lone: 3, article: 2 };

/**
 * Query side: a lone clitic is peeled only when four letters remain, the article only when three
 * remain (آلاف is not ال + اف).
 */
export const queryLimits: PeelLimits = { lone: 4, article: 3 };

const ALEF_LAM = '\u0627\u0644'; // ال

/** The words one peeling step gives, most likely first (conjunction, preposition before the article, article, lone preposition). */
export function peelOnce(word: string, limits: PeelLimits): string[] {
  const out: string[] = [];
  const first = word[0];
  if ((first === '\u0648' || first === '\u0641') && word.length - 1 >= limits.lone) out.push(word.slice(1)); // و ف
  if ((first === '\u0628' || first === '\u0643') && word.startsWith(ALEF_LAM, 1) && word.length - 3 >= limits.article) out.push(ALEF_LAM + word.slice(3)); // بال كال → ال
  if (first === '\u0644' && word[1] === '\u0644' && word.length - 2 >= limits.article) out.push(ALEF_LAM + word.slice(2)); // لل → ال (the article's alef is dropped after ل)
  if (word.startsWith(ALEF_LAM) && word.length - 2 >= limits.article) out.push(word.slice(2)); // ال
  if ((first === '\u0628' || first === '\u0643' || first === '\u0644') && !word.startsWith(ALEF_LAM, 1) && word.length - 1 >= limits.lone) out.push(word.slice(1)); // ب ك ل
  return out;
}

/** The word and every form peeling gives (at most `cap` forms), the word itself first. */
export function peelAll(word: string, limits: PeelLimits = textLimits, cap = 12): string[] {
  const seen = [word];
  for (let i = 0; i < seen.length && seen.length < cap; i += 1) {
    for (const next of peelOnce(seen[i] as string, limits)) {
      if (!seen.includes(next)) seen.push(next);
      if (seen.length >= cap) break;
    }
  }
  return seen;
}

/**
 * The successive forms of one reading of the word, peeling the most likely clitic each time
 * («وبالشراكه» → «بالشراكه» → «الشراكه» → «شراكه»); `stop` ends the walk at a form known to be
 * a word of its own (e.g. «بلديه», whose ب is not a preposition).
 */
export function peelPath(word: string, limits: PeelLimits, stop: (form: string) => boolean): string[] {
  const path = [word];
  let current = word;
  for (;;) {
    if (stop(current)) return path;
    const next = peelOnce(current, limits)[0];
    if (next === undefined) return path;
    path.push(next);
    current = next;
  }
}
