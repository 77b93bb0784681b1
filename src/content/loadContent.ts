import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { locales, type Locale } from '../i18n/locales.ts';
import { documentMetaSchema, documentVersionSchema, type DocumentMeta, type DocumentVersionFrontmatter } from '../schemas/document.ts';
import { focusAreaSchema, type FocusArea } from '../schemas/focusArea.ts';
import { milestonesFileSchema, type Milestone } from '../schemas/milestone.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { pledgeSchema, type Pledge } from '../schemas/pledge.ts';
import { retiredIdsSchema, type RetiredIds } from '../schemas/retiredIds.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/siteConfig.ts';
import { siteConfigFile } from '../config/siteConfigFile.ts';
import { contentDir, displayPath } from './contentDir.ts';
import type { ContentIssue } from './contentIssue.ts';
import { checkCrossReferences } from './crossReferences.ts';
import { parseYaml, splitFrontmatter } from './readYamlFile.ts';
import { referenceFiles, type ReferenceData, type ReferenceName } from './referenceFiles.ts';
import { issuesFromZod } from './zodIssues.ts';

/** One language version of a document, as written. */
export interface DocumentVersionSource {
  file: string;
  frontmatter: DocumentVersionFrontmatter;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

/** A document as written: its metadata and its language versions. */
export interface DocumentSource {
  id: string;
  meta: DocumentMeta;
  metaFile: string;
  versions: Partial<Record<Locale, DocumentVersionSource>>;
}

/** Everything under content/, validated. */
export interface ContentSet {
  /** Who publishes the site and on what terms (site.config.yaml). */
  site: SiteConfig;
  reference: ReferenceData;
  focusAreas: FocusArea[];
  organisations: Organisation[];
  pledges: Pledge[];
  documents: DocumentSource[];
  milestones: Milestone[];
  retired: RetiredIds;
}

/** Where each entry came from, for messages. */
export interface EntryFiles {
  focusAreas: Map<string, string>;
  organisations: Map<string, string>;
  pledges: Map<string, string>;
}

const yamlExtensions = new Set(['.yaml', '.yml']);

/** Parses and validates one YAML file; returns the data or the issues. */
function readYaml<S extends z.ZodType>(file: string, schema: S, issues: ContentIssue[]): z.infer<S> | undefined {
  const shown = displayPath(file);
  const text = readFileSync(file, 'utf8');
  const { parsed, issues: syntax } = parseYaml(text, shown);
  if (!parsed) {
    issues.push(...syntax);
    return undefined;
  }
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    issues.push(...issuesFromZod(shown, result.error, parsed.data, parsed.lineOf));
    return undefined;
  }
  return result.data;
}

/** Reads a folder of one-entry-per-file YAML, checking names and duplicate ids. */
function readEntries<S extends z.ZodType<{ id: string }>>(
  folder: string,
  schema: S,
  issues: ContentIssue[],
  files: Map<string, string>,
): z.infer<S>[] {
  if (!existsSync(folder)) return [];
  const entries: z.infer<S>[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    const extension = path.extname(name);
    if (name === 'README.md' || name.startsWith('.')) continue;
    if (!yamlExtensions.has(extension) || statSync(file).isDirectory()) {
      issues.push({ file: displayPath(file), expected: 'only .yaml files in this folder, one entry each' });
      continue;
    }
    const entry = readYaml(file, schema, issues);
    if (!entry) continue;
    const stem = path.basename(name, extension);
    if (entry.id !== stem) {
      issues.push({ file: displayPath(file), field: 'id', expected: `the file name "${stem}" (the file must be named after the entry's id)`, got: JSON.stringify(entry.id) });
    }
    const previous = files.get(entry.id);
    if (previous) {
      issues.push({ file: displayPath(file), field: 'id', expected: `an id no other entry uses ("${entry.id}" is already the id of ${previous})`, got: JSON.stringify(entry.id) });
      continue;
    }
    files.set(entry.id, displayPath(file));
    entries.push(entry);
  }
  return entries;
}

function readReference(dir: string, issues: ContentIssue[]): ReferenceData | undefined {
  const reference: Partial<Record<ReferenceName, unknown>> = {};
  let complete = true;
  for (const [name, schema] of Object.entries(referenceFiles) as [ReferenceName, z.ZodType][]) {
    const file = path.join(dir, 'reference', `${name}.yaml`);
    if (!existsSync(file)) {
      issues.push({ file: displayPath(file), expected: `the reference file ${name}.yaml (it is missing)` });
      complete = false;
      continue;
    }
    const data = readYaml(file, schema, issues);
    if (data === undefined) complete = false;
    else reference[name] = data;
  }
  return complete ? (reference as ReferenceData) : undefined;
}

