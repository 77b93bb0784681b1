import type { PledgeView } from '../../model/pledgeView.ts';

/** The directory's pledges of one month, and all of them up to its end. */
export interface TimeRow {
  /** YYYY-MM. */
  month: string;
  /** Pledges announced that month. */
  pledges: number;
  /** Stated value of those pledges, in USD. */
  valueUsd: number;
  /** Pledges announced up to the end of the month. */
  cumulativePledges: number;
  /** Their stated value, in USD. */
  cumulativeValueUsd: number;
}

const memo = new WeakMap<readonly PledgeView[], TimeRow[]>();

/** Month after a YYYY-MM month. */
function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * Cumulative pledges and value by month of announcement, every month from the first announcement
 * to the last (months without an announcement included): at most a row a month, however many pledges.
 */
export function timeRows(list: readonly PledgeView[]): TimeRow[] {
  const known = memo.get(list);
  if (known) return known;
  const byMonth = new Map<string, { pledges: number; valueUsd: number }>();
  for (const view of list) {
    const month = view.pledge.announced.date.slice(0, 7);
    const entry = byMonth.get(month) ?? { pledges: 0, valueUsd: 0 };
    entry.pledges += 1;
    entry.valueUsd += view.valueUsd ?? 0;
    byMonth.set(month, entry);
  }
  const months = [...byMonth.keys()].sort();
  const rows: TimeRow[] = [];
  const last = months.at(-1);
  let cumulativePledges = 0;
  let cumulativeValueUsd = 0;
  for (let month = months[0]; month && last && month <= last; month = nextMonth(month)) {
    const entry = byMonth.get(month) ?? { pledges: 0, valueUsd: 0 };
    cumulativePledges += entry.pledges;
    cumulativeValueUsd += entry.valueUsd;
    rows.push({ month, pledges: entry.pledges, valueUsd: entry.valueUsd, cumulativePledges, cumulativeValueUsd });
  }
  memo.set(list, rows);
  return rows;
}
