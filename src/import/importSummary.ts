/** What an import did, for its summary. */
export interface ImportOutcome {
  /** Rows that passed every check. */
  valid: number;
  rejected: number;
  dryRun: boolean;
  /** Files written (or that a dry run would write), as shown to editors. */
  files: readonly string[];
  /** Existing pledges replaced, with what was kept from each. */
  replaced: readonly { id: string; kept: readonly string[] }[];
  /** Pledgers created, by id. */
  created: readonly string[];
}

function rows(count: number): string {
  return `${count} row${count === 1 ? '' : 's'}`;
}

/**
 * The closing lines of an import: how many rows went in and how many were
 * rejected, then which pledges were replaced, which pledgers created and
 * which files written.
 */
export function importSummary(outcome: ImportOutcome): string[] {
  const { valid, rejected, dryRun } = outcome;
  if (rejected > 0) {
    const others = valid > 0 ? ` The ${rows(valid)} without problems will be imported once every row is valid.` : '';
    return [`0 rows imported, ${rows(rejected)} rejected. Nothing was written.${others}`];
  }
  const lines = [dryRun ? `Dry run: ${rows(valid)} would be imported, 0 rows rejected. Nothing was written.` : `${rows(valid)} imported, 0 rows rejected.`];
  for (const { id, kept } of outcome.replaced) {
    const keeping = kept.length > 0 ? ` (kept ${kept.join(' and ')}, which the CSV has no columns for)` : '';
    lines.push(`${dryRun ? 'Would replace' : 'Replaced'} pledge ${id}${keeping}.`);
  }
  for (const id of outcome.created) lines.push(`${dryRun ? 'Would create' : 'Created'} pledger ${id}.`);
  for (const file of outcome.files) lines.push(`${dryRun ? 'Would write' : 'Wrote'} ${file}`);
  return lines;
}

/** The closing line when the header is not valid: no row is checked. */
export function headerSummary(rowCount: number): string[] {
  return [`The header (line 1) is not valid, so no row was checked: 0 rows imported, ${rows(rowCount)} rejected. Nothing was written.`];
}
