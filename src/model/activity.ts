import type { PledgeUpdate } from '../schemas/pledge.ts';
import type { PledgeView } from './pledgeView.ts';

/** One dated change of a pledge: its announcement, or a progress report (which may change its status). */
export interface ActivityItem {
  date: string;
  view: PledgeView;
  /** The report; absent for the announcement. */
  update?: PledgeUpdate;
}

/** The announcements and dated reports of a list of pledges, newest first (a report before its pledge's announcement on the same day). */
export function activityOf(pledges: readonly PledgeView[]): ActivityItem[] {
  const items: ActivityItem[] = [];
  for (const view of pledges) {
    items.push({ date: view.pledge.announced.date, view });
    for (const update of view.updates) items.push({ date: update.date, view, update });
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || Number(!b.update) - Number(!a.update) || a.view.id.localeCompare(b.view.id));
}
