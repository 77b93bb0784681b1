import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Locale } from '../i18n/locales.ts';

/** The ids and codes a new entry may refer to, read from the content folder. */
export interface ContentLists {
  organisations: string[];
  countries: { alpha3: string; alpha2: string; label?: Partial<Record<Locale, string>> }[];
  /** In the framework's order. */
  focusAreas: string[];
  issuingBodies: string[];
}

function items(file: string): Record<string, unknown>[] {
  try {
    const data = load(readFileSync(file, 'utf8')) as { items?: unknown } | null;
    return Array.isArray(data?.items) ? (data.items as Record<string, unknown>[]) : [];
  } catch {
    return [];
  }
}

function yamlStems(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')).sort() : [];
}

/**
 * Reads only the lists a new entry needs (not the whole content, which
 * `npm run check` validates): organisations, countries, focus areas and
 * issuing bodies. A list that cannot be read is empty; the check says why.
 */
export function readContentLists(contentDir: string): ContentLists {
  const reference = (name: string) => items(path.join(contentDir, 'reference', `${name}.yaml`));
  const focusAreas = yamlStems(path.join(contentDir, 'focus-areas'))
    .map((id) => {
      try {
        const area = load(readFileSync(path.join(contentDir, 'focus-areas', `${id}.yaml`), 'utf8')) as { number?: number } | null;
        return { id, number: area?.number ?? 99 };
      } catch {
        return { id, number: 99 };
      }
    })
    .sort((a, b) => a.number - b.number)
    .map((area) => area.id);
  return {
    organisations: yamlStems(path.join(contentDir, 'organisations')),
    countries: reference('countries').map((c) => ({ alpha3: String(c.alpha3), alpha2: String(c.alpha2), ...(c.label ? { label: c.label as Partial<Record<Locale, string>> } : {}) })),
    focusAreas,
    issuingBodies: reference('issuing-bodies').map((b) => String(b.id)),
  };
}
