/**
 * Validates everything under content/ and prints one line per problem:
 * file, line, field, what was expected and what was found. Exits 1 when
 * anything is wrong, so `npm run check` and `npm run build` stop there.
 *
 *   node scripts/check-content.ts [--quiet]
 */
import { checkContent } from '../src/content/loadValidatedContent.ts';
import { formatIssueReport } from '../src/content/contentIssue.ts';
import { contentDir, displayPath } from '../src/content/contentDir.ts';
import { contentWarnings, formatWarnings } from '../src/content/contentWarnings.ts';
import { asOfDate } from '../src/model/asOfDate.ts';
import { addIssueLines } from '../src/content/issueLines.ts';

const quiet = process.argv.includes('--quiet');
const started = performance.now();
try {
  const { content, issues } = checkContent();
  if (issues.length > 0 || !content) {
    console.error(formatIssueReport(issues));
    process.exit(1);
  }
  const warnings = addIssueLines(contentWarnings(content, asOfDate()));
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  if (!quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Content OK (${displayPath(contentDir())}): ${content.documents.length} documents, ${content.focusAreas.length} focus areas, ` +
        `${content.organisations.length} organisations, ${content.pledges.length} pledges, ${content.milestones.length} milestones, ` +
        `${Object.keys(content.reference).length} reference files, checked in ${seconds} s.`,
    );
  }
} catch (error) {
  // A bug in the checker itself, not in the content: say so plainly.
  console.error(`The content checker failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
