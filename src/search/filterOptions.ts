/**
 * The values each filter menu of the search page offers, with their labels in the page's
 * language, from the site model (the same codes the records carry, see records/).
 */
import { compareText, countryName, languageName } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';
import type { UiKey } from '../i18n/uiTypes.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { contentTypes, type FilterKey } from './filterFields.ts';

export interface FilterOption {
  value: string;
  label: string;
}

type Translate = (key: UiKey) => string;

const byOrder = <T extends { order?: number }>(items: readonly T[]) => [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/** Every filter's values and labels, in the order the menus list them. */
export function filterOptions(model: SiteModel, locale: Locale, t: Translate): Record<FilterKey, FilterOption[]> {
  const ref = model.reference;
  const years = new Set<string>([...model.pledges.map((v) => v.pledge.announced.date.slice(0, 4)), ...model.documents.map((d) => d.meta.date.slice(0, 4))]);
  const languages = new Set<string>(['en', 'fr', 'ar', ...model.documents.map((d) => d.meta.originalLanguage)]);
  return {
    type: contentTypes.map((type) => ({ value: type, label: t(`search.type.${type}`) })),
    focus: model.focusAreas.map((area) => ({ value: area.id, label: area.shortName[locale] })),
    stakeholder: byOrder(ref['stakeholder-groups'].items).map((item) => ({ value: item.id, label: item.label[locale] })),
    group: ref['country-groups'].items.map((item) => ({ value: item.id, label: `${item.label[locale]} (${item.abbreviation[locale]})` })),
    region: byOrder(ref.regions.items).map((item) => ({ value: item.id, label: item.label[locale] })),
    country: model.countriesWithPledges.map((c) => ({ value: c.alpha3, label: countryName(c, locale) })).sort((a, b) => compareText(locale)(a.label, b.label)),
    status: byOrder(ref.statuses.items).map((item) => ({ value: item.id, label: item.label[locale] })),
    pledgeType: byOrder(ref['pledge-types'].items).map((item) => ({ value: item.id, label: item.label[locale] })),
    year: [...years].sort().reverse().map((year) => ({ value: year, label: year })),
    lang: [...languages].map((code) => ({ value: code, label: languageName(code, locale) })),
  };
}
