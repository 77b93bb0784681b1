import type { APIRoute } from 'astro';
import { translate } from '../../../../i18n/translate.ts';
import { routes } from '../../../../i18n/paths.ts';
import { countryName } from '../../../../i18n/format.ts';
import { locales, type Locale } from '../../../../i18n/locales.ts';
import { feedResponse, pledgeEntries } from '../../../../feeds/feedEntries.ts';
import { getSiteModel } from '../../../../model/getSiteModel.ts';

export async function getStaticPaths() {
  const model = await getSiteModel();
  return locales.flatMap((lang) => model.countriesWithPledges.map((c) => ({ params: { lang, country: c.alpha3.toLowerCase() } })));
}

/** New and updated pledges implemented in one country. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const model = await getSiteModel();
  const country = model.countryByAlpha3.get(String(params.country).toUpperCase())!;
  const base = site ?? new URL('http://localhost/');
  const entries = pledgeEntries(model.pledgesByCountry.get(country.alpha3) ?? [], model, locale, base);
  return feedResponse({ locale, site: base, title: translate(locale, 'feed.scoped', { scope: countryName(country, locale) }), pagePath: routes.country(locale, country.alpha3), entries, buildDate: model.buildDate });
};
