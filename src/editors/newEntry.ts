import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/contentDir.ts';
import { countryAliases } from '../content/suggestCountries.ts';
import { didYouMean, nearestValues } from '../content/suggestNearest.ts';
import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { idSchema, isoDateSchema } from '../schemas/common.ts';
import { documentTypeIdSchema, stakeholderGroupSchema } from '../schemas/vocabularies.ts';
import { readContentLists, type ContentLists } from './contentLists.ts';
import { idFromTitle } from './idFromTitle.ts';
import { nextNumberedId, pledgePrefixes } from './numberedIds.ts';
import { takenIds, entryFolders, type EntryKind } from './takenIds.ts';
import { documentMetaTemplate, documentVersionTemplate } from './templates/documentTemplate.ts';
import { organisationTemplate } from './templates/organisationTemplate.ts';
import { pledgeTemplate } from './templates/pledgeTemplate.ts';
import { todo } from './templates/templateLines.ts';

/** A value given to `npm run new` that cannot be used, with what to do instead; shown to the editor as is. */
export class NewEntryError extends Error {
  override name = 'NewEntryError';
}

/** What the editor asked for (the flags of `npm run new`). */
export interface NewEntryRequest {
  kind: EntryKind;
  contentDir: string;
  /** Title of a pledge or document, name of an organisation. */
  title?: string;
  /** Language of the entry's text (default en). */
  lang?: string;
  /** The id; by default the next free one (pledges) or one made from the title. */
  id?: string;
  /** Pledger id (pledges). */
  pledger?: string;
  /** Country codes: of implementation (pledges) or the home country (organisations). */
  countries?: readonly string[];
  /** A made-up example (pledges and organisations). */
  illustrative?: boolean;
  /** Document type. */
  type?: string;
  /** Stakeholder group (organisations). */
  stakeholderGroup?: string;
  /** Announcement date (pledges) or date of the document (YYYY-MM-DD); default today. */
  date?: string;
  /** Today (YYYY-MM-DD); the clock by default. */
  today?: string;
}

/** The files a new entry is made of, and the lines to fill in. */
export interface NewEntry {
  kind: EntryKind;
  id: string;
  files: { path: string; text: string }[];
  /** Each line marked TODO, as "file:line: text". */
  fillIn: string[];
}

function suggestion(typed: string, candidates: readonly string[], aliases?: ReadonlyMap<string, string>): string {
  const near = nearestValues(typed, candidates, aliases);
  const containing = near.length ? near : candidates.filter((c) => c.includes(typed.toLowerCase())).slice(0, 3);
  const sentence = didYouMean(containing);
  return sentence ? ` ${sentence}` : '';
}

function checkLang(lang: string | undefined): Locale {
  if (lang === undefined) return 'en';
  if (!isLocale(lang)) throw new NewEntryError(`--lang ${lang}: expected the language of the text, one of ${locales.join(', ')}.${suggestion(lang, locales)}`);
  return lang;
}

function checkDate(date: string | undefined, today: string, flag = '--date'): string {
  if (date === undefined) return today;
  if (!isoDateSchema.safeParse(date).success) throw new NewEntryError(`${flag} ${date}: expected a date written YYYY-MM-DD, such as ${today}.`);
  return date;
}

function checkCountries(codes: readonly string[], lists: ContentLists): string[] {
  const known = lists.countries.map((c) => c.alpha3);
  return codes.map((code) => {
    const upper = code.toUpperCase();
    if (known.includes(upper)) return upper;
    throw new NewEntryError(`--country ${code}: expected an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml (e.g. KEN).${suggestion(code, known, countryAliases(lists.countries))}`);
  });
}

/** The id the editor gave, checked; or undefined to choose one. */
function checkGivenId(kind: EntryKind, id: string | undefined, taken: Map<string, string>, free: () => string): string | undefined {
  if (id === undefined) return undefined;
  if (!idSchema.safeParse(id).success) throw new NewEntryError(`--id ${id}: expected an ASCII id in lower case, words joined by "-" (e.g. "${free()}").`);
  const reason = taken.get(id);
  if (reason) throw new NewEntryError(`--id ${id}: this id cannot be given to a new ${kind}: it is ${reason}. Ids are never reused; take "${free()}" or another one.`);
  return id;
}

