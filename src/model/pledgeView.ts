import type { Pledge, PledgeUpdate } from '../schemas/pledge.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Country, RegionId } from '../schemas/reference.ts';
import type { GroupFlags, Membership } from './membership.ts';

/** A pledge with everything derived from it once, so pages only look things up. */
export interface PledgeView {
  id: string;
  pledge: Pledge;
  pledger: Organisation;
  /** Countries of implementation, as reference entries. */
  countries: Country[];
  /** ITU-D regions of implementation: those of its countries plus those listed. */
  regions: RegionId[];
  /**
   * Groups it targets: true when at least one of its countries was a member of the group on the
   * day the pledge was announced (ITU counted pledges that way; a later graduation does not
   * change the past).
   */
  groups: GroupFlags;
  /** Estimated value in US dollars, when a value was given. */
  valueUsd: number | undefined;
  /** Updates, oldest first. */
  updates: PledgeUpdate[];
  /** Date of the latest announcement or update. */
  lastActivity: string;
  /** True when an open pledge has had no dated report for two years. */
  stale: boolean;
}

/** Months without a report after which an open pledge is flagged as not recently reported. */
export const staleAfterMonths = 24;

function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
}

/**
 * Derives the view of one pledge: LDC/LLDC/SIDS (as of its announcement) and regions come from
 * its countries, never typed by hand; `today` is the build's "as of" date (stale flag).
 */
export function derivePledgeView(pledge: Pledge, pledger: Organisation, countriesByAlpha3: ReadonlyMap<string, Country>, membership: Membership, today: string): PledgeView {
  const countries = pledge.countries.map((code) => countriesByAlpha3.get(code)).filter((c): c is Country => c !== undefined);
  const regions = [...new Set<RegionId>([...countries.map((c) => c.region), ...pledge.regions])].sort();
  const updates = [...pledge.updates].sort((a, b) => a.date.localeCompare(b.date));
  const lastActivity = updates.at(-1)?.date ?? pledge.announced.date;
  const value = pledge.estimatedValue;
  const valueUsd = value ? (value.currency === 'USD' ? value.amount : value.usd) : undefined;
  const open = pledge.status === 'announced' || pledge.status === 'in-progress';
  return {
    id: pledge.id,
    pledge,
    pledger,
    countries,
    regions,
    groups: membership.groupsOn(pledge.countries, pledge.announced.date),
    valueUsd,
    updates,
    lastActivity,
    stale: open && monthsBetween(lastActivity, today) >= staleAfterMonths,
  };
}
