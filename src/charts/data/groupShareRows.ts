import type { Locale } from '../../i18n/locales.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { categoriesOf } from './categories.ts';
import { pledgesBy } from './pledgesBy.ts';

/** How much of a list of pledges targets one country group. */
export interface GroupShareRow {
  key: string;
  label: string;
  name: string;
  /** Pledges naming at least one country of the group (membership when each pledge was announced). */
  pledges: number;
  /** pledges / all pledges of the list, 0 to 1. */
  share: number;
  /** Stated value of those pledges, in USD. */
  valueUsd: number;
  /** valueUsd / stated value of all pledges of the list, 0 to 1 (0 when none states a value). */
  valueShare: number;
}

/** Share of pledges and of value that target LDCs, LLDCs and SIDS (a pledge may count in several groups). */
export function groupShareRows(model: SiteModel, list: readonly PledgeView[], locale: Locale): GroupShareRow[] {
  const all = model.totalsOf(list);
  const grouped = pledgesBy(model, list, 'group');
  return categoriesOf(model, 'group', locale).map((category) => {
    const totals = model.totalsOf(grouped.get(category.key) ?? []);
    return {
      ...category,
      pledges: totals.pledges,
      share: all.pledges ? totals.pledges / all.pledges : 0,
      valueUsd: totals.valueUsd,
      valueShare: all.valueUsd ? totals.valueUsd / all.valueUsd : 0,
    };
  });
}
