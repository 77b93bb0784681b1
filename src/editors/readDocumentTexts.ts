import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { displayPath } from '../content/contentDir.ts';
import { splitFrontmatter } from '../content/readYamlFile.ts';
import { isLocale, locales } from '../i18n/locales.ts';
import type { DocumentTexts, DocumentVersionText } from './translationStatus.ts';

/** One language version of a document, read from its file; undefined when it cannot be read (`npm run check` says why). */
export function readDocumentVersion(file: string): DocumentVersionText | undefined {
  if (!existsSync(file)) return undefined;
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split) return undefined;
  let front: unknown;
  try {
    front = load(split.frontmatter);
  } catch {
    return undefined;
  }
  if (front === null || typeof front !== 'object') return undefined;
  const f = front as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    file: displayPath(file),
    title: text(f.title),
    summary: text(f.summary),
    body: split.body,
    text: f.text === 'unofficial-translation' ? 'unofficial-translation' : 'published',
    ...(typeof f.translatedFrom === 'string' && isLocale(f.translatedFrom) ? { translatedFrom: f.translatedFrom } : {}),
    ...(typeof f.sourceVersion === 'string' ? { sourceVersion: f.sourceVersion } : {}),
  };
}

/**
 * Every document's language versions as written (content/documents/{id}/{lang}.md):
 * the site's collections hold the rendered bodies, and a source version is
 * computed from the text editors write.
 */
export function readDocumentTexts(contentDir: string): DocumentTexts[] {
  const folder = path.join(contentDir, 'documents');
  if (!existsSync(folder)) return [];
  const documents: DocumentTexts[] = [];
  for (const id of readdirSync(folder).sort()) {
    const dir = path.join(folder, id);
    if (!statSync(dir).isDirectory()) continue;
    const versions: DocumentTexts['versions'] = {};
    for (const lang of locales) {
      const version = readDocumentVersion(path.join(dir, `${lang}.md`));
      if (version) versions[lang] = version;
    }
    documents.push({ id, versions });
  }
  return documents;
}
