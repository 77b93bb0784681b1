import type { APIRoute } from 'astro';
import { translate } from '../../../../i18n/translate.ts';
import { routes } from '../../../../i18n/paths.ts';
import { pickText } from '../../../../i18n/pickText.ts';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { feedResponse, pledgeEntries } from '../../../../feeds/feedEntries.ts';
import { getSiteModel } from '../../../../model/getSiteModel.ts';

export async function getStaticPaths() {
  const model = await getSiteModel();
  return locales.flatMap((lang) => [...model.pledgesByPledger.keys()].map((id) => ({ params: { lang, id } })));
}

/** New and updated pledges of one pledger. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const model = await getSiteModel();
  const org = model.organisationById.get(String(params.id))!;
  const base = site ?? new URL('http://localhost/');
  const entries = pledgeEntries(model.pledgesByPledger.get(org.id) ?? [], model, locale, base);
  const name = pickText(org.name, locale, org.originalLanguage).text;
  return feedResponse({ locale, site: base, title: translate(locale, 'feed.scoped', { scope: name }), pagePath: routes.pledger(locale, org.id), entries, buildDate: model.buildDate });
};
