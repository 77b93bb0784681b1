/**
 * Sets one top-level field of a YAML text to a value written on one line,
 * leaving every other line as the editor wrote it (comments, folded text,
 * order), so that the change is one line in a pull request.
 */

/** Where a new field goes: after the first of `after` found, else before the first of `before`, else at the end. */
export interface FieldPlace {
  after?: readonly string[];
  before?: readonly string[];
}

const topLevelKey = (line: string, key: string) => line.startsWith(`${key}:`);

/** Index after the block of a top-level field starting at `start`: its value's indented lines and list items. */
function blockEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end < lines.length && !/^[^\s#-]/.test(lines[end] ?? '') && !/^---\s*$/.test(lines[end] ?? '')) end += 1;
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return end;
}

export function setTopLevelField(text: string, key: string, value: string, place: FieldPlace = {}): string {
  const lines = text.split('\n');
  const written = `${key}: ${value}`;
  const existing = lines.findIndex((line) => topLevelKey(line, key));
  if (existing >= 0) {
    lines.splice(existing, blockEnd(lines, existing) - existing, written);
    return lines.join('\n');
  }
  for (const after of place.after ?? []) {
    const at = lines.findIndex((line) => topLevelKey(line, after));
    if (at >= 0) {
      lines.splice(blockEnd(lines, at), 0, written);
      return lines.join('\n');
    }
  }
  for (const before of place.before ?? []) {
    const at = lines.findIndex((line) => topLevelKey(line, before));
    if (at >= 0) {
      lines.splice(at, 0, written);
      return lines.join('\n');
    }
  }
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  lines.splice(end, 0, written);
  return lines.join('\n');
}

/** The same, in the YAML front matter of a Markdown file; undefined when the file has none. */
export function setFrontmatterField(text: string, key: string, value: string, place: FieldPlace = {}): string | undefined {
  const match = /^---(\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const newline = match[1] ?? '\n';
  const front = setTopLevelField((match[2] ?? '').replace(/\r\n/g, '\n'), key, value, place).replace(/\n/g, newline);
  return `---${newline}${front}${newline}---${newline}${text.slice(match[0].length)}`;
}
