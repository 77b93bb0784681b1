import type { z } from 'zod';
import { describeValue, type ContentIssue } from './contentIssue.ts';

type ZodIssue = z.core.$ZodIssue;

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields',
    date: 'a date',
  };
  return names[expected] ?? expected;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Phrase for what an issue expected, from zod's own fields rather than its English messages. */
function expectedPhrase(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (!issue.message.startsWith('Too small')) return issue.message;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'a text that is not empty' : `a text of at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `a list of at least ${issue.minimum}`;
      return `a number of at least ${issue.minimum}`;
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return issue.message;
      if (issue.origin === 'array') return `a list of at most ${issue.maximum}`;
      return `at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? `a value in the ${issue.format} format` : issue.message;
    default:
      return issue.message;
  }
}

/** Turns zod's issues for one file into editor-facing issues: field, expected, got. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  input: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    const line = lineOf(path);
    const at = line ? { line } : {};
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyLine = lineOf([...path, key]) ?? line;
        issues.push({ file, ...(keyLine ? { line: keyLine } : {}), field: joinPath([...path, key]), expected: 'no such field (check its spelling; see the schema comments in src/schemas/)' });
      }
      continue;
    }
    if (issue.code === 'invalid_union') {
      issues.push({ file, ...at, ...(path.length ? { field: joinPath(path) } : {}), expected: 'a value of one of the allowed shapes' });
      continue;
    }
    const got = valueAt(input, issue.path);
    const missing = got === undefined && issue.code !== 'custom';
    issues.push({
      file,
      ...at,
      ...(path.length ? { field: joinPath(path) } : {}),
      expected: missing ? `${expectedPhrase(issue)} (this field is required)` : expectedPhrase(issue),
      ...(missing || issue.code === 'custom' && got !== null && typeof got === 'object' ? {} : { got: describeValue(got) }),
    });
  }
  return issues;
}
