import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Totals computed straight from the YAML files, without the site model, so
 * that tests check the site's figures against an independent sum.
 */
interface RawPledge {
  id: string;
  pledger: string;
  focusAreas: string[];
  countries?: string[];
  regions?: string[];
  status: string;
  announced: { date: string | Date };
  estimatedValue?: { amount: number; currency: string; usd?: number };
}
interface RawCountry {
  alpha3: string;
  region: string;
}
interface RawMembership {
  country: string;
  group: string;
  from?: string | Date;
  until?: string | Date;
}

const contentDir = path.resolve('content');
const readYamlDir = <T>(folder: string): T[] =>
  readdirSync(path.join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(contentDir, folder, f), 'utf8')) as T);

export const rawPledges = readYamlDir<RawPledge>('pledges');
export const rawCountries = (parse(readFileSync(path.join(contentDir, 'reference', 'countries.yaml'), 'utf8')) as { items: RawCountry[] }).items;
const countryByCode = new Map(rawCountries.map((c) => [c.alpha3, c]));
export const rawMembership = (parse(readFileSync(path.join(contentDir, 'reference', 'group-membership.yaml'), 'utf8')) as { items: RawMembership[] }).items;
const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

export const usd = (p: RawPledge): number => (p.estimatedValue ? (p.estimatedValue.currency === 'USD' ? p.estimatedValue.amount : (p.estimatedValue.usd ?? 0)) : 0);

/** Count and US-dollar sum of the pledges matching a test. */
export function totalOf(match: (p: RawPledge) => boolean): { count: number; value: number } {
  const list = rawPledges.filter(match);
  return { count: list.length, value: list.reduce((sum, p) => sum + usd(p), 0) };
}

/** Whether a country was in a group on a day, read straight from group-membership.yaml. */
export const memberOn = (code: string, group: string, date: string) =>
  rawMembership.some((m) => m.country === code && m.group === group && (!m.from || day(m.from) <= date) && (!m.until || date < day(m.until)));

/** Whether a pledge names a country that was in a group on the day it was announced. */
export const targets = (p: RawPledge, group: 'ldc' | 'lldc' | 'sids') => (p.countries ?? []).some((code) => memberOn(code, group, day(p.announced.date)));

/** Whether a pledge is implemented in a region (through its countries or by name). */
export const inRegion = (p: RawPledge, region: string) => (p.regions ?? []).includes(region) || (p.countries ?? []).some((code) => countryByCode.get(code)?.region === region);
