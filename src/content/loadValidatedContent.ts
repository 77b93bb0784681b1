import { ContentError, type ContentIssue } from './contentIssue.ts';
import { loadContent, type ContentSet } from './loadContent.ts';
import { renderDocuments } from './renderDocuments.ts';
import type { DocumentEntry } from '../schemas/document.ts';
import type { Locale } from '../i18n/locales.ts';

/** Validated content with its documents rendered: the input of the site model. */
export interface ValidatedContent extends Omit<ContentSet, 'documents'> {
  documents: DocumentEntry[];
}

/** Loads, validates and renders all content; returns every issue found. */
export function checkContent(dir?: string): { content: ValidatedContent | undefined; issues: ContentIssue[] } {
  const { content, issues } = loadContent(dir);
  if (!content) return { content: undefined, issues };
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
  return { content: { ...content, documents }, issues };
}

let memo: ValidatedContent | undefined;

/** Validated content, loaded once per process; throws a ContentError listing every issue. */
export function loadValidatedContent(): ValidatedContent {
  if (memo) return memo;
  const { content, issues } = checkContent();
  if (issues.length > 0 || !content) throw new ContentError(issues);
  memo = content;
  return content;
}
