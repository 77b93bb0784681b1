import { countryName } from '../../i18n/format.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/paths.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { focusAreaTitle, labelOf } from '../../model/vocabulary.ts';
import type { FocusArea } from '../../schemas/focusArea.ts';
import type { Country, CountryGroup, Region } from '../../schemas/reference.ts';
import { contentWithKeys } from '../searchKeys.ts';
import { countryGroupsNow } from './countryGroupsNow.ts';
import { factLine, joinText, listText, nameField, unique } from './recordText.ts';
import type { SearchRecord } from './searchRecord.ts';
import { dropEmpty } from './pledgeRecord.ts';

/** The search record of a country page: its name (also in the other two languages), ISO codes, region and current groups. */
export function countryRecord(country: Country, model: SiteModel, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const ref = model.reference;
  const name = countryName(country, locale);
  const groups = countryGroupsNow(model, country);
  const visible = joinText([
    t('country.pledges', { country: name }),
    factLine(locale, t('country.code'), [country.alpha3, country.alpha2, country.numeric]),
    factLine(locale, t('country.region'), [labelOf(ref.regions, country.region, locale)]),
    factLine(locale, t('country.groups'), groups.map((g) => labelOf(ref['country-groups'], g, locale))),
    unique(locales.filter((l) => l !== locale).map((l) => countryName(country, l))).join(' · '),
  ]);
  return {
    url: routes.country(locale, country.alpha3),
    content: contentWithKeys(visible, [name]),
    language: locale,
    meta: { title: name, name: nameField(locales.map((l) => countryName(country, l))) },
    filters: dropEmpty({ type: ['country'], region: [country.region], group: groups, country: [country.alpha3] }),
  };
}

/** The search record of a focus area page: names, description and pillars. */
export function focusAreaRecord(area: FocusArea, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const title = focusAreaTitle(area, locale);
  const visible = joinText([
    t('focusArea.number', { number: area.number }),
    area.description[locale],
    ...area.pillars.map((pillar) => joinText([`${pillar.label[locale]}.`, pillar.description?.[locale]])),
  ]);
  return {
    url: routes.focusArea(locale, area.id),
    content: contentWithKeys(visible, [title]),
    language: locale,
    meta: { title, name: nameField([area.shortName[locale]]) },
    filters: { type: ['focus-area'], focus: [area.id] },
  };
}

/** The search record of a country group page: name, abbreviation, description and member countries with pledges. */
export function groupRecord(group: CountryGroup, model: SiteModel, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const title = `${group.label[locale]} (${group.abbreviation[locale]})`;
  const members = model.countriesWithPledges.filter((c) => countryGroupsNow(model, c).includes(group.id)).map((c) => countryName(c, locale));
  const visible = joinText([group.description[locale], factLine(locale, t('country.memberCountries'), members.length ? [listText(members, locale)] : [])]);
  return {
    url: routes.group(locale, group.id),
    content: contentWithKeys(visible, [title]),
    language: locale,
    meta: { title, name: nameField([group.label[locale], group.abbreviation[locale]]) },
    filters: { type: ['group'], group: [group.id] },
  };
}

/** The search record of an ITU-D region page: name, description and countries with pledges. */
export function regionRecord(region: Region, model: SiteModel, locale: Locale): SearchRecord {
  const t = useTranslations(locale);
  const title = region.label[locale];
  const members = model.countriesWithPledges.filter((c) => c.region === region.id).map((c) => countryName(c, locale));
  const visible = joinText([t('country.region'), region.description?.[locale], factLine(locale, t('country.regionCountries'), members.length ? [listText(members, locale)] : [])]);
  return {
    url: routes.region(locale, region.id),
    content: contentWithKeys(visible, [title]),
    language: locale,
    meta: { title, name: nameField([title]) },
    filters: { type: ['region'], region: [region.id] },
  };
}
