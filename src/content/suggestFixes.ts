import type { z } from 'zod';
import { locales } from '../i18n/locales.ts';
import { documentMetaSchema, documentVersionSchema, ituLanguageSchema } from '../schemas/document.ts';
import { focusAreaSchema } from '../schemas/focusArea.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { pledgeSchema } from '../schemas/pledge.ts';
import { countryGroupIdSchema, groupMembershipFileSchema, regionIdSchema } from '../schemas/reference.ts';
import { documentTypeIdSchema, pledgeStatusSchema, pledgeTypeSchema, stakeholderGroupSchema } from '../schemas/vocabularies.ts';
import { nextNumberedId, pledgePrefixes, splitNumberedId } from '../editors/numberedIds.ts';
import type { ContentIssue } from './contentIssue.ts';
import { addIssueLines, fieldPath } from './issueLines.ts';
import type { ContentSet } from './loadContent.ts';
import { countryAliases } from './suggestCountries.ts';
import { didYouMean, nearestValues, type Aliases } from './suggestNearest.ts';

/** The kinds of file an issue can be in, told apart by path. */
type FileKind = 'pledge' | 'organisation' | 'documentMeta' | 'documentVersion' | 'focusArea' | 'groupMembership';

function fileKind(file: string): FileKind | undefined {
  const f = file.replaceAll('\\', '/');
  if (/(^|\/)pledges\/[^/]+\.ya?ml$/.test(f)) return 'pledge';
  if (/(^|\/)organisations\/[^/]+\.ya?ml$/.test(f)) return 'organisation';
  if (/(^|\/)documents\/[^/]+\/meta\.ya?ml$/.test(f)) return 'documentMeta';
  if (/(^|\/)documents\/[^/]+\/[a-z]{2}\.md$/.test(f)) return 'documentVersion';
  if (/(^|\/)focus-areas\/[^/]+\.ya?ml$/.test(f)) return 'focusArea';
  if (/(^|\/)reference\/group-membership\.ya?ml$/.test(f)) return 'groupMembership';
  return undefined;
}

const schemas: Record<FileKind, z.ZodType> = {
  pledge: pledgeSchema,
  organisation: organisationSchema,
  documentMeta: documentMetaSchema,
  documentVersion: documentVersionSchema,
  focusArea: focusAreaSchema,
  groupMembership: groupMembershipFileSchema,
};

/** The valid values of a field, and other spellings that stand for them. */
interface Candidates {
  values: readonly string[];
  aliases?: Aliases;
}

type Provider = (content: ContentSet | undefined) => Candidates | undefined;

const fixed = (values: readonly string[]): Provider => () => ({ values });
const fromContent = (values: (content: ContentSet) => readonly string[]): Provider => (content) => (content ? { values: values(content) } : undefined);
const currencies = Intl.supportedValuesOf('currency');

const countries: Provider = (content) => {
  if (!content) return undefined;
  const items = content.reference.countries.items;
  return { values: items.map((c) => c.alpha3), aliases: countryAliases(items) };
};
const focusAreas = fromContent((c) => [...c.focusAreas].sort((a, b) => a.number - b.number).map((f) => f.id));
const documentIds = fromContent((c) => c.documents.map((d) => d.id));

/** For each kind of file, the fields whose values come from a list, and that list. */
const fieldLists: Record<FileKind, [RegExp, Provider][]> = {
  pledge: [
    [/^pledger$/, fromContent((c) => c.organisations.map((o) => o.id))],
    [/^focusAreas\.\d+$/, focusAreas],
    [/^pillars\.\d+$/, fromContent((c) => c.focusAreas.flatMap((f) => f.pillars.map((p) => p.id)))],
    [/^countries\.\d+$/, countries],
    [/^regions\.\d+$/, fixed(regionIdSchema.options)],
    [/^beneficiaryGroups\.\d+$/, fromContent((c) => c.reference['beneficiary-groups'].items.map((b) => b.id))],
    [/^wsisActionLines\.\d+$/, fromContent((c) => c.reference['wsis-action-lines'].items.map((w) => w.id))],
    [/^announced\.event$/, fromContent((c) => c.reference.events.items.map((e) => e.id))],
    [/^pledgeType$/, fixed(pledgeTypeSchema.options)],
    [/^(updates\.\d+\.)?status$/, fixed(pledgeStatusSchema.options)],
    [/^(updates\.\d+\.)?originalLanguage$/, fixed(locales)],
    [/^estimatedValue\.currency$/, fixed(currencies)],
  ],
  organisation: [
    [/^country$/, countries],
    [/^stakeholderGroup$/, fixed(stakeholderGroupSchema.options)],
    [/^originalLanguage$/, fixed(locales)],
  ],
  documentMeta: [
    [/^type$/, fixed(documentTypeIdSchema.options)],
    [/^issuingBody$/, fromContent((c) => c.reference['issuing-bodies'].items.map((b) => b.id))],
    [/^focusAreas\.\d+$/, focusAreas],
    [/^(related\.\d+|revises)$/, documentIds],
    [/^originalLanguage$/, fixed(ituLanguageSchema.options)],
    [/^datePrecision$/, fixed(['day', 'month', 'year'])],
  ],
  documentVersion: [
    [/^text$/, fixed(['published', 'unofficial-translation'])],
    [/^translatedFrom$/, fixed(locales)],
  ],
  focusArea: [],
  groupMembership: [
    [/^items\.\d+\.country$/, countries],
    [/^items\.\d+\.group$/, fixed(countryGroupIdSchema.options)],
    [/^items\.\d+\.untilStatus$/, fixed(['scheduled', 'confirmed'])],
    [/^items\.\d+\.untilPrecision$/, fixed(['day', 'month', 'year'])],
  ],
};

