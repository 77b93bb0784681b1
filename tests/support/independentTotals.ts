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
  estimatedValue?: { amount: number; currency: string; usd?: number };
}
interface RawCountry {
  alpha3: string;
  region: string;
  ldc: boolean;
  lldc: boolean;
  sids: boolean;
}

const contentDir = path.resolve('content');
const readYamlDir = <T>(folder: string): T[] =>
  readdirSync(path.join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(path.join(contentDir, folder, f), 'utf8')) as T);

export const rawPledges = readYamlDir<RawPledge>('pledges');
export const rawCountries = (parse(readFileSync(path.join(contentDir, 'reference', 'countries.yaml'), 'utf8')) as { items: RawCountry[] }).items;
const countryByCode = new Map(rawCountries.map((c) => [c.alpha3, c]));

export const usd = (p: RawPledge): number => (p.estimatedValue ? (p.estimatedValue.currency === 'USD' ? p.estimatedValue.amount : (p.estimatedValue.usd ?? 0)) : 0);

/** Count and US-dollar sum of the pledges matching a test. */
export function totalOf(match: (p: RawPledge) => boolean): { count: number; value: number } {
  const list = rawPledges.filter(match);
  return { count: list.length, value: list.reduce((sum, p) => sum + usd(p), 0) };
}

/** Whether a pledge names a country in a group. */
export const targets = (p: RawPledge, group: 'ldc' | 'lldc' | 'sids') => (p.countries ?? []).some((code) => countryByCode.get(code)?.[group]);

/** Whether a pledge is implemented in a region (through its countries or by name). */
export const inRegion = (p: RawPledge, region: string) => (p.regions ?? []).includes(region) || (p.countries ?? []).some((code) => countryByCode.get(code)?.region === region);
