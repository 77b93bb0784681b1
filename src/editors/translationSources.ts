import type { Locale } from '../i18n/locales.ts';
import type { PluralForms } from '../i18n/uiTypes.ts';
import type { FocusArea } from '../schemas/focusArea.ts';
import type { Pledge } from '../schemas/pledge.ts';
import { sourceVersion } from './sourceVersion.ts';

/**
 * What each kind of translation is made from, and the version of that
 * source today. A translation records the version it was made from; when the
 * source changes, the versions differ and the translation is stale.
 */

/** Focus areas are written in English and translated into French and Arabic. */
export const focusAreaSourceLanguage: Locale = 'en';

/** UI strings are written in English (src/i18n/ui/en.ts) and translated in fr.ts and ar.ts. */
export const uiSourceLanguage: Locale = 'en';

/** A language version of a document as written: front matter fields that matter here, and the body. */
export interface DocumentText {
  title: string;
  summary: string;
  body: string;
}

/** A document version is translated from another version: its title, summary and body. */
export function documentSourceVersion(source: DocumentText): string {
  return sourceVersion([source.title, source.summary, source.body]);
}

/** A pledge's translations are made from its title and summary in its original language. */
export function pledgeSourceVersion(pledge: Pick<Pledge, 'originalLanguage' | 'title' | 'summary'>): string {
  return sourceVersion([pledge.title[pledge.originalLanguage] ?? '', pledge.summary[pledge.originalLanguage] ?? '']);
}

/** A focus area's translations are made from its English names and descriptions, and its pillars'. */
export function focusAreaSourceVersion(area: Pick<FocusArea, 'shortName' | 'name' | 'description' | 'pillars'>): string {
  const en = focusAreaSourceLanguage;
  return sourceVersion([
    area.shortName[en],
    area.name[en],
    area.description[en],
    ...area.pillars.flatMap((pillar) => [pillar.id, pillar.label[en], pillar.description?.[en] ?? '']),
  ]);
}

/** A UI string (or its plural forms, in a fixed order) is translated from its English text. */
export function uiStringSourceVersion(value: string | PluralForms): string {
  if (typeof value === 'string') return sourceVersion([value]);
  return sourceVersion(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([form, text]) => `${form}=${text}`));
}
