import type { SiteModel } from '../../model/siteModel.ts';
import type { Country } from '../../schemas/reference.ts';

/** Pledges per country of implementation (a pledge naming several countries counts in each). */
export interface CountryCount {
  country: Country;
  pledges: number;
}

/** Every country with at least one pledge and its number of pledges, from the model's index. */
export function countryCounts(model: SiteModel): CountryCount[] {
  return model.countriesWithPledges.map((country) => ({ country, pledges: model.pledgesByCountry.get(country.alpha3)?.length ?? 0 }));
}
