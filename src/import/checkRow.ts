import type { ContentIssue } from '../content/contentIssue.ts';
import { formatIssue } from '../content/contentIssue.ts';
import { issuesFromZod } from '../content/zodIssues.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { pledgeSchema, type Pledge } from '../schemas/pledge.ts';
import type { ContentIndex } from './contentIndex.ts';
import { columnOfOrganisationField, columnOfPledgeField } from './fieldColumns.ts';
import { columnOrder, type RowValues } from './importColumns.ts';
import { keepOnReplace } from './keptOnReplace.ts';
import { missingPledgerDetails, organisationFromRow, pledgerColumns, pledgerDetailColumns } from './organisationFromRow.ts';
import { pledgeFromRow } from './pledgeFromRow.ts';
import { checkOrganisationReferences, checkPledgeReferences } from './referenceChecks.ts';

/** A data row, read by column. */
export interface ImportRow {
  line: number;
  values: RowValues;
  /** Cells beyond the header's columns that are not empty. */
  extraCells: number;
}

/** What a row is checked against besides the content: the other rows of the file. */
export interface ImportContext {
  /** The CSV file as shown in messages. */
  file: string;
  index: ContentIndex;
  overwrite: boolean;
  /** Lines of the rows using each pledge id. */
  linesById: ReadonlyMap<string, readonly number[]>;
  /** For each pledger not in the registry, the first row that gives its details: that row creates it. */
  creators: ReadonlyMap<string, ImportRow>;
}

/** The outcome of one row: its problems, or the entries it makes. */
export interface RowResult {
  issues: ContentIssue[];
  pledge?: Pledge;
  /** A new pledger this row creates. */
  organisation?: Organisation;
  /** Set when the pledge replaces an existing one: what was kept from it. */
  replaces?: { kept: string[] };
}

function andList(items: readonly (string | number)[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function lines(list: readonly number[]): string {
  return `${list.length === 1 ? 'line' : 'lines'} ${andList(list)}`;
}

/** Checks a new pledger: organisationSchema, then its country and id against the content. */
function checkNewPledger(row: ImportRow, context: ImportContext): { issues: ContentIssue[]; organisation?: Organisation } {
  const file = context.file;
  const line = row.line;
  const input = organisationFromRow(row.values);
  const language = row.values.originalLanguage;
  const result = organisationSchema.safeParse(input);
  const issues = result.success ? [] : issuesFromZod(file, result.error, input, () => line);
  const flagged = new Set(issues.map((issue) => issue.field));
  for (const problem of checkOrganisationReferences(input, context.index)) {
    if (!flagged.has(problem.field)) issues.push({ file, line, ...problem });
  }
  const mapped = issues.map((issue) => (issue.field ? { ...issue, field: columnOfOrganisationField(issue.field, language) } : issue));
  return result.success && mapped.length === 0 ? { issues: [], organisation: result.data } : { issues: mapped };
}

/** Checks the pledger of a row: in the registry, created by this row, or created by another row of the file. */
function checkPledger(row: ImportRow, context: ImportContext): { issues: ContentIssue[]; organisation?: Organisation } {
  const file = context.file;
  const { line, values } = row;
  const id = values.pledgerId;
  if (id === undefined || context.index.organisations.has(id)) return { issues: [] };
  if (context.index.retiredOrganisations.has(id)) {
    return { issues: [{ file, line, field: 'pledgerId', expected: 'an id never used before (this one is retired in content/retired-ids.yaml)', got: JSON.stringify(id) }] };
  }
  const creator = context.creators.get(id);
  if (!creator) {
    const missing = missingPledgerDetails(values);
    return {
      issues: [{
        file,
        line,
        field: 'pledgerId',
        expected: `the id of an organisation in content/organisations/, or ${andList(pledgerDetailColumns)} filled in to create it${missing.length < pledgerDetailColumns.length ? ` (${andList(missing)} ${missing.length === 1 ? 'is' : 'are'} empty)` : ''}`,
        got: JSON.stringify(id),
      }],
    };
  }
  if (creator.line === line) return checkNewPledger(row, context);
  const issues: ContentIssue[] = [];
  for (const column of pledgerColumns) {
    const value = values[column];
    if (value !== undefined && value !== creator.values[column]) {
      issues.push({ file, line, field: column, expected: `the same value as line ${creator.line}, which creates pledger "${id}" (${JSON.stringify(creator.values[column] ?? '')})`, got: JSON.stringify(value) });
    }
  }
  return { issues };
}

/**
 * Checks one row as a pledge: the schema (through issuesFromZod), what it
 * refers to, its id against the content and the other rows, and its pledger.
 * Every problem is reported, named by the CSV column it comes from and in
 * column order.
 */
export function checkRow(row: ImportRow, context: ImportContext): RowResult {
  const file = context.file;
  const { line, values } = row;
  const { index } = context;
  const id = values.id;
  const existing = id === undefined ? undefined : index.pledges.get(id);
  const read = pledgeFromRow(values, (alpha3) => index.regionOfCountry.get(alpha3));
  const { input, kept } = existing && context.overwrite ? keepOnReplace(read, existing) : { input: read, kept: [] };

  const result = pledgeSchema.safeParse(input);
  const issues = result.success ? [] : issuesFromZod(file, result.error, input, () => line);
  const flagged = new Set(issues.map((issue) => issue.field));
  for (const problem of checkPledgeReferences(input, index)) {
    if (!flagged.has(problem.field)) issues.push({ file, line, ...problem });
  }
  if (id !== undefined) {
    const others = (context.linesById.get(id) ?? []).filter((other) => other !== line);
    if (others.length > 0) issues.push({ file, line, field: 'id', expected: `an id used by one row only ("${id}" is also the id on ${lines(others)})`, got: JSON.stringify(id) });
    if (existing && !context.overwrite) {
      issues.push({ file, line, field: 'id', expected: `a new pledge id ("${id}" is already a pledge in content/pledges/; run with --overwrite to replace it)`, got: JSON.stringify(id) });
    }
  }
  if (row.extraCells > 0) issues.push({ file, line, expected: 'no more cells than the header has columns', got: `${row.extraCells} more` });
  const mapped = issues.map((issue) => (issue.field ? { ...issue, field: columnOfPledgeField(issue.field) } : issue));
  const pledger = flagged.has('pledger') ? { issues: [] } : checkPledger(row, context);

  const seen = new Set<string>();
  const all = [...mapped, ...pledger.issues]
    .filter((issue) => {
      const text = formatIssue(issue);
      if (seen.has(text)) return false;
      seen.add(text);
      return true;
    })
    .sort((a, b) => columnOrder(a.field ?? '') - columnOrder(b.field ?? ''));
  if (all.length > 0 || !result.success) return { issues: all };
  return {
    issues: [],
    pledge: result.data,
    ...(pledger.organisation ? { organisation: pledger.organisation } : {}),
    ...(existing ? { replaces: { kept } } : {}),
  };
}