/** What an editor typed, from an issue's `got` (a JSON string), or undefined for other values. */
function typedText(got: string | undefined): string | undefined {
  if (!got?.startsWith('"')) return undefined;
  try {
    const value: unknown = JSON.parse(got);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The schema of the value at a path of fields (through lists, optional fields and defaults). */
function schemaAt(schema: z.core.$ZodType, path: readonly (string | number)[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  let rest = [...path];
  while (current) {
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
      current = def.innerType as z.core.$ZodType;
      continue;
    }
    if (def.type === 'pipe') {
      current = def.in as z.core.$ZodType;
      continue;
    }
    if (rest.length === 0) return current;
    const [head, ...tail] = rest;
    rest = tail;
    if (def.type === 'object') current = (def.shape as Record<string, z.core.$ZodType>)[String(head)];
    else if (def.type === 'array') current = def.element as z.core.$ZodType;
    else if (def.type === 'record') current = def.valueType as z.core.$ZodType;
    else return undefined;
  }
  return undefined;
}

/** Names of the fields allowed next to a misspelt one. */
function fieldNamesNextTo(kind: FileKind, field: string): string[] {
  const parent = fieldPath(field).slice(0, -1);
  const schema = schemaAt(schemas[kind], parent);
  const def = schema?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** A free id to take instead of one that is used or retired. */
function freeIdSuggestion(kind: FileKind, typed: string, content: ContentSet): string | undefined {
  if (kind !== 'pledge') return undefined;
  const taken = [...content.pledges.flatMap((p) => [p.id, ...p.formerIds]), ...content.retired.pledges];
  const prefix = splitNumberedId(typed)?.prefix ?? pledgePrefixes.real;
  return `Take the next free id, ${JSON.stringify(nextNumberedId(prefix, taken))}, and name the file after it (\`npm run new -- pledge\` always picks a free id).`;
}

/** For a field that names another entry: the entries' former ids, each with the id it was renamed to. */
function renamedIds(kind: FileKind, field: string, content: ContentSet): Map<string, string> {
  const entries =
    kind === 'pledge' && field === 'pledger' ? content.organisations : kind === 'documentMeta' && /^(related\.\d+|revises)$/.test(field) ? content.documents.map((d) => ({ id: d.id, formerIds: d.meta.formerIds })) : [];
  return new Map(entries.flatMap((entry) => entry.formerIds.map((former): [string, string] => [former, entry.id])));
}

function suggestionFor(issue: ContentIssue, content: ContentSet | undefined): string | undefined {
  const kind = fileKind(issue.file);
  if (!kind || !issue.field) return undefined;
  if (issue.expected.startsWith('no such field')) {
    const name = fieldPath(issue.field).at(-1);
    return typeof name === 'string' ? didYouMean(nearestValues(name, fieldNamesNextTo(kind, issue.field))) : undefined;
  }
  const typed = typedText(issue.got);
  if (typed === undefined) return undefined;
  if (issue.field === 'id' && content && /never used before|no other entry uses/.test(issue.expected)) return freeIdSuggestion(kind, typed, content);
  const renamed = content ? renamedIds(kind, issue.field, content).get(typed) : undefined;
  if (renamed) return `${JSON.stringify(typed)} was renamed ${JSON.stringify(renamed)} (it is in that entry's formerIds): write the new id.`;
  const provider = fieldLists[kind].find(([pattern]) => pattern.test(issue.field ?? ''))?.[1];
  const candidates = provider?.(content);
  return candidates ? didYouMean(nearestValues(typed, candidates.values, candidates.aliases)) : undefined;
}

/**
 * Makes each issue as useful to an editor as it can be: the line of its
 * field, and the likely fix ("Did you mean "KEN"?") when the value typed is
 * near a valid one: a focus area, pillar, pledger, event, country code,
 * vocabulary value or field name. Runs only on the issues found, so a clean
 * check costs nothing more.
 */
export function explainIssues(issues: readonly ContentIssue[], content: ContentSet | undefined): ContentIssue[] {
  return addIssueLines(issues).map((issue) => {
    if (issue.suggestion) return issue;
    const suggestion = suggestionFor(issue, content);
    return suggestion ? { ...issue, suggestion } : issue;
  });
}
