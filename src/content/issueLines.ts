import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from './contentIssue.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './readYamlFile.ts';

/** A dotted field as a path: "countries.1" → ["countries", 1]. */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function parseFile(file: string): ParsedYaml | undefined {
  const full = path.resolve(file);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, 'utf8');
  if (/\.md$/i.test(file)) {
    const split = splitFrontmatter(text);
    return split ? parseYaml(split.frontmatter, file, 1).parsed : undefined;
  }
  return /\.ya?ml$/i.test(file) ? parseYaml(text, file).parsed : undefined;
}

/**
 * Gives each issue that names a field but no line (the checks between files
 * work on parsed data) the line of that field in its file. Each file is read
 * again only when one of its issues needs a line, so a clean check costs
 * nothing more.
 */
export function addIssueLines(issues: readonly ContentIssue[]): ContentIssue[] {
  const parsed = new Map<string, ParsedYaml | undefined>();
  return issues.map((issue) => {
    if (issue.line !== undefined || !issue.field) return issue;
    if (!parsed.has(issue.file)) parsed.set(issue.file, parseFile(issue.file));
    const line = parsed.get(issue.file)?.lineOf(fieldPath(issue.field));
    return line ? { ...issue, line } : issue;
  });
}
