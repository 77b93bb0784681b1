import type { Country } from '../schemas/reference.ts';
import { perModel } from './perModel.ts';
import type { PledgeView } from './pledgeView.ts';
import type { Totals } from './totals.ts';

/** The pledges that reach a country without naming it: regional ones for its ITU-D region, and worldwide ones. */
export interface PledgesReachingCountry {
  /** Pledges that name the country's region, not the country, newest first. */
  regional: PledgeView[];
  /** Worldwide pledges that do not name the country, newest first. */
  worldwide: PledgeView[];
  regionalTotals: Totals;
  worldwideTotals: Totals;
  /** The newest of both, at most ten. */
  latest: PledgeView[];
}

/**
 * Regional and worldwide pledges that cover a country without naming it, computed once per country
 * and build. They are kept apart from the country's own pledges (those that name it), with their own
 * count and value, never added to them.
 */
export const pledgesReachingCountry = perModel((model, country: Country): PledgesReachingCountry => {
  const names = (view: PledgeView) => view.pledge.countries.includes(country.alpha3);
  const regional = (model.pledgesNamingRegion.get(country.region) ?? []).filter((view) => !names(view));
  const worldwide = model.globalPledges.filter((view) => !names(view));
  const latest = [...regional, ...worldwide]
    .sort((a, b) => b.pledge.announced.date.localeCompare(a.pledge.announced.date) || a.id.localeCompare(b.id))
    .slice(0, 10);
  return { regional, worldwide, regionalTotals: model.totalsOf(regional), worldwideTotals: model.totalsOf(worldwide), latest };
});
