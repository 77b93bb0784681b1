import type { APIRoute } from 'astro';
import { routes } from '../../i18n/paths.ts';
import { getSiteModel } from '../../model/getSiteModel.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Metadata of every document, with its versions and their addresses. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  const base = site ?? new URL('http://localhost/');
  const documents = model.documents.map((doc) => ({
    id: doc.id,
    ...doc.meta,
    versions: Object.fromEntries(
      (Object.entries(doc.versions) as [Locale, NonNullable<(typeof doc.versions)[Locale]>][]).map(([lang, v]) => [
        lang,
        { title: v.frontmatter.title, summary: v.frontmatter.summary, text: v.frontmatter.text, translatedFrom: v.frontmatter.translatedFrom ?? null, url: new URL(routes.document(lang, doc.id), base).href, anchors: v.anchors },
      ]),
    ),
  }));
  return new Response(JSON.stringify({ generated: model.buildDate, documents }, null, 1), { headers: { 'content-type': 'application/json' } });
};
