import type { Locale } from '../../i18n/locales.ts';
import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';
import { countValueRows, type CountValueRow } from './countValueRows.ts';
import { pledgesBy } from './pledgesBy.ts';

/** Pledges of one status, with those of them unreported for two years. */
export interface StatusRow extends CountValueRow {
  /** Open pledges of this status with no dated report for two years (view.stale). */
  stale: number;
}

const staleCounts = new WeakMap<readonly PledgeView[], number>();

function staleIn(views: readonly PledgeView[]): number {
  let count = staleCounts.get(views);
  if (count === undefined) staleCounts.set(views, (count = views.filter((v) => v.stale).length));
  return count;
}

/** Pledges per status (each pledge has exactly one), in the statuses' order. */
export function statusRows(model: SiteModel, list: readonly PledgeView[], locale: Locale): StatusRow[] {
  const grouped = pledgesBy(model, list, 'status');
  return countValueRows(model, list, 'status', locale).map((row) => ({ ...row, stale: staleIn(grouped.get(row.key) ?? []) }));
}
