import type { PledgeView } from './pledgeView.ts';
import type { SiteModel } from './siteModel.ts';

/** The kinds of pledge list the site shows (one page and one CSV each). */
export type ListScope = 'all' | 'worldwide' | 'status' | 'focus-area' | 'country' | 'group' | 'region' | 'pledger';

/** Every list of pledges the site shows, by scope and id, with its pledges. */
export function pledgeLists(model: SiteModel): { scope: ListScope; id: string; pledges: readonly PledgeView[] }[] {
  const from = <K extends string>(scope: ListScope, map: ReadonlyMap<K, PledgeView[]>, idOf: (key: K) => string = (k) => k) =>
    [...map.entries()].map(([key, pledges]) => ({ scope, id: idOf(key), pledges }));
  return [
    { scope: 'all', id: 'all', pledges: model.pledges },
    { scope: 'worldwide', id: 'worldwide', pledges: model.globalPledges },
    ...from('status', model.pledgesByStatus),
    ...from('focus-area', model.pledgesByFocusArea),
    ...from('country', model.pledgesByCountry, (code) => code.toLowerCase()),
    ...from('group', model.pledgesByGroup),
    ...from('region', model.pledgesByRegion),
    ...from('pledger', model.pledgesByPledger),
  ];
}

/** Address of the CSV of one list of pledges. */
export function listCsvPath(scope: ListScope, id: string): string {
  if (scope === 'all') return '/data/pledges.csv';
  if (scope === 'worldwide') return '/data/lists/worldwide.csv';
  return `/data/lists/${scope}/${id.toLowerCase()}.csv`;
}