/** The first free id made from a title: the title's id, else with -2, -3 … */
function freeFromTitle(base: string, taken: Map<string, string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function titledId(kind: EntryKind, request: NewEntryRequest, taken: Map<string, string>): string {
  const base = request.title ? idFromTitle(request.title) : '';
  const given = checkGivenId(kind, request.id, taken, () => freeFromTitle(base || `new-${kind}`, taken));
  if (given) return given;
  if (!request.title) throw new NewEntryError(`Give the ${kind === 'organisation' ? 'name' : 'title'} with --title "…" (the id is made from it), or the id with --id.`);
  if (!base) throw new NewEntryError(`--title "${request.title}" has no Latin letters or digits to make an id from: give one with --id (ASCII, lower case, words joined by "-").`);
  const reason = taken.get(base);
  if (reason) {
    throw new NewEntryError(
      `The id made from the title, "${base}", is ${reason}. If it is the same ${kind}, edit that file instead; if not, give another id with --id (e.g. --id ${freeFromTitle(base, taken)}).`,
    );
  }
  return base;
}

function fillInLines(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap((file) =>
    file.text
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => line.includes(todo))
      .map(({ line, number }) => `${displayPath(file.path)}:${number}: ${line.trim()}`),
  );
}

/**
 * Plans a new pledge, organisation or document: checks every flag against
 * the content (a pledger that exists, known country codes, an id never used
 * or retired) and writes the entry's files from a template that passes
 * `npm run check` as it is, every line to fill in marked TODO. Writes nothing.
 */
export function planEntry(request: NewEntryRequest): NewEntry {
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  const lang = checkLang(request.lang);
  const date = checkDate(request.date, today);
  const lists = readContentLists(request.contentDir);
  const taken = takenIds(request.contentDir, request.kind);
  const folder = path.join(request.contentDir, entryFolders[request.kind]);
  const illustrative = request.illustrative ?? false;

  if (request.kind === 'pledge') {
    if (!request.pledger) throw new NewEntryError('Give the pledger: --pledger ID (its file in content/organisations/; add a new one first with `npm run new -- organisation`).');
    if (!lists.organisations.includes(request.pledger)) {
      throw new NewEntryError(`--pledger ${request.pledger}: no file content/organisations/${request.pledger}.yaml.${suggestion(request.pledger, lists.organisations)} A new pledger is added first with \`npm run new -- organisation\`.`);
    }
    const free = () => nextNumberedId(illustrative ? pledgePrefixes.illustrative : pledgePrefixes.real, taken.keys());
    const id = checkGivenId('pledge', request.id, taken, free) ?? free();
    const countries = checkCountries(request.countries ?? [], lists);
    const text = pledgeTemplate({ id, illustrative, pledger: request.pledger, lang, ...(request.title ? { title: request.title } : {}), countries, date, focusAreas: lists.focusAreas });
    const files = [{ path: path.join(folder, `${id}.yaml`), text }];
    return { kind: 'pledge', id, files, fillIn: fillInLines(files) };
  }

  if (request.kind === 'organisation') {
    const [country, ...more] = request.countries ?? [];
    if (!country) throw new NewEntryError('Give the organisation\'s home country: --country KEN (ISO 3166-1 alpha-3 code, see content/reference/countries.yaml).');
    if (more.length) throw new NewEntryError('An organisation has one home country: give --country once.');
    const group = request.stakeholderGroup;
    if (group !== undefined && !(stakeholderGroupSchema.options as readonly string[]).includes(group)) {
      throw new NewEntryError(`--stakeholder-group ${group}: expected one of ${stakeholderGroupSchema.options.join(', ')}.${suggestion(group, stakeholderGroupSchema.options)}`);
    }
    const [code = ''] = checkCountries([country], lists);
    const id = titledId('organisation', request, taken);
    const text = organisationTemplate({ id, illustrative, lang, ...(request.title ? { name: request.title } : {}), country: code, ...(group ? { stakeholderGroup: group } : {}) });
    const files = [{ path: path.join(folder, `${id}.yaml`), text }];
    return { kind: 'organisation', id, files, fillIn: fillInLines(files) };
  }

  const type = request.type;
  if (type !== undefined && !(documentTypeIdSchema.options as readonly string[]).includes(type)) {
    throw new NewEntryError(`--type ${type}: expected one of ${documentTypeIdSchema.options.join(', ')}.${suggestion(type, documentTypeIdSchema.options)}`);
  }
  if (request.illustrative) throw new NewEntryError('--illustrative: documents are real, official texts; only pledges and organisations can be illustrative.');
  const id = titledId('document', request, taken);
  const template = { lang, ...(request.title ? { title: request.title } : {}), ...(type ? { type } : {}), date, issuingBodies: lists.issuingBodies, focusAreas: lists.focusAreas };
  const files = [
    { path: path.join(folder, id, 'meta.yaml'), text: documentMetaTemplate(template) },
    { path: path.join(folder, id, `${lang}.md`), text: documentVersionTemplate(template) },
  ];
  return { kind: 'document', id, files, fillIn: fillInLines(files) };
}

/** Writes the planned files; never replaces a file that exists. */
export function writeEntry(entry: NewEntry): void {
  for (const file of entry.files) {
    if (existsSync(file.path)) throw new NewEntryError(`${displayPath(file.path)} exists already: nothing was written.`);
  }
  for (const file of entry.files) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: 'wx' });
  }
}
