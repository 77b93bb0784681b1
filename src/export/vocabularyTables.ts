import type { Labels } from '../schemas/common.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { languageName } from '../i18n/format.ts';
import { routes } from '../i18n/paths.ts';
import { translate } from '../i18n/translate.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { focusAreaTitle } from '../model/vocabulary.ts';
import type { Vocabulary } from './fieldDictionary.ts';

/** A controlled vocabulary as a table: codes with their labels in the three languages. */
export interface VocabularyTableData {
  title: string;
  rows: { code: string; label: Labels; extra?: string }[];
  extraHeading?: string;
}

const labels = (make: (l: Locale) => string): Labels => ({ en: make('en'), fr: make('fr'), ar: make('ar') });

/** Where a vocabulary's values are listed: the values page, or the countries page for countries. */
export function vocabularyHref(name: Vocabulary, locale: Locale): string {
  return name === 'countries' ? routes.dictionaryCountries(locale) : `${routes.dictionaryValues(locale)}#values-${name}`;
}

/** The controlled vocabularies of the export (all but countries, which have their own page). */
export function vocabularyTables(model: SiteModel, locale: Locale): Record<Exclude<Vocabulary, 'countries'>, VocabularyTableData> {
  const ref = model.reference;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    'stakeholder-groups': { title: t('pledge.stakeholderGroup'), rows: ref['stakeholder-groups'].items.map((i) => ({ code: i.id, label: i.label })) },
    'pledge-types': { title: t('pledge.type'), rows: ref['pledge-types'].items.map((i) => ({ code: i.id, label: i.label })) },
    statuses: { title: t('pledge.status'), rows: ref.statuses.items.map((i) => ({ code: i.id, label: i.label })) },
    'focus-areas': { title: t('pledge.focusAreas'), rows: model.focusAreas.map((a) => ({ code: a.id, label: labels((l) => focusAreaTitle(a, l)) })) },
    pillars: {
      title: t('pledge.pillars'),
      extraHeading: t('data.pillarOf'),
      rows: model.focusAreas.flatMap((a) => a.pillars.map((p) => ({ code: p.id, label: p.label, extra: `${a.shortName[locale]}${p.confirmed ? '' : ` (${t('common.toBeVerified')})`}` }))),
    },
    regions: { title: t('pledge.regions'), rows: ref.regions.items.map((i) => ({ code: i.id, label: i.label })) },
    sdgs: { title: t('pledge.sdgs'), rows: ref.sdgs.items.map((i) => ({ code: String(i.id), label: i.label })) },
    'wsis-action-lines': { title: t('pledge.wsis'), rows: ref['wsis-action-lines'].items.map((i) => ({ code: i.id, label: i.label })) },
    'beneficiary-groups': { title: t('pledge.beneficiaries'), rows: ref['beneficiary-groups'].items.map((i) => ({ code: i.id, label: i.label })) },
    events: { title: t('pledge.announced'), rows: ref.events.items.map((i) => ({ code: i.id, label: i.label })) },
    languages: { title: t('data.languages'), rows: locales.map((code) => ({ code, label: labels((l) => languageName(code, l)) })) },
  };
}
