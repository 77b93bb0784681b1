import type { APIRoute } from 'astro';
import { translate } from '../../../../i18n/translate.ts';
import { routes } from '../../../../i18n/paths.ts';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { feedResponse, pledgeEntries } from '../../../../feeds/feedEntries.ts';
import { getSiteModel } from '../../../../model/getSiteModel.ts';

export async function getStaticPaths() {
  const model = await getSiteModel();
  return locales.flatMap((lang) => model.focusAreas.map((area) => ({ params: { lang, id: area.id } })));
}

/** New and updated pledges of one focus area. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const model = await getSiteModel();
  const area = model.focusAreaById.get(String(params.id))!;
  const base = site ?? new URL('http://localhost/');
  const entries = pledgeEntries(model.pledgesByFocusArea.get(area.id) ?? [], model, locale, base);
  return feedResponse({ locale, site: base, title: translate(locale, 'feed.scoped', { scope: area.name[locale] }), pagePath: routes.focusArea(locale, area.id), entries, buildDate: model.buildDate });
};
