/**
 * The "core" cut of Noto Naskh Arabic: the Arabic block (U+0600–06FF), the joiners and
 * direction marks (U+200C–200E) and the few punctuation marks the font draws (hyphens,
 * reversed semicolon and comma), which is every character of Modern Standard Arabic. The
 * @fontsource file covers far more (Arabic Supplement and Extended, presentation forms,
 * mathematical symbols) and weighs 53 kB a weight; the core cut weighs 25 kB, so Arabic pages
 * preload half the bytes. The rest stays available: src/styles/fonts.css declares the full
 * file for the other ranges, and a browser fetches it only for a page that uses one of them.
 *
 * Made by harfbuzz (through subset-font), which keeps the shaping tables (joining forms,
 * ligatures, vowel-mark placement) for the characters kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

/** The core cut's unicode-range, as fonts.css declares it. */
export const arabicCoreRange = 'U+0600-06FF,U+200C-200E,U+2010-2011,U+204F,U+2E41';

/** The code points of a CSS unicode-range ("U+0600-06FF,U+204F"). */
export function codePoints(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().replace(/U\+/gi, '').split('-').map((hex) => parseInt(hex, 16));
    return Array.from({ length: to - from + 1 }, (_, index) => from + index);
  });
}

/** Every character of arabicCoreRange. */
export function arabicCoreText(): string {
  return String.fromCodePoint(...codePoints(arabicCoreRange));
}

export interface ArabicCoreFont {
  weight: 400 | 700;
  /** The @fontsource file it is cut from. */
  source: string;
  /** Where the cut is kept (committed; `npm run fonts` remakes it). */
  target: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export const arabicCoreFonts: ArabicCoreFont[] = ([400, 700] as const).map((weight) => ({
  weight,
  source: path.join(root, 'node_modules', '@fontsource', 'noto-naskh-arabic', 'files', `noto-naskh-arabic-arabic-${weight}-normal.woff2`),
  target: path.join(root, 'src', 'assets', 'fonts', `noto-naskh-arabic-core-${weight}-normal.woff2`),
}));

/** The core cut of one weight, as WOFF2 bytes. */
export async function cutArabicCore(font: ArabicCoreFont): Promise<Buffer> {
  return subsetFont(readFileSync(font.source), arabicCoreText(), { targetFormat: 'woff2' });
}
