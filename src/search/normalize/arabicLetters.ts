/**
 * Folding of Arabic spelling variants, so that each variant of a word compares equal:
 * short vowels and other marks (tashkeel) and tatweel are dropped; alef with hamza or madda
 * and wasla become a bare alef; hamza on waw or yaa becomes the bare letter; taa marbuta
 * becomes haa and alef maqsura becomes yaa (the two letters are often written for each other
 * at the end of a word); Persian kaf and yeh become Arabic ones; Arabic-Indic digits become
 * Latin digits (the site writes Latin digits in Arabic).
 *
 * The same folding runs when the index is built (src/search/searchKeys.ts) and when a reader
 * types a query (src/search/queryVariants.ts): both sides then meet on one spelling.
 */

/** Combining marks: Quranic annotation signs, tashkeel (fathatan … sukun, maddah, hamza above and below), superscript alef, small high marks. */
const marks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const tatweel = /\u0640/g;

const letters: Readonly<Record<string, string>> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // ی (Persian yeh) → ي
  '\u06A9': '\u0643', // ک (keheh) → ك
};
const letterPattern = /[\u0622\u0623\u0625\u0671\u0624\u0626\u0649\u0629\u06CC\u06A9]/g;
const digits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Whether a text contains Arabic letters. */
export function hasArabic(text: string): boolean {
  return /[\u0620-\u064A\u0671-\u06D3]/.test(text);
}

/** One Arabic word (or any text) with its spelling variants folded, e.g. «مُؤَسَّسَة» → «موسسه». */
export function foldArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(marks, '')
    .replace(tatweel, '')
    .replace(letterPattern, (letter) => letters[letter] ?? letter)
    .replace(digits, (digit) => String((digit.codePointAt(0) ?? 0) % 16));
}
