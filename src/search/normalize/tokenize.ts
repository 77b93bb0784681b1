/**
 * Words of a text, the way the search reads them: letters, marks and digits, kept together
 * across an inner apostrophe, hyphen, slash or dot, so that "l’autonomisation", "ill-012",
 * "BDT/DIR/110" and "2.9" stay one word each (Pagefind indexes them whole and by parts).
 */
const word = /[\p{L}\p{M}\p{N}\u0640]+(?:['’\-/.][\p{L}\p{M}\p{N}\u0640]+)*/gu;

/** Where Arabic letters meet Latin ones inside a run of letters («وNawaris» is و + Nawaris). */
const scriptChange = /(?<=[\u0600-\u06FF])(?=[A-Za-z\u00C0-\u024F])|(?<=[A-Za-z\u00C0-\u024F])(?=[\u0600-\u06FF])/;

/** The words of a text with where each starts and ends (for building excerpts). */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(word)) {
    let start = m.index;
    // Most words are in one script: only a word with both Arabic and Latin letters is split.
    const mixed = /[\u0600-\u06FF]/.test(m[0]) && /[A-Za-z\u00C0-\u024F]/.test(m[0]);
    for (const part of mixed ? m[0].split(scriptChange) : [m[0]]) {
      spans.push({ word: part, start, end: start + part.length });
      start += part.length;
    }
  }
  return spans;
}

/** The words of a text, in order. */
export function words(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/** How Pagefind spells a word in its index before stemming: lower case, combining marks dropped, letters and digits only. */
export function pagefindSpelling(token: string): string {
  return token
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\u0640]/gu, '');
}
