import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { contentDir as defaultContentDir, displayPath } from '../content/contentDir.ts';
import { didYouMean, nearestValues } from '../content/suggestNearest.ts';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import type { FocusArea } from '../schemas/focusArea.ts';
import type { Pledge } from '../schemas/pledge.ts';
import { readDocumentTexts, readDocumentVersion } from './readDocumentTexts.ts';
import { pledgeTranslations, type UiDictionary } from './translationStatus.ts';
import { documentSourceVersion, focusAreaSourceLanguage, focusAreaSourceVersion, pledgeSourceVersion, uiSourceLanguage, uiStringSourceVersion } from './translationSources.ts';
import { readUiSourceVersions, uiSourceVersionsFile, writeUiSourceVersions } from './uiSourceVersionsFile.ts';
import { uiStrings, uiStringsFile } from './uiStrings.ts';
import { setFrontmatterField, setTopLevelField } from './yamlLineEdit.ts';

/** A file that cannot be marked, with what to do instead; shown to the editor as is. */
export class MarkError extends Error {
  override name = 'MarkError';
}

export interface MarkOptions {
  /** Content folder (default: content/ or P2C_CONTENT_DIR). */
  contentDir?: string;
  /** Only these languages of a pledge or focus area (default: every translated language). */
  langs?: readonly Locale[];
  /** Only these keys of a UI string file (default: every key). */
  keys?: readonly string[];
  /** UI strings by language (default: the site's). */
  ui?: Record<Locale, UiDictionary>;
  /** File of the recorded versions of the UI strings (default: src/i18n/ui/source-versions.yaml). */
  uiVersionsFile?: string;
}

/** What was recorded in one file. */
export interface MarkResult {
  file: string;
  /** Each language (or UI key) marked, with the source version recorded and the one it replaces. */
  marked: { what: string; version: string; previous?: string }[];
}

const quoted = (version: string) => `"${version}"`;

function flowMap(versions: Partial<Record<Locale, string>>): string {
  return `{ ${locales.filter((lang) => versions[lang]).map((lang) => `${lang}: ${quoted(versions[lang] ?? '')}`).join(', ')} }`;
}

function readYamlEntry(file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch {
    throw new MarkError(`${displayPath(file)} is not valid YAML: run \`npm run check\`, fix it, then mark it.`);
  }
  if (data === null || typeof data !== 'object') throw new MarkError(`${displayPath(file)} holds no entry: run \`npm run check\`.`);
  return data as Record<string, unknown>;
}

function chosenLanguages(file: string, translated: readonly Locale[], wanted: readonly Locale[] | undefined, source: Locale): Locale[] {
  if (!wanted || wanted.length === 0) {
    if (translated.length === 0) throw new MarkError(`${displayPath(file)} has no translation yet (only its ${source} text): nothing to mark.`);
    return [...translated];
  }
  for (const lang of wanted) {
    if (lang === source) throw new MarkError(`--lang ${lang}: ${lang} is the source of ${displayPath(file)}, not a translation.`);
    if (!translated.includes(lang)) throw new MarkError(`--lang ${lang}: ${displayPath(file)} has no ${lang} text to mark (its translations: ${translated.join(', ') || 'none'}).`);
  }
  return [...wanted];
}

function markEntryVersions(file: string, data: Record<string, unknown>, langs: readonly Locale[], version: string, place: { before: string[] }): MarkResult {
  const previous = (data.sourceVersions ?? {}) as Partial<Record<Locale, string>>;
  const next: Partial<Record<Locale, string>> = { ...previous };
  for (const lang of langs) next[lang] = version;
  writeFileSync(file, setTopLevelField(readFileSync(file, 'utf8'), 'sourceVersions', flowMap(next), place));
  return { file: displayPath(file), marked: langs.map((lang) => ({ what: lang, version, ...(previous[lang] ? { previous: previous[lang] } : {}) })) };
}

function markPledge(file: string, options: MarkOptions): MarkResult {
  const data = readYamlEntry(file);
  const pledge = data as unknown as Pick<Pledge, 'originalLanguage' | 'title' | 'summary'>;
  if (!isLocale(String(pledge.originalLanguage)) || typeof pledge.title !== 'object' || typeof pledge.summary !== 'object') {
    throw new MarkError(`${displayPath(file)} lacks originalLanguage, title or summary: run \`npm run check\`.`);
  }
  const langs = chosenLanguages(file, pledgeTranslations(pledge), options.langs, pledge.originalLanguage);
  return markEntryVersions(file, data, langs, pledgeSourceVersion(pledge), { before: ['title', 'summary'] });
}

function markFocusArea(file: string, options: MarkOptions): MarkResult {
  const data = readYamlEntry(file);
  const area = data as unknown as FocusArea;
  if (typeof area.shortName !== 'object' || typeof area.name !== 'object' || typeof area.description !== 'object' || !Array.isArray(area.pillars)) {
    throw new MarkError(`${displayPath(file)} lacks shortName, name, description or pillars: run \`npm run check\`.`);
  }
  const translated = locales.filter((lang) => lang !== focusAreaSourceLanguage);
  const langs = chosenLanguages(file, translated, options.langs, focusAreaSourceLanguage);
  return markEntryVersions(file, data, langs, focusAreaSourceVersion(area), { before: ['shortName', 'name'] });
}

