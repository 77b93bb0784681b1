import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Locale } from '../i18n/locales.ts';

/**
 * The recorded versions of the UI strings: for French and Arabic, per key,
 * the version of the English string each was translated from. Written by
 * `npm run translations -- --mark src/i18n/ui/fr.ts`, committed with the strings.
 */
export type UiSourceVersions = Partial<Record<Locale, Record<string, string>>>;

/** Where the recorded versions of the UI strings are kept (next to the string files). */
export function uiSourceVersionsFile(): string {
  return path.resolve('src/i18n/ui/source-versions.yaml');
}

/** The recorded versions; an absent file records nothing. */
export function readUiSourceVersions(file: string = uiSourceVersionsFile()): UiSourceVersions {
  if (!existsSync(file)) return {};
  const data = load(readFileSync(file, 'utf8'));
  if (data === null || typeof data !== 'object') return {};
  const versions: UiSourceVersions = {};
  for (const [lang, keys] of Object.entries(data as Record<string, unknown>)) {
    if (keys === null || typeof keys !== 'object') continue;
    versions[lang as Locale] = Object.fromEntries(Object.entries(keys as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  }
  return versions;
}

/**
 * Writes the recorded versions, keys in the order of the English file (so
 * that the file follows the string files and merges cleanly), one per line.
 */
export function writeUiSourceVersions(versions: UiSourceVersions, keyOrder: readonly string[], file: string = uiSourceVersionsFile()): void {
  const lines = [
    '# The version of the English string each French and Arabic UI string was translated from, by key.',
    '# Written by `npm run translations -- --mark src/i18n/ui/fr.ts [--key KEY]`: do not edit by hand.',
    '# A key that is not listed is "not recorded"; see CONTRIBUTING.md, "Add or update a translation".',
  ];
  for (const [lang, keys] of Object.entries(versions)) {
    if (!keys) continue;
    lines.push(`${lang}:`);
    const ordered = [...keyOrder.filter((key) => key in keys), ...Object.keys(keys).filter((key) => !keyOrder.includes(key)).sort()];
    for (const key of ordered) lines.push(`  ${JSON.stringify(key)}: "${keys[key]}"`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
