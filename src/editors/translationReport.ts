import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir as defaultContentDir, displayPath } from '../content/contentDir.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import type { FocusArea } from '../schemas/focusArea.ts';
import type { Pledge } from '../schemas/pledge.ts';
import { readDocumentTexts } from './readDocumentTexts.ts';
import { documentStatus, focusAreaStatus, pledgeStatus, uiFileStatus, type EntryStatus, type TranslationState, type UiDictionary, type UiFileStatus } from './translationStatus.ts';
import { uiSourceLanguage } from './translationSources.ts';
import { readUiSourceVersions, uiSourceVersionsFile } from './uiSourceVersionsFile.ts';
import { uiStrings, uiStringsFile } from './uiStrings.ts';

/** Which languages exist for every document, focus area, pledge and UI string file, and which translations are stale. */
export interface TranslationReport {
  documents: EntryStatus[];
  focusAreas: EntryStatus[];
  pledges: EntryStatus[];
  ui: UiFileStatus[];
}

/** What the report is made from. */
export interface TranslationReportInput {
  /** Content folder (documents are read from it as written). */
  contentDir?: string;
  /** Validated focus areas and pledges (from `npm run check`'s reading or the site's). */
  focusAreas: readonly FocusArea[];
  pledges: readonly Pledge[];
  /** UI strings by language (default: the site's). */
  ui?: Record<Locale, UiDictionary>;
  /** File of the recorded versions of the UI strings (default: src/i18n/ui/source-versions.yaml). */
  uiVersionsFile?: string;
}

/** The file of an entry named by its id: content/{folder}/{id}.yaml (or .yml). */
export function entryFile(dir: string, folder: string, id: string): string {
  const yaml = path.join(dir, folder, `${id}.yaml`);
  const yml = path.join(dir, folder, `${id}.yml`);
  return displayPath(existsSync(yaml) || !existsSync(yml) ? yaml : yml);
}

export function buildTranslationReport(input: TranslationReportInput): TranslationReport {
  const dir = input.contentDir ?? defaultContentDir();
  const ui = input.ui ?? uiStrings;
  const recorded = readUiSourceVersions(input.uiVersionsFile ?? uiSourceVersionsFile());
  return {
    documents: readDocumentTexts(dir).map(documentStatus),
    focusAreas: [...input.focusAreas].sort((a, b) => a.number - b.number).map((area) => focusAreaStatus(area, entryFile(dir, 'focus-areas', area.id))),
    pledges: [...input.pledges].sort((a, b) => a.id.localeCompare(b.id)).map((pledge) => pledgeStatus(pledge, entryFile(dir, 'pledges', pledge.id))),
    ui: locales
      .filter((lang) => lang !== uiSourceLanguage)
      .map((lang) => uiFileStatus(lang, uiStringsFile(lang), ui[uiSourceLanguage], ui[lang], recorded[lang] ?? {})),
  };
}

/** Counts of translations by state (UI strings counted one by one). */
export interface TranslationCounts {
  current: number;
  stale: number;
  unrecorded: number;
  missing: number;
}

export function countEntries(entries: readonly EntryStatus[]): TranslationCounts {
  const counts: TranslationCounts = { current: 0, stale: 0, unrecorded: 0, missing: 0 };
  for (const entry of entries) {
    for (const status of Object.values(entry.languages)) {
      if (status.role === 'missing') counts.missing += 1;
      else if (status.role === 'translation') counts[status.state] += 1;
    }
  }
  return counts;
}

export function countUi(files: readonly UiFileStatus[]): TranslationCounts {
  return files.reduce<TranslationCounts>(
    (counts, file) => ({ current: counts.current + file.current, stale: counts.stale + file.stale.length, unrecorded: counts.unrecorded + file.unrecorded.length, missing: 0 }),
    { current: 0, stale: 0, unrecorded: 0, missing: 0 },
  );
}

/** Whether an entry has a translation in this state. */
export function hasState(entry: EntryStatus, state: TranslationState): boolean {
  return Object.values(entry.languages).some((status) => status.role === 'translation' && status.state === state);
}

/** Whether an entry needs an editor: a stale or unrecorded translation. */
export function needsAttention(entry: EntryStatus): boolean {
  return hasState(entry, 'stale') || hasState(entry, 'unrecorded');
}
