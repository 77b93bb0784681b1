import type { CountryGroupId, Country } from '../schemas/reference.ts';
import { perModel } from './perModel.ts';

/** The countries with pledges that a group's page lists: members today, and former members whose pledges count in it. */
export interface GroupCountries {
  /** Members on the build's "as of" date. */
  members: Country[];
  /** No longer members, but members when at least one of their pledges was announced. */
  former: Country[];
}

/** The countries of a group's page, computed once per group and build. */
export const groupCountries = perModel((model, group: CountryGroupId): GroupCountries => {
  const today = (country: Country) => model.membership.isMember(country.alpha3, group, model.asOf);
  return {
    members: model.countriesWithPledges.filter(today),
    former: model.countriesWithPledges.filter(
      (country) => !today(country) && (model.pledgesByCountry.get(country.alpha3) ?? []).some((view) => model.membership.isMember(country.alpha3, group, view.pledge.announced.date)),
    ),
  };
});
