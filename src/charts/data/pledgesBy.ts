import type { PledgeView } from '../../model/pledgeView.ts';
import type { SiteModel } from '../../model/siteModel.ts';

/** What pledges can be counted by. */
export type Dimension = 'focusArea' | 'region' | 'stakeholder' | 'status' | 'group';

/** Key of the pledges that name no region (worldwide pledges) in a count by region. */
export const worldwideKey = 'worldwide';

/** The keys a pledge is counted under: several for focus areas, regions and groups (the counting rule), one for the others. */
function keysOf(view: PledgeView, dimension: Dimension): readonly string[] {
  switch (dimension) {
    case 'focusArea':
      return view.pledge.focusAreas;
    case 'region':
      return view.regions.length ? view.regions : [worldwideKey];
    case 'stakeholder':
      return [view.pledger.stakeholderGroup];
    case 'status':
      return [view.pledge.status];
    case 'group':
      // Membership at the pledge's announcement (view.groups), never today's.
      return (['ldc', 'lldc', 'sids'] as const).filter((g) => view.groups[g]);
  }
}

const memo = new WeakMap<readonly PledgeView[], Map<Dimension, ReadonlyMap<string, readonly PledgeView[]>>>();

/**
 * The pledges of a list by category. For the whole directory it reuses the model's indexes (the
 * lists other pages count, so their totals are computed once); any other list is grouped once and
 * remembered, so the three languages of a page, and the page and its downloads, share the work.
 */
export function pledgesBy(model: SiteModel, list: readonly PledgeView[], dimension: Dimension): ReadonlyMap<string, readonly PledgeView[]> {
  let byDimension = memo.get(list);
  if (!byDimension) memo.set(list, (byDimension = new Map()));
  let grouped = byDimension.get(dimension);
  if (grouped) return grouped;
  const index = list === model.pledges ? { focusArea: model.pledgesByFocusArea, group: model.pledgesByGroup, status: model.pledgesByStatus }[dimension as 'focusArea' | 'group' | 'status'] : undefined;
  if (index) {
    grouped = index;
  } else {
    const map = new Map<string, PledgeView[]>();
    for (const view of list) {
      for (const key of keysOf(view, dimension)) {
        const found = map.get(key);
        if (found) found.push(view);
        else map.set(key, [view]);
      }
    }
    // The model's region lists are kept where they are the same pledges, so their totals are shared.
    if (list === model.pledges && dimension === 'region') for (const [key, views] of model.pledgesByRegion) map.set(key, views);
    grouped = map;
  }
  byDimension.set(dimension, grouped);
  return grouped;
}
