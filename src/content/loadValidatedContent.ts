import { ContentError, type ContentIssue } from './contentIssue.ts';
import { loadContent, type ContentSet } from './loadContent.ts';
import { renderDocuments } from './renderDocuments.ts';
import { contentDir } from './contentDir.ts';
import { explainIssues } from './suggestFixes.ts';
import type { DocumentEntry } from '../schemas/document.ts';
import type { Locale } from '../i18n/locales.ts';
import { contentWarnings, formatWarnings } from './contentWarnings.ts';
import { asOfDate } from '../model/asOfDate.ts';

/** Validated content with its documents rendered: the input of the site model. */
export interface ValidatedContent extends Omit<ContentSet, 'documents'> {
  documents: DocumentEntry[];
}

/** Loads, validates and renders all content; returns every issue found, with its line and likely fix. */
export function checkContent(dir?: string): { content: ValidatedContent | undefined; issues: ContentIssue[] } {
  const { content, issues } = loadContent(dir);
  if (!content) return { content: undefined, issues: explainIssues(issues, undefined) };
  const { rendered, issues: bodyIssues } = renderDocuments(content.documents);
  issues.push(...bodyIssues);
  const documents: DocumentEntry[] = content.documents.map((source) => {
    const bodies = rendered.get(source.id) ?? {};
    const versions: DocumentEntry['versions'] = {};
    for (const [locale, version] of Object.entries(source.versions) as [Locale, NonNullable<(typeof source.versions)[Locale]>][]) {
      const body = bodies[locale];
      if (!body) continue;
      versions[locale] = { frontmatter: version.frontmatter, html: body.html, headings: body.headings, anchors: body.anchors, footnotes: body.footnotes };
    }
    return { id: source.id, meta: source.meta, versions };
  });
  return { content: { ...content, documents }, issues: explainIssues(issues, content) };
}

/**
 * Validated content is kept on globalThis, keyed by folder: Astro loads this
 * module twice in one build (once through Vite for the content collections,
 * once natively for the export integration), and both must share one read of
 * the files instead of parsing every YAML file twice.
 */
const memoKey = Symbol.for('p2c.validatedContent');
type Memo = Map<string, ValidatedContent>;
const memo: Memo = ((globalThis as Record<symbol, unknown>)[memoKey] ??= new Map()) as Memo;

/** Validated content, loaded once per process; throws a ContentError listing every issue. */
export function loadValidatedContent(): ValidatedContent {
  const dir = contentDir();
  const known = memo.get(dir);
  if (known) return known;
  const { content, issues } = checkContent(dir);
  if (issues.length > 0 || !content) throw new ContentError(issues);
  // Warnings do not stop the build; they are printed once, as `npm run check` prints them.
  const warnings = contentWarnings(content, asOfDate());
  if (warnings.length > 0) console.warn(formatWarnings(warnings));
  memo.set(dir, content);
  return content;
}

/** Forgets the loaded content, so the next load reads the files again (used by `astro dev` on changes). */
export function forgetValidatedContent(): void {
  memo.clear();
}
