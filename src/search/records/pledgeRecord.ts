import { countryName, formatDate, formatYear } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/paths.ts';
import { pickText } from '../../i18n/pickText.ts';
import { useTranslations } from '../../i18n/translate.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { focusAreaTitle, labelOf } from '../../model/vocabulary.ts';
import type { CountryGroupId } from '../../schemas/reference.ts';
import { contentWithKeys } from '../searchKeys.ts';
import { dateSortKey, factLine, joinText, unique } from './recordText.ts';
import type { SearchRecord } from './searchRecord.ts';

/** Names of an organisation: as the page shows it, in the script it was written in, and its other (Latin) forms. */
export function pledgerNames(view: Pick<PledgeView, 'pledger'>, locale: Locale): { shown: string; all: string[] } {
  const { pledger } = view;
  const shown = pickText(pledger.name, locale, pledger.originalLanguage).text;
  return { shown, all: unique([shown, pledger.name[pledger.originalLanguage], pledger.name.en, pledger.name.fr, pledger.name.ar, pledger.abbreviation]) };
}

/**
 * The search record of a pledge page in one language: its summary and updates, and every
 * controlled value printed in the page's language (so an English-only pledge is found on the
 * Arabic site by its country, focus area, group or SDG), the pledger's names in every script,
 * and its id.
 */
export function pledgeRecord(view: PledgeView, model: SiteModel, locale: Locale): SearchRecord {
  const { pledge } = view;
  const ref = model.reference;
  const t = useTranslations(locale);
  const title = pickText(pledge.title, locale, pledge.originalLanguage).text;
  const summary = pickText(pledge.summary, locale, pledge.originalLanguage).text;
  const names = pledgerNames(view, locale);
  const groups = (['ldc', 'lldc', 'sids'] as const).filter((g) => view.groups[g]);
  const groupLabel = (g: CountryGroupId) => {
    const item = ref['country-groups'].items.find((x) => x.id === g);
    return item ? `${item.label[locale]} (${item.abbreviation[locale]})` : g;
  };
  const event = pledge.announced.event ? ref.events.items.find((e) => e.id === pledge.announced.event) : undefined;
  const announced = formatDate(pledge.announced.date, locale) + (event ? ` ${t('pledge.announcedAt', { event: event.label[locale] })}` : '');
  const period = pledge.endYear === undefined ? t('pledge.periodOpen', { start: formatYear(pledge.startYear, locale) }) : `${formatYear(pledge.startYear, locale)}–${formatYear(pledge.endYear, locale)}`;
  const visible = joinText([
    summary,
    factLine(locale, t('pledge.pledger'), names.all),
    factLine(locale, t('pledge.stakeholderGroup'), [labelOf(ref['stakeholder-groups'], view.pledger.stakeholderGroup, locale)]),
    factLine(locale, t('pledge.type'), [labelOf(ref['pledge-types'], pledge.pledgeType, locale)]),
    factLine(locale, t('pledge.focusAreas'), pledge.focusAreas.map((id) => { const area = model.focusAreaById.get(id); return area ? focusAreaTitle(area, locale) : id; })),
    factLine(locale, t('pledge.pillars'), pledge.pillars.map((id) => model.pillarById.get(id)?.pillar.label[locale] ?? id)),
    factLine(locale, t('pledge.countries'), view.countries.length ? view.countries.map((c) => countryName(c, locale)) : pledge.global ? [t('pledge.global')] : []),
    factLine(locale, t('pledge.regions'), view.regions.map((r) => labelOf(ref.regions, r, locale))),
    factLine(locale, t('pledge.groups'), groups.map(groupLabel)),
    factLine(locale, t('pledge.status'), [labelOf(ref.statuses, pledge.status, locale)]),
    factLine(locale, t('pledge.period'), [period]),
    factLine(locale, t('pledge.sdgs'), pledge.sdgs.map((n) => `${t('pledge.sdg', { number: n })} ${labelOf(ref.sdgs, n, locale)}`)),
    factLine(locale, t('pledge.wsis'), pledge.wsisActionLines.map((c) => `${c} ${labelOf(ref['wsis-action-lines'], c, locale)}`)),
    factLine(locale, t('pledge.beneficiaries'), pledge.beneficiaryGroups.map((b) => labelOf(ref['beneficiary-groups'], b, locale))),
    factLine(locale, t('pledge.announced'), [announced]),
    factLine(locale, t('pledge.id'), [view.id, ...pledge.formerIds]),
    ...view.updates.map((u) => pickText(u.text, locale, u.originalLanguage).text),
  ]);
  const meta: Record<string, string> = { title, date: pledge.announced.date, pledger: names.shown, id: view.id };
  if (view.valueUsd !== undefined) meta.value = String(Math.round(view.valueUsd));
  const filters: SearchRecord['filters'] = {
    type: ['pledge'],
    focus: pledge.focusAreas,
    stakeholder: [view.pledger.stakeholderGroup],
    group: groups,
    region: view.regions,
    country: view.countries.map((c) => c.alpha3),
    status: [pledge.status],
    pledgeType: [pledge.pledgeType],
    year: [pledge.announced.date.slice(0, 4)],
    lang: [pledge.originalLanguage],
  };
  return {
    url: routes.pledge(locale, view.id),
    content: contentWithKeys(visible, [title, names.shown]),
    language: locale,
    meta,
    filters: dropEmpty(filters),
    sort: { date: dateSortKey(pledge.announced.date), value: view.valueUsd === undefined ? '-1' : String(Math.round(view.valueUsd)) },
  };
}

/** The filters without the empty ones (Pagefind needs no key for a filter an entry has no value of). */
export function dropEmpty(filters: SearchRecord['filters']): SearchRecord['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)) as SearchRecord['filters'];
}
