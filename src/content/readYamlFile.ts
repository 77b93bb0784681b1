import { load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { ContentIssue } from './contentIssue.ts';

/** A parsed YAML text, with a way to find the line of any field. */
export interface ParsedYaml {
  data: unknown;
  /** Line of the value at a path, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML for an editor: syntax errors become issues with their line,
 * an empty text is an issue, and field paths can be traced back to lines.
 *
 * Two parsers, one result. js-yaml (YAML 1.2 core schema, duplicate keys
 * rejected) reads every file: it is about five times faster than `yaml`,
 * which matters at ten thousand pledges. `yaml` keeps the position of every
 * node, so it is used only when a message needs a line: for a syntax error,
 * and for the first `lineOf` call on a file that failed validation.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  if (text.trim() === '') {
    return { issues: [{ file, expected: 'YAML content (the file is empty)' }] };
  }
  let data: unknown;
  try {
    data = load(text, { filename: file, maxAliases: 100 });
  } catch {
    return detailedParse(text, file, lineOffset);
  }
  if (data === null || data === undefined) {
    return { issues: [{ file, expected: 'YAML content (the file holds no data)' }] };
  }
  let located: Located | undefined;
  const lineOf = (path: readonly PropertyKey[]) => (located ??= locate(text)).lineOf(path, lineOffset);
  return { parsed: { data, lineOf }, issues: [] };
}

interface Located {
  doc: Document.Parsed;
  lineOf(path: readonly PropertyKey[], lineOffset: number): number | undefined;
}

/** Parses with `yaml`, keeping node positions. */
function locate(text: string): Located {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  return {
    doc,
    lineOf(path, lineOffset) {
      for (let length = path.length; length >= 0; length -= 1) {
        const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
        const start = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range?.[0] : undefined;
        if (start !== undefined) return lineCounter.linePos(start).line + lineOffset;
      }
      return undefined;
    },
  };
}

/** The slow, precise parse: every syntax error with its line, as `yaml` reports it. */
function detailedParse(text: string, file: string, lineOffset: number): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  const located = locate(text);
  const { doc } = located;
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        return {
          file,
          ...(line ? { line: line + lineOffset } : {}),
          expected: 'valid YAML',
          got: `a syntax error (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code})`,
        };
      }),
    };
  }
  // js-yaml refused a text that `yaml` accepts (a construct beyond the core schema): take `yaml`'s reading.
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    return { issues: [{ file, expected: 'YAML content (the file holds no data)' }] };
  }
  return { parsed: { data, lineOf: (path) => located.lineOf(path, lineOffset) }, issues: [] };
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
