/**
 * French and English words compared without case or accents ("Résolution" → "resolution"),
 * with the elided article or pronoun of French (l’, d’, qu’ …) and the English possessive ’s
 * taken off: Pagefind reads "l’autonomisation" as one word, so that "autonomisation" alone
 * would not find it. Plurals and other endings are left to Pagefind's stemmers (Snowball
 * French and English), which run on both the index and the query.
 */

/** Lower case, accents and other marks dropped, ligatures spelled out ("Œuvre" → "oeuvre"). */
export function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

const elided = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
const possessive = /['’]s$/iu;

/** The word without an elided French article or pronoun, or without an English ’s; undefined when it has neither. */
export function withoutElision(word: string): string | undefined {
  if (elided.test(word)) return word.replace(elided, '');
  if (possessive.test(word) && word.length > 3) return word.replace(possessive, '');
  return undefined;
}
