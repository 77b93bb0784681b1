import type { Locale } from '../../i18n/locales.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { categoriesOf } from './categories.ts';
import { pledgesBy, worldwideKey, type Dimension } from './pledgesBy.ts';

/** Number and estimated value of the pledges of one category. */
export interface CountValueRow {
  key: string;
  label: string;
  name: string;
  /** Pledges counted in the category (a pledge naming several categories is counted in each). */
  pledges: number;
  /** Sum of the stated values, in USD. */
  valueUsd: number;
  /** Pledges of the category that state a value. */
  valued: number;
}

/**
 * Pledges and value per category of a dimension, every category in reference order (zeros
 * included, so charts of different pages compare), except "worldwide" in a count by region,
 * shown only when some pledge names no region.
 */
export function countValueRows(model: SiteModel, list: readonly PledgeView[], dimension: Dimension, locale: Locale): CountValueRow[] {
  const grouped = pledgesBy(model, list, dimension);
  return categoriesOf(model, dimension, locale)
    .filter((c) => c.key !== worldwideKey || grouped.has(worldwideKey))
    .map((category) => {
      const views = grouped.get(category.key) ?? [];
      const totals = model.totalsOf(views);
      return { ...category, pledges: totals.pledges, valueUsd: totals.valueUsd, valued: totals.valued };
    });
}
