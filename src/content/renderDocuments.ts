import { locales, type Locale } from '../i18n/locales.ts';
import { translate } from '../i18n/translate.ts';
import { renderDocumentBody, type RenderedBody } from '../markdown/renderDocumentBody.ts';
import type { ContentIssue } from './contentIssue.ts';
import type { DocumentSource } from './loadContent.ts';

/** The rendered bodies of every document, by id and language. */
export type RenderedDocuments = Map<string, Partial<Record<Locale, RenderedBody>>>;

/**
 * Renders every language version of every document and checks that the
 * versions agree: the same anchors (so a cited paragraph exists in every
 * language) and the same number of footnotes.
 */
export function renderDocuments(documents: readonly DocumentSource[]): { rendered: RenderedDocuments; issues: ContentIssue[] } {
  const rendered: RenderedDocuments = new Map();
  const issues: ContentIssue[] = [];
  for (const document of documents) {
    const bodies: Partial<Record<Locale, RenderedBody>> = {};
    for (const locale of locales) {
      const version = document.versions[locale];
      if (!version) continue;
      const body = renderDocumentBody(version.body, {
        footnotes: translate(locale, 'document.footnotes'),
        backToReference: translate(locale, 'document.backToReference'),
        linkNotAvailable: translate(locale, 'document.linkNotAvailable'),
      }, { externalLanguage: document.meta.originalLanguage });
      for (const problem of body.problems) {
        issues.push({
          file: version.file,
          ...(problem.line ? { line: version.bodyLine + problem.line - 1 } : {}),
          expected: problem.message,
        });
      }
      bodies[locale] = body;
    }
    const reference = (Object.keys(bodies) as Locale[]).find((l) => document.versions[l]?.frontmatter.text === 'published') ?? (Object.keys(bodies)[0] as Locale | undefined);
    const base = reference ? bodies[reference] : undefined;
    if (reference && base) {
      for (const [locale, body] of Object.entries(bodies) as [Locale, RenderedBody][]) {
        if (locale === reference) continue;
        const file = document.versions[locale]?.file ?? '';
        const missing = base.anchors.filter((a) => !body.anchors.includes(a));
        const extra = body.anchors.filter((a) => !base.anchors.includes(a));
        if (missing.length || extra.length) {
          issues.push({
            file,
            expected: `the same anchors as ${reference}.md`,
            got: [missing.length ? `missing ${missing.map((a) => `#${a}`).join(' ')}` : '', extra.length ? `extra ${extra.map((a) => `#${a}`).join(' ')}` : ''].filter(Boolean).join('; '),
          });
        }
        if (body.footnotes !== base.footnotes) {
          issues.push({ file, expected: `${base.footnotes} footnote(s), as in ${reference}.md`, got: String(body.footnotes) });
        }
      }
    }
    rendered.set(document.id, bodies);
  }
  return { rendered, issues };
}
