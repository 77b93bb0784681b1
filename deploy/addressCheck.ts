import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findRedirect, type RedirectRule } from './redirectRules.ts';

/** The captured addresses every build must still answer (the trust helper's fixture, one path a line). */
export const addressFixtureDir = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'addresses');

/** Every address of the fixture files (*.txt), with the file it comes from. */
export function fixtureAddresses(dir = addressFixtureDir): { address: string; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((address) => ({ address, file: name })),
    );
}

/** Whether a built site has a page or file at a site path (`/x/` → x/index.html). */
export function isBuilt(siteRoot: string, sitePath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return false;
  }
  const full = path.join(siteRoot, decoded);
  if (!full.startsWith(siteRoot)) return false;
  if (decoded.endsWith('/')) return existsSync(path.join(full, 'index.html'));
  return existsSync(full) && statSync(full).isFile();
}

/**
 * The addresses that no longer answer: neither a built page or file, nor a generated redirect to
 * one. Each comes with a sentence saying what is wrong.
 */
export function unansweredAddresses(siteRoot: string, addresses: readonly { address: string; file: string }[], rules: readonly RedirectRule[]): string[] {
  const problems: string[] = [];
  for (const { address, file } of addresses) {
    if (isBuilt(siteRoot, address)) continue;
    const moved = findRedirect(address, rules);
    if (!moved) problems.push(`${address} (${file}): no page is built there and no redirect moves it`);
    else if (!isBuilt(siteRoot, moved.to)) problems.push(`${address} (${file}): redirects to ${moved.to} (${moved.rule.reason}), where nothing is built`);
  }
  return problems;
}

/** Redirects whose old address is a built page (the page would be hidden on hosts that always redirect). */
export function shadowingRedirects(siteRoot: string, rules: readonly RedirectRule[]): string[] {
  return rules.filter((rule) => !rule.from.includes(':') && isBuilt(siteRoot, rule.from)).map((rule) => `${rule.from} → ${rule.to} (${rule.reason}): a page is built at ${rule.from}`);
}