function readDocuments(dir: string, issues: ContentIssue[]): DocumentSource[] {
  const folder = path.join(dir, 'documents');
  if (!existsSync(folder)) return [];
  const documents: DocumentSource[] = [];
  for (const id of readdirSync(folder).sort()) {
    const documentDir = path.join(folder, id);
    if (!statSync(documentDir).isDirectory()) continue;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      issues.push({ file: displayPath(documentDir), expected: 'a folder named with an ASCII id in lower case, words joined by "-"', got: JSON.stringify(id) });
      continue;
    }
    const metaFile = path.join(documentDir, 'meta.yaml');
    if (!existsSync(metaFile)) {
      issues.push({ file: displayPath(metaFile), expected: 'the document metadata file meta.yaml (it is missing)' });
      continue;
    }
    const meta = readYaml(metaFile, documentMetaSchema, issues);
    const versions: DocumentSource['versions'] = {};
    let versionFiles = 0;
    for (const locale of locales) {
      const file = path.join(documentDir, `${locale}.md`);
      if (!existsSync(file)) continue;
      versionFiles += 1;
      const shown = displayPath(file);
      const text = readFileSync(file, 'utf8');
      if (text.trim() === '') {
        issues.push({ file: shown, expected: 'front matter and a body (the file is empty)' });
        continue;
      }
      const split = splitFrontmatter(text);
      if (!split) {
        issues.push({ file: shown, line: 1, expected: 'front matter between two "---" lines at the top of the file' });
        continue;
      }
      const { parsed, issues: syntax } = parseYaml(split.frontmatter, shown, 1);
      if (!parsed) {
        issues.push(...syntax);
        continue;
      }
      const result = documentVersionSchema.safeParse(parsed.data, { reportInput: true });
      if (!result.success) {
        issues.push(...issuesFromZod(shown, result.error, parsed.data, parsed.lineOf));
        continue;
      }
      if (split.body.trim() === '') {
        issues.push({ file: shown, line: split.bodyLine, expected: 'the text of the document after the front matter (the body is empty)' });
        continue;
      }
      versions[locale] = { file: shown, frontmatter: result.data, body: split.body, bodyLine: split.bodyLine };
    }
    // A document may be listed before its text is published here (a newer version of a resolution):
    // then ITU's own publication and a title are what the reader gets.
    const listedOnly = meta !== undefined && Object.keys(meta.official).length > 0 && meta.title !== undefined && Object.values(meta.title).some(Boolean);
    if (versionFiles === 0 && !listedOnly) {
      issues.push({ file: displayPath(documentDir), expected: 'at least one language version (en.md, fr.md or ar.md), or, for a document listed before its text is published here, a "title" and an "official" address in meta.yaml' });
    }
    if (meta) documents.push({ id, meta, metaFile: displayPath(metaFile), versions });
  }
  return documents;
}

/**
 * Reads and validates everything under the content folder: each file against
 * its schema, then the references between files. Never throws for bad
 * content: every problem is returned as an issue naming file, field and
 * what was expected.
 */
export function loadContent(dir: string = contentDir()): { content: ContentSet | undefined; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  if (!existsSync(dir)) {
    return { content: undefined, issues: [{ file: displayPath(dir), expected: 'the content folder (it does not exist)' }] };
  }
  const files: EntryFiles = { focusAreas: new Map(), organisations: new Map(), pledges: new Map() };
  const reference = readReference(dir, issues);
  const focusAreas = readEntries(path.join(dir, 'focus-areas'), focusAreaSchema, issues, files.focusAreas);
  const organisations = readEntries(path.join(dir, 'organisations'), organisationSchema, issues, files.organisations);
  const pledges = readEntries(path.join(dir, 'pledges'), pledgeSchema, issues, files.pledges);
  const documents = readDocuments(dir, issues);
  const milestonesFile = path.join(dir, 'milestones.yaml');
  const milestones = existsSync(milestonesFile) ? (readYaml(milestonesFile, milestonesFileSchema, issues)?.items ?? []) : [];
  const retiredFile = path.join(dir, 'retired-ids.yaml');
  const retired = (existsSync(retiredFile) ? readYaml(retiredFile, retiredIdsSchema, issues) : undefined) ?? { pledges: [], organisations: [], documents: [] };

  const configFile = siteConfigFile();
  const site = existsSync(configFile)
    ? readYaml(configFile, siteConfigSchema, issues)
    : (issues.push({ file: displayPath(configFile), expected: 'the site configuration file (it is missing; see the README)' }), undefined);

  if (!reference || !site) return { content: undefined, issues };
  const content: ContentSet = { site, reference, focusAreas, organisations, pledges, documents, milestones, retired };
  issues.push(...checkCrossReferences(content, files));
  return { content, issues };
}
