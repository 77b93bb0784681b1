import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of the Arabic source documents (read-only input beside the repository). */
export const seedsDir = path.resolve('..', 'shared', 'seeds');

/** Reads a seed file; fails with a clear message if ../shared is not beside the repository. */
export function readSeed(name: string): string {
  const file = path.join(seedsDir, name);
  if (!existsSync(file)) throw new Error(`Source document ${file} not found: ../shared/seeds must be beside the repository.`);
  return readFileSync(file, 'utf8');
}

/**
 * Anchors of the numbered paragraphs of an ITU Arabic report: the source
 * prints paragraph 2.1 as "1.2" (read right to left), so "1.2" → para-2-1.
 */
export function reportParagraphAnchors(text: string): string[] {
  return [...text.matchAll(/^\s*(\d+)\.(\d+)\s/gm)].map((m) => `para-${m[2]}-${m[1]}`);
}

const arabicLetters = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي'];
const latinLetters = 'abcdefghij';

/** Anchors of the clauses of the resolution, following the parts the source text names. */
export function resolutionClauseAnchors(text: string): string[] {
  const parts: [RegExp, string][] = [
    [/^\s*إذ يذك/, 'recalling'],
    [/^\s*وإذ يضع في اعتباره/, 'considering'],
    [/^\s*وإذ يلاحظ/, 'noting'],
    [/^\s*يقرر/, 'resolves'],
    [/^\s*يدعو المؤسسات المالية/, 'invites-financial-institutions'],
    [/^\s*يدعو الدول الأعضاء/, 'invites-member-states'],
  ];
  const anchors: string[] = [];
  let part = '';
  for (const line of text.split('\n')) {
    const heading = parts.find(([pattern]) => pattern.test(line));
    if (heading) {
      part = heading[1];
      if (part === 'invites-financial-institutions') anchors.push(`${part}-1`);
      continue;
    }
    const letter = /^\s*(هـ|[أبجدوزحطي])\s*\)/.exec(line);
    if (letter && part) anchors.push(`${part}-${latinLetters[arabicLetters.indexOf(letter[1] ?? '')]}`);
    const number = /^(\d)\t/.exec(line);
    if (number && part) anchors.push(`${part}-${number[1]}`);
  }
  return anchors;
}
