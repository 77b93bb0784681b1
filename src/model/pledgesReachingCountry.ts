import type { Country } from '../schemas/reference.ts';
import type { PledgeView } from './pledgeView.ts';
import type { SiteModel } from './siteModel.ts';

/** The pledges that reach a country without naming it: regional ones for its ITU-D region, and worldwide ones. */
export interface PledgesReachingCountry {
  /** Pledges that name the country's region, not the country, newest first. */
  regional: PledgeView[];
  /** Worldwide pledges that do not name the country, newest first. */
  worldwide: PledgeView[];
}

/**
 * Regional and worldwide pledges that cover a country without naming it. They are kept apart from the
 * country's own pledges (those that name it), with their own count and value, never added to them.
 */
export function pledgesReachingCountry(model: SiteModel, country: Country): PledgesReachingCountry {
  const names = (view: PledgeView) => view.pledge.countries.includes(country.alpha3);
  return {
    regional: (model.pledgesNamingRegion.get(country.region) ?? []).filter((view) => !names(view)),
    worldwide: model.globalPledges.filter((view) => !names(view)),
  };
}
