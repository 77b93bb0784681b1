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
import { joinText, listText, unique } from './recordText.ts';
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
  // The facts as values only, without their labels: the labels would be the same words on every
  // pledge, which match nothing useful and make the index larger and searches slower at scale.
  const facts: string[][] = [
    names.all,
    [labelOf(ref['stakeholder-groups'], view.pledger.stakeholderGroup, locale)],
    [labelOf(ref['pledge-types'], pledge.pledgeType, locale)],
    pledge.focusAreas.map((id) => { const area = model.focusAreaById.get(id); return area ? focusAreaTitle(area, locale) : id; }),
    pledge.pillars.map((id) => model.pillarById.get(id)?.pillar.label[locale] ?? id),
    view.countries.length ? view.countries.map((c) => countryName(c, locale)) : pledge.global ? [t('pledge.global')] : [],
    view.regions.map((r) => labelOf(ref.regions, r, locale)),
    groups.map(groupLabel),
    [labelOf(ref.statuses, pledge.status, locale)],
    [period],
    pledge.sdgs.map((n) => `${t('pledge.sdg', { number: n })} ${labelOf(ref.sdgs, n, locale)}`),
    pledge.wsisActionLines.map((c) => `${c} ${labelOf(ref['wsis-action-lines'], c, locale)}`),
    pledge.beneficiaryGroups.map((b) => labelOf(ref['beneficiary-groups'], b, locale)),
    [announced],
    [view.id, ...pledge.formerIds],
  ];
  const visible = joinText([
    summary,
    `${facts.filter((values) => values.length).map((values) => listText(unique(values), locale)).join(' · ')}.`,
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
    sort: { value: view.valueUsd === undefined ? '-1' : String(Math.round(view.valueUsd)) },
  };
}

/** The filters without the empty ones (Pagefind needs no key for a filter an entry has no value of). */
export function dropEmpty(filters: SearchRecord['filters']): SearchRecord['filters'] {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)) as SearchRecord['filters'];
}
