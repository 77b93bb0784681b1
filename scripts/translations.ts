/**
 * Translation status: which languages exist for every document, focus area,
 * pledge and UI string file, and which translations are stale (their source
 * changed since they were made) or not recorded. With --mark, records that a
 * translation was brought up to date with its source as it is today.
 *
 *   npm run translations [-- --todo] [--strict] [--content DIR]
 *   npm run translations -- --mark FILE [--mark FILE …] [--lang fr|ar|en …] [--key KEY …]
 *   npm run translations -- --mark-all
 *
 * Exit codes: 0 report printed or translations marked; 1 a file could not be
 * marked, or --strict and a translation is stale; 2 a wrong command line or an
 * unexpected failure.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/contentDir.ts';
import { loadContent } from '../src/content/loadContent.ts';
import { formatTranslationReport } from '../src/editors/formatTranslationReport.ts';
import { markAllTranslations, MarkError, markTranslation, type MarkResult } from '../src/editors/markTranslation.ts';
import { buildTranslationReport, countEntries, countUi } from '../src/editors/translationReport.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';

const usage = [
  'Usage: npm run translations [-- --todo] [--strict] [--content DIR]',
  '       npm run translations -- --mark FILE [--mark FILE …] [--lang fr|ar|en …] [--key KEY …]',
  '       npm run translations -- --mark-all',
  '  (no option)  the status of every translation: up to date, STALE (its source changed since) or not recorded',
  '  --todo       list only the entries with a stale or unrecorded translation',
  '  --strict     exit 1 when a translation is stale (for scripts)',
  '  --mark FILE  record that FILE\'s translation is up to date with its source as it is now: a document version',
  '               (content/documents/ID/fr.md), a pledge or focus area file (all its translations, or those of --lang),',
  '               or a UI string file (src/i18n/ui/fr.ts: every string, or those of --key)',
  '  --mark-all   record every translation as up to date (only when all have been checked against their sources)',
  '  --content DIR  another content folder (default content/)',
].join('\n');

// `npm run` starts scripts at the project root; paths typed by the editor are relative to where they typed them.
const here = process.env.INIT_CWD ?? process.cwd();

function printMarked(results: readonly MarkResult[]): void {
  for (const result of results) {
    const changed = result.marked.filter((m) => m.previous !== m.version);
    const detail = result.marked.length > 6 ? `${result.marked.length} strings (${changed.length} changed)` : result.marked.map((m) => `${m.what} ${m.previous && m.previous !== m.version ? `${m.previous} → ` : ''}${m.version}`).join(', ');
    console.log(`Marked ${result.file}: ${detail}`);
  }
}

try {
  const { values } = parseArgs({
    options: {
      mark: { type: 'string', multiple: true },
      'mark-all': { type: 'boolean', default: false },
      lang: { type: 'string', multiple: true },
      key: { type: 'string', multiple: true },
      todo: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const langs = values.lang ?? [];
  const wrongLang = langs.find((lang) => !isLocale(lang));
  if (wrongLang !== undefined) {
    console.error(`--lang ${wrongLang}: expected one of ${locales.join(', ')}.\n${usage}`);
    process.exit(2);
  }
  if ((langs.length || values.key?.length) && !values.mark) {
    console.error(`--lang and --key go with --mark FILE.\n${usage}`);
    process.exit(2);
  }
  if (values.mark && values['mark-all']) {
    console.error(`Give either --mark FILE or --mark-all, not both.\n${usage}`);
    process.exit(2);
  }
  const dir = values.content ? path.resolve(here, values.content) : contentDir();
  const options = { contentDir: dir, langs: langs as Locale[], keys: values.key ?? [] };

  if (values['mark-all']) {
    printMarked(markAllTranslations({ contentDir: dir }));
    process.exit(0);
  }
  if (values.mark) {
    let failed = false;
    for (const file of values.mark) {
      try {
        printMarked([markTranslation(path.resolve(here, file), options)]);
      } catch (error) {
        if (!(error instanceof MarkError)) throw error;
        console.error(error.message);
        failed = true;
      }
    }
    process.exit(failed ? 1 : 0);
  }

  const { content, issues } = loadContent(dir);
  if (!content) {
    console.error('The content cannot be read as a whole (a reference file or the site configuration has a problem): run `npm run check` and fix what it lists first.');
    process.exit(2);
  }
  const report = buildTranslationReport({ contentDir: dir, focusAreas: content.focusAreas, pledges: content.pledges });
  console.log(formatTranslationReport(report, { onlyAttention: values.todo }));
  if (issues.length > 0) console.log(`\nNote: \`npm run check\` finds ${issues.length} problem(s) in the content; entries it cannot read are not in this report.`);
  const stale = countEntries([...report.documents, ...report.focusAreas, ...report.pledges]).stale + countUi(report.ui).stale;
  process.exit(values.strict && stale > 0 ? 1 : 0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  }
  // A bug in the command or a file system failure, not a problem in the content: say so plainly.
  console.error(`The translation report failed unexpectedly: ${message}`);
  process.exit(2);
}
