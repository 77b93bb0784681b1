import type { Locale } from '../i18n/locales.ts';
import { routes } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import type { Licence, SiteConfig } from '../schemas/siteConfig.ts';

/**
 * The terms of reuse, worded once and read from site.config.yaml: the data page, the
 * licences page, the JSON export, the feeds and the data package all say the same.
 */

/** The licence of the directory data (site.config.yaml `licences.data`). */
export function dataLicence(site: SiteConfig): Licence {
  return { ...site.licences.data };
}

/** The licence as people write it: "Creative Commons Attribution 4.0 International (CC-BY-4.0)". */
export function licenceLabel(licence: Licence): string {
  return `${licence.name} (${licence.id})`;
}

/** The one line that says how to credit the data, in a language ("Source: …, licence CC-BY-4.0."). */
export function creditLine(model: SiteModel, locale: Locale, site: URL): string {
  const line = translate(locale, 'credit.line', {
    publisher: model.site.publisher.name[locale],
    url: new URL(routes.data(locale), site).href,
    licence: model.site.licences.data.id,
  });
  return model.totals.illustrative > 0 ? `${line} ${translate(locale, 'credit.illustrative')}` : line;
}

/** How pledges naming several places or focus areas are counted (the rule of the method page). */
export function countingRule(locale: Locale): string {
  return translate(locale, 'trust.counting');
}

/** The rights statement of a feed (Atom <rights>): the licence of the data and texts, and the status of ITU's documents. */
export function feedRights(site: SiteConfig, locale: Locale): string {
  return translate(locale, 'rights.feed', { licence: licenceLabel(site.licences.data), url: site.licences.data.url });
}
