import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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
 */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  if (text.trim() === '') {
    return { issues: [{ file, expected: 'YAML content (the file is empty)' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
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
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) {
    return { issues: [{ file, expected: 'YAML content (the file holds no data)' }] };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      const start = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range?.[0] : undefined;
      if (start !== undefined) return lineCounter.linePos(start).line + lineOffset;
    }
    return undefined;
  };
  return { parsed: { data, lineOf }, issues: [] };
}

/** Splits a Markdown file into its YAML front matter and its body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  return { frontmatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
