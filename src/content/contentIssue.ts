/** One problem found in the content, reported to editors. */
export interface ContentIssue {
  /** File the problem is in, relative to the project root (e.g. content/pledges/ill-001.yaml). */
  file: string;
  /** Field the problem is in, as a dotted path (e.g. estimatedValue.currency); absent for the whole file. */
  field?: string;
  /** Line in the file, when known. */
  line?: number;
  /** What was expected, as a phrase ("an ISO 4217 currency code …"). */
  expected: string;
  /** What was found, when it helps. */
  got?: string;
  /** The likely fix, as a sentence ("Did you mean "KEN"?"), when one can be told. */
  suggestion?: string;
}

/** Writes an issue as one line: file, line, field, expected, got, and the likely fix. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` field "${issue.field}":` : '';
  const got = issue.got === undefined ? '' : `, got ${issue.got}`;
  const suggestion = issue.suggestion ? `. ${issue.suggestion}` : '';
  return `${where}:${field} expected ${issue.expected}${got}${suggestion}`;
}

/** Writes a report of all issues, grouped by file, for the terminal. */
export function formatIssueReport(issues: readonly ContentIssue[]): string {
  const files = new Set(issues.map((issue) => issue.file)).size;
  const lines = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)).map((issue) => `  ✗ ${formatIssue(issue)}`);
  return [`Content check failed: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`, ...lines].join('\n');
}

/**
 * Thrown when content does not validate; its message is the full report. It
 * carries no stack trace: the problem is in the content, not in the code, and
 * editors should see only the report (Astro prints `hint` under it).
 */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  readonly hint = 'Fix the files listed above; `npm run check` prints the same report.';
  constructor(issues: readonly ContentIssue[]) {
    super(formatIssueReport(issues));
    this.name = 'ContentError';
    this.issues = issues;
    this.stack = '';
  }
}

/** Shows a value briefly, the way an editor typed it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}
