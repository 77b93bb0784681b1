/**
 * Writes a new pledge, organisation or document from a template, with the
 * next free id (never one that is or was used, nor a retired one), prints its
 * path and the lines to fill in. Flags only, no questions: it works in scripts.
 *
 *   npm run new -- pledge --pledger ID [--title TEXT] [--lang en|fr|ar] [--id ID] [--country CODE …] [--date YYYY-MM-DD] [--illustrative]
 *   npm run new -- organisation --title NAME --country CODE [--lang …] [--id ID] [--stakeholder-group GROUP] [--illustrative]
 *   npm run new -- document --title TITLE [--type TYPE] [--lang …] [--id ID] [--date YYYY-MM-DD]
 *   (all: [--content DIR] [--dry-run])
 *
 * Exit codes: 0 written (or shown, with --dry-run); 1 a value cannot be used
 * (unknown pledger or country, id taken …: the message says what to do);
 * 2 a wrong command line or an unexpected failure.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/content/contentDir.ts';
import { NewEntryError, planEntry, writeEntry } from '../src/editors/newEntry.ts';
import { entryFolders, type EntryKind } from '../src/editors/takenIds.ts';

const usage = [
  'Usage: npm run new -- pledge --pledger ID [--title TEXT] [--lang en|fr|ar] [--id ID] [--country CODE …] [--date YYYY-MM-DD] [--illustrative]',
  '       npm run new -- organisation --title NAME --country CODE [--lang en|fr|ar] [--id ID] [--stakeholder-group GROUP] [--illustrative]',
  '       npm run new -- document --title TITLE [--type circular|resolution|concept-note|report] [--lang en|fr|ar] [--id ID] [--date YYYY-MM-DD]',
  '  --pledger ID    the pledging organisation (its file in content/organisations/)',
  '  --title TEXT    title of the pledge or document, name of the organisation (an organisation\'s or document\'s id is made from it)',
  '  --lang LANG     language the text is written in (default en)',
  '  --id ID         the id to give (default: the next free pledge id, or one made from the title); never one used before',
  '  --country CODE  ISO 3166-1 alpha-3: a country of implementation (repeat for several), or the organisation\'s home country',
  '  --date DATE     announcement date of the pledge, or date of the document (default today)',
  '  --illustrative  a made-up example pledge or organisation, labelled as such on the site',
  '  --content DIR   another content folder (default content/)',
  '  --dry-run       print the files instead of writing them',
].join('\n');

// `npm run` starts scripts at the project root; paths typed by the editor are relative to where they typed them.
const here = process.env.INIT_CWD ?? process.cwd();

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      lang: { type: 'string' },
      id: { type: 'string' },
      pledger: { type: 'string' },
      country: { type: 'string', multiple: true },
      type: { type: 'string' },
      'stakeholder-group': { type: 'string' },
      date: { type: 'string' },
      illustrative: { type: 'boolean', default: false },
      content: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const kinds = Object.keys(entryFolders);
  if (positionals.length !== 1 || !kinds.includes(positionals[0] ?? '')) {
    const what = positionals.length === 0 ? 'Say what to add' : positionals.length > 1 ? `Give one kind of entry, not ${positionals.length} (${positionals.join(' ')}); quote a title with spaces` : `"${positionals[0]}" is not a kind of entry`;
    console.error(`${what}: ${kinds.join(', ')}.\n${usage}`);
    process.exit(2);
  }
  const kind = positionals[0] as EntryKind;
  const allowed: Record<EntryKind, string[]> = {
    pledge: ['pledger', 'country', 'date', 'illustrative'],
    organisation: ['country', 'stakeholder-group', 'illustrative'],
    document: ['type', 'date'],
  };
  const specific = ['pledger', 'country', 'type', 'stakeholder-group', 'date', 'illustrative'];
  const misplaced = specific.filter((flag) => values[flag as keyof typeof values] !== undefined && values[flag as keyof typeof values] !== false && !allowed[kind].includes(flag));
  if (misplaced.length) {
    console.error(`${misplaced.map((flag) => `--${flag}`).join(', ')}: not an option of "npm run new -- ${kind}".\n${usage}`);
    process.exit(2);
  }
  const entry = planEntry({
    kind,
    contentDir: values.content ? path.resolve(here, values.content) : contentDir(),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.id !== undefined ? { id: values.id } : {}),
    ...(values.pledger !== undefined ? { pledger: values.pledger } : {}),
    ...(values.country ? { countries: values.country } : {}),
    ...(values.type !== undefined ? { type: values.type } : {}),
    ...(values['stakeholder-group'] !== undefined ? { stakeholderGroup: values['stakeholder-group'] } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    illustrative: values.illustrative,
  });
  if (values['dry-run']) {
    for (const file of entry.files) console.log(`--- ${displayPath(file.path)} (not written: --dry-run)\n${file.text}`);
    process.exit(0);
  }
  writeEntry(entry);
  const guide: Record<EntryKind, string> = { pledge: 'Add a pledge', organisation: 'Add an organisation', document: 'Add a document' };
  console.log(`Wrote a new ${kind}, "${entry.id}":`);
  for (const file of entry.files) console.log(`  ${displayPath(file.path)}`);
  console.log(`\nFill in the lines marked TODO (and remove the TODO comments):`);
  for (const line of entry.fillIn) console.log(`  ${line}`);
  console.log(`\nThen run \`npm run check\` and open a pull request (CONTRIBUTING.md, "${guide[kind]}").`);
} catch (error) {
  if (error instanceof NewEntryError) {
    console.error(error.message);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  }
  // A bug in the command or a file system failure, not a problem with the flags: say so plainly.
  console.error(`npm run new failed unexpectedly: ${message}`);
  process.exit(2);
}
