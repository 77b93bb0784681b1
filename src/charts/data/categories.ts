import { focusAreaTitle } from '../../model/vocabulary.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translate } from '../../i18n/translate.ts';
import { worldwideKey, type Dimension } from './pledgesBy.ts';

/** A category a chart shows, in display order. */
export interface Category {
  key: string;
  /** Short name, on the chart. */
  label: string;
  /** Full name, in the table. */
  name: string;
}

/** The categories of a dimension, in the reference lists' order, named in a language. */
export function categoriesOf(model: SiteModel, dimension: Dimension, locale: Locale): Category[] {
  const { reference } = model;
  const byOrder = <T extends { order?: number | undefined }>(items: readonly T[]) => [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  switch (dimension) {
    case 'focusArea':
      return model.focusAreas.map((a) => ({ key: a.id, label: a.shortName[locale], name: focusAreaTitle(a, locale) }));
    case 'region':
      return [
        ...reference.regions.items.map((r) => ({ key: r.id, label: r.label[locale], name: r.label[locale] })),
        { key: worldwideKey, label: translate(locale, 'charts.worldwide'), name: translate(locale, 'charts.worldwide') },
      ];
    case 'stakeholder':
      return byOrder(reference['stakeholder-groups'].items).map((g) => ({ key: g.id, label: g.label[locale], name: g.label[locale] }));
    case 'status':
      return byOrder(reference.statuses.items).map((s) => ({ key: s.id, label: s.label[locale], name: s.label[locale] }));
    case 'group':
      return reference['country-groups'].items.map((g) => ({ key: g.id, label: `${g.label[locale]} (${g.abbreviation[locale]})`, name: g.label[locale] }));
  }
}
