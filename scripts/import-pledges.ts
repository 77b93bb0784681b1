/**
 * Imports a CSV of pledges (the columns of the site's own export,
 * /data/pledges.csv) as entry files: content/pledges/{id}.yaml, and
 * content/organisations/{id}.yaml for pledgers not yet in the registry.
 * Every row is checked first; if any row has a problem, each problem is
 * printed as FILE.csv:LINE: field "X": expected …, got … and nothing is
 * written. Exits 0 when imported, 1 when anything was rejected, 2 on a
 * wrong command line or an unexpected failure.
 *
 *   npm run import -- FILE.csv [--content DIR] [--dry-run] [--overwrite]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPledges } from '../src/import/importPledges.ts';

const usage = 'Usage: npm run import -- FILE.csv [--content DIR] [--dry-run] [--overwrite]';

// `npm run` starts scripts at the project root; paths typed by the editor are relative to where they typed them.
const here = process.env.INIT_CWD ?? process.cwd();

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      overwrite: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1) {
    console.error(`${positionals.length === 0 ? 'Give the CSV file to import.' : `Give one CSV file, not ${positionals.length}.`}\n${usage}`);
    process.exit(2);
  }
  const [file = ''] = positionals;
  const result = importPledges({
    file: path.resolve(here, file),
    ...(values.content ? { contentDir: path.resolve(here, values.content) } : {}),
    dryRun: values['dry-run'],
    overwrite: values.overwrite,
  });
  for (const message of result.messages) console.error(message);
  for (const line of result.summary) (result.ok ? console.log : console.error)(line);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${message}\n${usage}`);
    process.exit(2);
  }
  // A bug in the importer or a file system failure, not a problem in the CSV: say so plainly.
  console.error(`The import failed unexpectedly: ${message}`);
  process.exit(2);
}
