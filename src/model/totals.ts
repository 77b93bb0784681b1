import type { PledgeView } from './pledgeView.ts';

/** Headline figures of a list of pledges. */
export interface Totals {
  /** Number of pledges. */
  pledges: number;
  /** Number of distinct pledging organisations. */
  pledgers: number;
  /** Number of distinct countries of implementation named by the pledges. */
  countries: number;
  /** Sum of estimated values in USD; each pledge counts once, whatever its number of focus areas. */
  valueUsd: number;
  /** Number of pledges that give an estimated value. */
  valued: number;
  /** Number of pledges naming at least one least developed country. */
  ldcPledges: number;
  /** Share of pledges naming at least one LDC, from 0 to 1 (0 when there are no pledges). */
  ldcShare: number;
  /** Estimated value of the pledges naming at least one LDC, in USD. */
  ldcValueUsd: number;
  /** Number of illustrative (not real) pledges among them. */
  illustrative: number;
}

/** Computes the headline figures of a list of pledges. */
export function summarize(pledges: readonly PledgeView[]): Totals {
  const pledgers = new Set<string>();
  const countries = new Set<string>();
  let valueUsd = 0;
  let valued = 0;
  let ldcPledges = 0;
  let ldcValueUsd = 0;
  let illustrative = 0;
  for (const view of pledges) {
    pledgers.add(view.pledger.id);
    for (const country of view.countries) countries.add(country.alpha3);
    if (view.valueUsd !== undefined) {
      valueUsd += view.valueUsd;
      valued += 1;
    }
    if (view.groups.ldc) {
      ldcPledges += 1;
      ldcValueUsd += view.valueUsd ?? 0;
    }
    if (view.pledge.illustrative) illustrative += 1;
  }
  return {
    pledges: pledges.length,
    pledgers: pledgers.size,
    countries: countries.size,
    valueUsd,
    valued,
    ldcPledges,
    ldcShare: pledges.length ? ldcPledges / pledges.length : 0,
    ldcValueUsd,
    illustrative,
  };
}
