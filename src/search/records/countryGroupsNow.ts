import type { SiteModel } from '../../model/siteModel.ts';
import type { Country, CountryGroupId } from '../../schemas/reference.ts';

/** The country groups a country is in as of the build's date (the current membership the country, group and region pages show). */
export function countryGroupsNow(model: SiteModel, country: Country): CountryGroupId[] {
  return model.membership.groupsOf(country.alpha3, model.asOf);
}
