import { locales, type Locale } from '../i18n/locales.ts';
import type { PluralForms } from '../i18n/uiTypes.ts';
import type { FocusArea } from '../schemas/focusArea.ts';
import type { Pledge } from '../schemas/pledge.ts';
import {
  documentSourceVersion,
  focusAreaSourceLanguage,
  focusAreaSourceVersion,
  pledgeSourceVersion,
  uiStringSourceVersion,
  type DocumentText,
} from './translationSources.ts';

/** Whether a translation is known to follow its source. */
export type TranslationState =
  /** Made from the source as it is today. */
  | 'current'
  /** Made from an older version of the source: the source changed since. */
  | 'stale'
  /** No version recorded: nobody said which source it was made from. */
  | 'unrecorded';

/** One language of an entry. */
export type LanguageStatus =
  /** The entry has no text in this language. */
  | { role: 'missing' }
  /** The text as written (a pledge's original language, the English of a focus area) or as ITU published it. */
  | { role: 'original' }
  /** Our translation, from another language of the same entry. */
  | { role: 'translation'; from: Locale; state: TranslationState; recorded?: string; sourceVersion?: string };

/** The translation status of one document, focus area or pledge. */
export interface EntryStatus {
  kind: 'document' | 'focus-area' | 'pledge';
  id: string;
  /** The file to mark after updating each language (a document has one per language). */
  files: Partial<Record<Locale, string>>;
  languages: Record<Locale, LanguageStatus>;
}

/** The translation status of one UI string file (src/i18n/ui/fr.ts or ar.ts), string by string. */
export interface UiFileStatus {
  lang: Locale;
  file: string;
  /** Strings in the file. */
  strings: number;
  /** Strings made from today's English. */
  current: number;
  /** Keys whose English changed since they were translated. */
  stale: string[];
  /** Keys with no recorded version. */
  unrecorded: string[];
}

export function stateOf(recorded: string | undefined, current: string | undefined): TranslationState {
  if (recorded === undefined || current === undefined) return 'unrecorded';
  return recorded === current ? 'current' : 'stale';
}

/** A language version of a document as written, with the fields translation status needs. */
export interface DocumentVersionText extends DocumentText {
  file: string;
  text: 'published' | 'unofficial-translation';
  translatedFrom?: Locale;
  sourceVersion?: string;
}

/** A document as written: its language versions. */
export interface DocumentTexts {
  id: string;
  versions: Partial<Record<Locale, DocumentVersionText>>;
}

export function documentStatus(document: DocumentTexts): EntryStatus {
  const languages = {} as Record<Locale, LanguageStatus>;
  const files: EntryStatus['files'] = {};
  for (const lang of locales) {
    const version = document.versions[lang];
    if (!version) {
      languages[lang] = { role: 'missing' };
      continue;
    }
    files[lang] = version.file;
    const from = version.text === 'unofficial-translation' ? version.translatedFrom : undefined;
    if (!from) {
      languages[lang] = { role: 'original' };
      continue;
    }
    const source = document.versions[from];
    const current = source ? documentSourceVersion(source) : undefined;
    languages[lang] = {
      role: 'translation',
      from,
      state: stateOf(version.sourceVersion, current),
      ...(version.sourceVersion ? { recorded: version.sourceVersion } : {}),
      ...(current ? { sourceVersion: current } : {}),
    };
  }
  return { kind: 'document', id: document.id, files, languages };
}

/** Languages a pledge has a title or summary in, other than its original one. */
export function pledgeTranslations(pledge: Pick<Pledge, 'originalLanguage' | 'title' | 'summary'>): Locale[] {
  return locales.filter((lang) => lang !== pledge.originalLanguage && (pledge.title[lang] !== undefined || pledge.summary[lang] !== undefined));
}

export function pledgeStatus(pledge: Pick<Pledge, 'id' | 'originalLanguage' | 'title' | 'summary' | 'sourceVersions'>, file: string): EntryStatus {
  const current = pledgeSourceVersion(pledge);
  const translated = pledgeTranslations(pledge);
  const languages = {} as Record<Locale, LanguageStatus>;
  const files: EntryStatus['files'] = {};
  for (const lang of locales) {
    if (lang === pledge.originalLanguage) {
      languages[lang] = { role: 'original' };
      files[lang] = file;
    } else if (translated.includes(lang)) {
      const recorded = pledge.sourceVersions?.[lang];
      languages[lang] = { role: 'translation', from: pledge.originalLanguage, state: stateOf(recorded, current), ...(recorded ? { recorded } : {}), sourceVersion: current };
      files[lang] = file;
    } else {
      languages[lang] = { role: 'missing' };
    }
  }
  return { kind: 'pledge', id: pledge.id, files, languages };
}

export function focusAreaStatus(area: Pick<FocusArea, 'id' | 'shortName' | 'name' | 'description' | 'pillars' | 'sourceVersions'>, file: string): EntryStatus {
  const current = focusAreaSourceVersion(area);
  const languages = {} as Record<Locale, LanguageStatus>;
  const files: EntryStatus['files'] = {};
  for (const lang of locales) {
    files[lang] = file;
    if (lang === focusAreaSourceLanguage) {
      languages[lang] = { role: 'original' };
      continue;
    }
    const recorded = area.sourceVersions?.[lang];
    languages[lang] = { role: 'translation', from: focusAreaSourceLanguage, state: stateOf(recorded, current), ...(recorded ? { recorded } : {}), sourceVersion: current };
  }
  return { kind: 'focus-area', id: area.id, files, languages };
}

/** Strings of one language, by key. */
export type UiDictionary = Readonly<Record<string, string | PluralForms>>;

export function uiFileStatus(lang: Locale, file: string, english: UiDictionary, translated: UiDictionary, recorded: Readonly<Record<string, string>>): UiFileStatus {
  const status: UiFileStatus = { lang, file, strings: 0, current: 0, stale: [], unrecorded: [] };
  for (const key of Object.keys(translated)) {
    const source = english[key];
    if (source === undefined) continue;
    status.strings += 1;
    const state = stateOf(recorded[key], uiStringSourceVersion(source));
    if (state === 'current') status.current += 1;
    else status[state].push(key);
  }
  return status;
}
