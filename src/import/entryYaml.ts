import { Document, isScalar, Scalar, visit } from 'yaml';

/** Text longer than this is written as a folded block (`>-`), as the hand-written entries do. */
const foldAfter = 80;

/**
 * Leaves out what an entry file does not write: absent values, empty lists,
 * empty groups, and false (every true/false field of an entry defaults to false).
 */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (value === null || typeof value !== 'object') return value;
  const kept: [string, unknown][] = [];
  for (const [key, field] of Object.entries(value)) {
    const result = pruned(field);
    const empty = result === undefined || result === null || result === false || (Array.isArray(result) && result.length === 0) || (typeof result === 'object' && result !== null && !Array.isArray(result) && Object.keys(result).length === 0);
    if (!empty) kept.push([key, result]);
  }
  return Object.fromEntries(kept);
}

/**
 * Writes a validated entry as the YAML of its file, in the house style:
 * fields in the order given (the schema's order, as validation returns
 * them), short lists on one line, long text folded, dates as YYYY-MM-DD
 * (they are already text), and a first-line comment.
 */
export function entryYaml(entry: object, comment: string): string {
  const doc = new Document(pruned(entry));
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
      else if (node.value.length > foldAfter) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  return `# ${comment}\n${doc.toString({ lineWidth: 100, flowCollectionPadding: false })}`;
}
