import { loadValidatedContent } from '../content/loadValidatedContent.ts';
import { buildTranslationReport, type TranslationReport } from './translationReport.ts';

let memo: TranslationReport | undefined;

/** The translation report of the content being built, made once per build for the editors' pages of every language. */
export function siteTranslationReport(): TranslationReport {
  if (!memo) {
    const content = loadValidatedContent();
    memo = buildTranslationReport({ focusAreas: content.focusAreas, pledges: content.pledges });
  }
  return memo;
}
