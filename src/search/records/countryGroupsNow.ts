import type { SiteModel } from '../../model/siteModel.ts';
import type { Country, CountryGroupId } from '../../schemas/reference.ts';

const groups: readonly CountryGroupId[] = ['ldc', 'lldc', 'sids'];

/** The country groups a country is in as of the build's date (the country, group and region pages' current membership). */
export function countryGroupsNow(model: SiteModel, country: Country): CountryGroupId[] {
  return groups.filter((group) => country[group]);
}
