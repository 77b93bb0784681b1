import { createHash } from 'node:crypto';

/**
 * A text as compared for translation status: Unicode NFC, and spaces and
 * line breaks inside a paragraph collapsed, so that re-wrapping lines or
 * trailing spaces do not make translations stale; paragraph breaks (blank
 * lines) count.
 */
export function normalizeSourceText(text: string): string {
  return text
    .normalize('NFC')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * The version of a source text: the first 8 hexadecimal digits of the
 * SHA-256 of its normalized parts (title, summary, body …). Any change of
 * wording gives another version; re-wrapping does not.
 */
export function sourceVersion(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${normalizeSourceText(part)}\u0000`);
  return hash.digest('hex').slice(0, 8);
}