function markDocumentVersion(file: string): MarkResult {
  const version = readDocumentVersion(file);
  const shown = displayPath(file);
  if (!version) throw new MarkError(`${shown} has no readable front matter: run \`npm run check\`.`);
  if (version.text !== 'unofficial-translation' || !version.translatedFrom) {
    throw new MarkError(`${shown} is a published text (text: published), not a translation: nothing to mark. Mark the translations made from it.`);
  }
  const sourceFile = path.join(path.dirname(file), `${version.translatedFrom}.md`);
  const source = readDocumentVersion(sourceFile);
  if (!source) throw new MarkError(`${shown} is translated from ${version.translatedFrom}, but ${displayPath(sourceFile)} cannot be read: run \`npm run check\`.`);
  const current = documentSourceVersion(source);
  const text = setFrontmatterField(readFileSync(file, 'utf8'), 'sourceVersion', quoted(current), { after: ['translatedFrom', 'text'] });
  if (text === undefined) throw new MarkError(`${shown} has no front matter: run \`npm run check\`.`);
  writeFileSync(file, text);
  return { file: shown, marked: [{ what: `from ${version.translatedFrom}`, version: current, ...(version.sourceVersion ? { previous: version.sourceVersion } : {}) }] };
}

function markUiFile(lang: Locale, options: MarkOptions): MarkResult {
  const file = uiStringsFile(lang);
  if (lang === uiSourceLanguage) throw new MarkError(`${file} holds the English strings every translation is made from: mark src/i18n/ui/fr.ts or ar.ts.`);
  const ui = options.ui ?? uiStrings;
  const english = ui[uiSourceLanguage];
  const keys = options.keys && options.keys.length > 0 ? options.keys : Object.keys(ui[lang]).filter((key) => key in english);
  for (const key of keys) {
    if (!(key in english)) {
      const suggestion = didYouMean(nearestValues(key, Object.keys(english)));
      throw new MarkError(`--key ${key}: no such UI string in ${uiStringsFile(uiSourceLanguage)}.${suggestion ? ` ${suggestion}` : ''}`);
    }
    if (!(key in ui[lang])) throw new MarkError(`--key ${key}: ${file} has no such string yet; translate it first.`);
  }
  const versionsFile = options.uiVersionsFile ?? uiSourceVersionsFile();
  const recorded = readUiSourceVersions(versionsFile);
  const previous = recorded[lang] ?? {};
  const next = { ...previous };
  const marked: MarkResult['marked'] = [];
  for (const key of keys) {
    const version = uiStringSourceVersion(english[key] ?? '');
    next[key] = version;
    marked.push({ what: key, version, ...(previous[key] ? { previous: previous[key] } : {}) });
  }
  writeUiSourceVersions({ ...recorded, [lang]: next }, Object.keys(english), versionsFile);
  return { file: `${file} (recorded in ${displayPath(versionsFile)})`, marked };
}

/**
 * Records that a translation was made from its source as it is today: the
 * source's version goes into the translation's file (`sourceVersion` in a
 * document version's front matter, `sourceVersions` in a pledge or focus
 * area) or, for UI strings, into src/i18n/ui/source-versions.yaml.
 */
export function markTranslation(file: string, options: MarkOptions = {}): MarkResult {
  const full = path.resolve(file);
  const dir = path.resolve(options.contentDir ?? defaultContentDir());
  const inside = path.relative(dir, full).split(path.sep).join('/');
  const ui = /(^|\/)src\/i18n\/ui\/([a-z]{2})\.ts$/.exec(full.split(path.sep).join('/'));
  if (ui) {
    const lang = ui[2] ?? '';
    if (!isLocale(lang)) throw new MarkError(`${file}: not a language of the site (${locales.join(', ')}).`);
    return markUiFile(lang, options);
  }
  if (/^documents\/[^/]+\/[a-z]{2}\.md$/.test(inside)) return markDocumentVersion(full);
  if (/^pledges\/[^/]+\.ya?ml$/.test(inside)) return markPledge(full, options);
  if (/^focus-areas\/[^/]+\.ya?ml$/.test(inside)) return markFocusArea(full, options);
  throw new MarkError(
    `${file}: not a translation that can be marked. Give a document's language version (${displayPath(path.join(dir, 'documents'))}/ID/fr.md), ` +
      `a pledge (${displayPath(path.join(dir, 'pledges'))}/ID.yaml), a focus area (${displayPath(path.join(dir, 'focus-areas'))}/ID.yaml) or a UI string file (src/i18n/ui/fr.ts).`,
  );
}

/**
 * Marks every translation as made from today's sources: for recording the
 * state once, when every translation is known to be up to date.
 */
export function markAllTranslations(options: Omit<MarkOptions, 'langs' | 'keys'> = {}): MarkResult[] {
  const dir = options.contentDir ?? defaultContentDir();
  const results: MarkResult[] = [];
  for (const document of readDocumentTexts(dir)) {
    for (const lang of locales) {
      const version = document.versions[lang];
      if (version?.text === 'unofficial-translation' && version.translatedFrom) results.push(markTranslation(path.join(dir, 'documents', document.id, `${lang}.md`), options));
    }
  }
  for (const folder of ['focus-areas', 'pledges']) {
    for (const name of yamlFiles(path.join(dir, folder))) {
      const file = path.join(dir, folder, name);
      if (folder === 'pledges') {
        const data = readYamlEntry(file) as unknown as Pick<Pledge, 'originalLanguage' | 'title' | 'summary'>;
        if (pledgeTranslations(data).length === 0) continue;
      }
      results.push(markTranslation(file, options));
    }
  }
  for (const lang of locales) if (lang !== uiSourceLanguage) results.push(markUiFile(lang, options));
  return results;
}

/** The YAML files of a content folder, in order. */
function yamlFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
}
