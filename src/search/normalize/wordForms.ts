/**
 * The forms of one word that the search compares: on the index side every form a reader might
 * type for it, on the query side the one form that meets them (see searchKeys.ts and
 * queryVariants.ts). Arabic and Latin words are told apart by their letters, not by the page's
 * language: an Arabic pledger's name on the English site is read as Arabic.
 */
import { foldArabic, hasArabic } from './arabicLetters.ts';
import { peelAll, peelPath, queryLimits, textLimits } from './arabicClitics.ts';
import { isKnownWord, singularOfPlural } from './arabicLexicon.ts';
import { foldLatin, withoutElision } from './latinWords.ts';

/**
 * Every form of a word a query may meet: for Arabic the folded spelling, each reading without
 * clitics and the singular of a broken plural («وبالتقارير» → «بالتقارير»، «التقارير»، «تقارير»،
 * «تقرير» …); for French and English the word without an elided article.
 */
export function indexForms(token: string): string[] {
  if (hasArabic(token)) {
    const folded = foldArabic(token);
    const forms = new Set<string>();
    for (const form of peelAll(folded, textLimits)) {
      forms.add(form);
      const singular = singularOfPlural(form);
      if (singular) forms.add(singular);
    }
    return [...forms];
  }
  const bare = withoutElision(token);
  return bare ? [foldLatin(token), foldLatin(bare)] : [foldLatin(token)];
}

/** How a query word is searched: as typed (folded) and in the one form that meets all its variants. */
export interface QueryForms {
  /** The word folded, clitics kept: ranks the pages that spell it the reader's way first. */
  literal: string;
  /** Clitics peeled (up to a word the lexicon knows) and a broken plural brought to its singular. */
  canonical: string;
}

export function queryForms(token: string): QueryForms {
  if (hasArabic(token)) {
    const literal = foldArabic(token);
    const path = peelPath(literal, queryLimits, isKnownWord);
    for (const form of path) {
      const singular = singularOfPlural(form);
      if (singular) return { literal, canonical: singular };
    }
    return { literal, canonical: path.at(-1) ?? literal };
  }
  const bare = withoutElision(token);
  return { literal: token, canonical: foldLatin(bare ?? token) };
}
