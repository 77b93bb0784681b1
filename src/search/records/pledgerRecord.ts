import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/paths.ts';
import { pickText } from '../../i18n/pickText.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { labelOf } from '../../model/vocabulary.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { contentWithKeys } from '../searchKeys.ts';
import { pledgerNames } from './pledgeRecord.ts';
import { factLine, joinText, nameField } from './recordText.ts';
import type { SearchRecord } from './searchRecord.ts';

/** The search record of a pledger's page: its names in every script, description, stakeholder group and home country. */
export function pledgerRecord(org: Organisation, model: SiteModel, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const ref = model.reference;
  const names = pledgerNames({ pledger: org }, locale);
  const description = org.description ? pickText(org.description, locale, org.originalLanguage).text : undefined;
  const country = model.countryByAlpha3.get(org.country);
  const visible = joinText([
    description,
    factLine(locale, t('pledger.name'), names.all),
    factLine(locale, t('pledge.stakeholderGroup'), [labelOf(ref['stakeholder-groups'], org.stakeholderGroup, locale)]),
    factLine(locale, t('pledger.homeCountry'), country ? [countryName(country, locale), labelOf(ref.regions, country.region, locale)] : [org.country]),
  ]);
  return {
    url: routes.pledger(locale, org.id),
    content: contentWithKeys(visible, [names.shown]),
    language: locale,
    meta: { title: names.shown, name: nameField(names.all) },
    filters: { type: ['pledger'], stakeholder: [org.stakeholderGroup], lang: [org.originalLanguage] },
  };
}
