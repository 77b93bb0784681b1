import type { CountryGroupId, GroupMembership } from '../schemas/reference.ts';

/** The three country groups, in the order pages list them. */
export const countryGroupIds = ['ldc', 'lldc', 'sids'] as const satisfies readonly CountryGroupId[];

/** Whether a set of countries includes a member of each group. */
export type GroupFlags = Record<CountryGroupId, boolean>;

/** Dated membership of the LDC, LLDC and SIDS groups, asked "as of when?". */
export interface Membership {
  /** Whether a country (alpha-3) is a member of a group on a day (YYYY-MM-DD). */
  isMember(alpha3: string, group: CountryGroupId, date: string): boolean;
  /** For each group, whether at least one of the countries is a member on that day. */
  groupsOn(alpha3s: readonly string[], date: string): GroupFlags;
  /** The groups a country belongs to on a day, in page order. */
  groupsOf(alpha3: string, date: string): CountryGroupId[];
  /** The countries (alpha-3) that are members of a group on a day, in code order. */
  membersOn(group: CountryGroupId, date: string): string[];
  /** Every recorded period of a country's memberships, by group then date. */
  historyOf(alpha3: string): GroupMembership[];
  /** Every recorded period, as written. */
  items: readonly GroupMembership[];
}

/** True when a period covers a day: from `from` (absent: since before the records) to the day before `until`. */
export function covers(item: Pick<GroupMembership, 'from' | 'until'>, date: string): boolean {
  return (item.from === undefined || item.from <= date) && (item.until === undefined || date < item.until);
}

/** Builds the dated membership from group-membership.yaml's items. */
export function buildMembership(items: readonly GroupMembership[]): Membership {
  const byCountry = new Map<string, GroupMembership[]>();
  for (const item of items) {
    const list = byCountry.get(item.country);
    if (list) list.push(item);
    else byCountry.set(item.country, [item]);
  }
  for (const list of byCountry.values()) {
    list.sort((a, b) => countryGroupIds.indexOf(a.group) - countryGroupIds.indexOf(b.group) || (a.from ?? '').localeCompare(b.from ?? ''));
  }
  const isMember = (alpha3: string, group: CountryGroupId, date: string) =>
    (byCountry.get(alpha3) ?? []).some((item) => item.group === group && covers(item, date));
  // Pledges repeat the same few countries and days: the answer for a (country, day) is computed once.
  const groupsCache = new Map<string, CountryGroupId[]>();
  const groupsOf = (alpha3: string, date: string): CountryGroupId[] => {
    const key = `${alpha3}|${date}`;
    let groups = groupsCache.get(key);
    if (!groups) {
      groups = countryGroupIds.filter((group) => isMember(alpha3, group, date));
      groupsCache.set(key, groups);
    }
    return groups;
  };
  return {
    isMember,
    groupsOf,
    groupsOn(alpha3s, date) {
      const flags: GroupFlags = { ldc: false, lldc: false, sids: false };
      for (const alpha3 of alpha3s) for (const group of groupsOf(alpha3, date)) flags[group] = true;
      return flags;
    },
    membersOn: (group, date) => [...byCountry.keys()].filter((alpha3) => isMember(alpha3, group, date)).sort(),
    historyOf: (alpha3) => byCountry.get(alpha3) ?? [],
    items,
  };
}
