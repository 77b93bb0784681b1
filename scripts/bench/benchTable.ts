/**
 * The benchmark's one result table: a list of rows that any benchmark
 * (build, search, charts …) can add to, printed as aligned plain text.
 */

export interface BenchRow {
  /** Group of the row ("build", "pages", "search" …). */
  section: string;
  metric: string;
  /** The measured value, formatted. */
  value: string;
  /** The target, in words ("< 180 s"); absent for rows that only inform. */
  target?: string;
  /** Whether the target is met; absent for rows that only inform. */
  ok?: boolean;
  /** What missed, when several things are checked in one row. */
  note?: string;
}

/** 1 kB = 1000 bytes (the stricter reading of the size budgets). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number | undefined): string {
  return seconds === undefined ? 'n/a' : `${seconds.toFixed(1)} s`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function result(row: BenchRow): string {
  if (row.ok === undefined) return '';
  return row.ok ? 'ok' : row.note ? `MISSED (${row.note})` : 'MISSED';
}

/** The rows as an aligned table, with a line between sections. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = { section: 'SECTION', metric: 'METRIC', value: 'VALUE', target: 'TARGET', result: 'RESULT' };
  const cells = rows.map((row) => ({ section: row.section, metric: row.metric, value: row.value, target: row.target ?? '', result: result(row) }));
  const columns = ['section', 'metric', 'value', 'target', 'result'] as const;
  const width = Object.fromEntries(columns.map((c) => [c, Math.max(header[c].length, ...cells.map((r) => r[c].length))])) as Record<(typeof columns)[number], number>;
  const line = (r: Record<(typeof columns)[number], string>) =>
    columns
      .map((c) => r[c].padEnd(width[c]))
      .join('  ')
      .trimEnd();
  const rule = columns.map((c) => '-'.repeat(width[c])).join('  ');
  const out = [line(header), rule];
  cells.forEach((cell, i) => {
    if (i > 0 && cell.section !== cells[i - 1]?.section) out.push('');
    out.push(line(cell));
  });
  return out.join('\n');
}

/** One line naming every missed target, or saying all were met. */
export function formatVerdict(rows: readonly BenchRow[]): string {
  const checked = rows.filter((r) => r.ok !== undefined);
  const missed = checked.filter((r) => r.ok === false);
  if (missed.length === 0) return `All ${checked.length} targets met.`;
  return `MISSED ${missed.length} of ${checked.length} targets: ${missed.map((r) => `${r.section} / ${r.metric}`).join('; ')}.`;
}
