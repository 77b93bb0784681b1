import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../i18n/staticPaths.ts';
import { translate } from '../../i18n/translate.ts';
import { routes } from '../../i18n/paths.ts';
import type { Locale } from '../../i18n/locales.ts';
import { documentEntries, feedResponse, pledgeEntries } from '../../feeds/feedEntries.ts';
import { getSiteModel } from '../../model/getSiteModel.ts';

export const getStaticPaths = localeStaticPaths;

/** New and updated pledges and documents, in one language. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const model = await getSiteModel();
  const base = site ?? new URL('http://localhost/');
  const entries = [...pledgeEntries(model.pledges, model, locale, base), ...documentEntries(model.documents, locale, base)].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id),
  );
  return feedResponse({ locale, site: base, title: translate(locale, 'feed.title'), pagePath: routes.home(locale), entries, buildDate: model.buildDate });
};
