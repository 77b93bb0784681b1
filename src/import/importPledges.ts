import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir as defaultContentDir, displayPath } from '../content/contentDir.ts';
import { formatIssue, type ContentIssue } from '../content/contentIssue.ts';
import { loadContent } from '../content/loadContent.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Pledge } from '../schemas/pledge.ts';
import { checkRow, type ImportRow } from './checkRow.ts';
import { indexContent } from './contentIndex.ts';
import { parseCsvTable } from './csvTable.ts';
import { entryPath, writeEntryFiles, type EntryFile } from './entryFiles.ts';
import { entryYaml } from './entryYaml.ts';
import { checkHeader, rowValues } from './importColumns.ts';
import { headerSummary, importSummary } from './importSummary.ts';
import { missingPledgerDetails } from './organisationFromRow.ts';

export interface ImportOptions {
  /** The CSV file to import. */
  file: string;
  /** Content folder to check against and write into (default: content/, or P2C_CONTENT_DIR). */
  contentDir?: string;
  /** Check and report only; write nothing. */
  dryRun?: boolean;
  /** Let rows replace pledges that already exist. */
  overwrite?: boolean;
  /** Day written in the files' first-line comment, YYYY-MM-DD (default: today, local time). */
  today?: string;
}

export interface ImportResult {
  /** True when nothing was wrong: the files were written (or would be, in a dry run). */
  ok: boolean;
  /** Pledges written: 0 in a dry run or when anything was wrong. */
  imported: number;
  /** Rows that passed every check. */
  valid: number;
  /** Rows with at least one problem. */
  rejected: number;
  /** One line per problem: `FILE.csv:LINE: field "X": expected …, got …`. */
  messages: string[];
  /** Closing lines: counts, replaced pledges, new pledgers, files. */
  summary: string[];
  /** Files written, as shown to editors (relative to the project root when inside it). */
  written: string[];
  /** Ids of the existing pledges replaced (or that would be, in a dry run). */
  replaced: string[];
  /** Ids of the pledgers created (or that would be). */
  created: string[];
}

/** Today's date where the editor is, YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function failed(issues: readonly ContentIssue[], summary: string[], rejected = 0): ImportResult {
  return { ok: false, imported: 0, valid: 0, rejected, messages: issues.map(formatIssue), summary, written: [], replaced: [], created: [] };
}

function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a folder';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Imports a CSV of pledges (the columns of the site's own export) into a
 * content folder: one file per pledge in pledges/, and one in organisations/
 * for each pledger not yet in the registry. Every row is checked before
 * anything is written; if any row has a problem, nothing is written.
 */
export function importPledges(options: ImportOptions): ImportResult {
  const dir = path.resolve(options.contentDir ?? defaultContentDir());
  const csvPath = path.resolve(options.file);
  const file = displayPath(csvPath);
  const dryRun = options.dryRun ?? false;
  const overwrite = options.overwrite ?? false;
  const today = options.today ?? localToday();

  let text: string;
  try {
    text = readFileSync(csvPath, 'utf8');
  } catch (error) {
    return failed([{ file, expected: 'a CSV file that can be read', got: readReason(error) }], ['Nothing was written.']);
  }
  const { content, issues: contentIssues } = loadContent(dir);
  if (!content || contentIssues.length > 0) {
    return failed(contentIssues, [`The content folder ${displayPath(dir)} has ${contentIssues.length} problem${contentIssues.length === 1 ? '' : 's'} (listed above; npm run check shows them too). Fix them before importing. Nothing was written.`]);
  }

  const table = parseCsvTable(text);
  const headerIssues = checkHeader(table.header, file);
  if (headerIssues.length > 0) {
    return failed(headerIssues, headerSummary(table.rows.length), table.rows.length);
  }

  const index = indexContent(content);
  const rows: ImportRow[] = table.rows.map((row) => ({
    line: row.line,
    values: rowValues(table.header, row.cells),
    extraCells: row.cells.slice(table.header.length).filter((cell) => cell.trim() !== '').length,
  }));
  const linesById = new Map<string, number[]>();
  const creators = new Map<string, ImportRow>();
  for (const row of rows) {
    const { id, pledgerId } = row.values;
    if (id !== undefined) linesById.set(id, [...(linesById.get(id) ?? []), row.line]);
    if (pledgerId !== undefined && !index.organisations.has(pledgerId) && !creators.has(pledgerId) && missingPledgerDetails(row.values).length === 0) {
      creators.set(pledgerId, row);
    }
  }

  const messages: string[] = [];
  const pledges: { line: number; pledge: Pledge }[] = [];
  const organisations: { line: number; organisation: Organisation }[] = [];
  const replaced: { id: string; kept: string[] }[] = [];
  let rejected = 0;
  for (const row of rows) {
    const result = checkRow(row, { file, index, overwrite, linesById, creators });
    if (!result.pledge) {
      rejected += 1;
      messages.push(...result.issues.map(formatIssue));
      continue;
    }
    pledges.push({ line: row.line, pledge: result.pledge });
    if (result.organisation) organisations.push({ line: row.line, organisation: result.organisation });
    if (result.replaces) replaced.push({ id: result.pledge.id, kept: result.replaces.kept });
  }
  const valid = pledges.length;
  const created = organisations.map(({ organisation }) => organisation.id);

  if (rejected > 0) {
    const summary = importSummary({ valid, rejected, dryRun, files: [], replaced: [], created: [] });
    return { ok: false, imported: 0, valid, rejected, messages, summary, written: [], replaced: [], created: [] };
  }

  const source = path.basename(csvPath);
  const comment = (line: number) => `Imported from ${source} line ${line} on ${today}`;
  const files: EntryFile[] = [
    ...pledges.map(({ line, pledge }) => ({ path: entryPath(dir, 'pledges', pledge.id), text: entryYaml(pledge, comment(line)) })),
    ...organisations.map(({ line, organisation }) => ({ path: entryPath(dir, 'organisations', organisation.id), text: entryYaml(organisation, comment(line)) })),
  ];
  const shown = files.map((f) => displayPath(f.path));
  if (!dryRun) writeEntryFiles(files);
  const summary = importSummary({ valid, rejected, dryRun, files: shown, replaced, created });
  return {
    ok: true,
    imported: dryRun ? 0 : valid,
    valid,
    rejected,
    messages,
    summary,
    written: dryRun ? [] : shown,
    replaced: replaced.map(({ id }) => id),
    created,
  };
}
