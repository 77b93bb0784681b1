import { readdirSync } from 'node:fs';
import path from 'node:path';
import { movedStatus } from './hostingPolicy.ts';
import type { RedirectRule } from './redirectRules.ts';

/** The route file of a paginated list: its last segment is `[...page]` (page 1 at the list's own address). */
const paginatedRouteFile = '[...page].astro';

/**
 * The address patterns of every paginated list of the site, from Astro's page routes
 * (src/pages/**\/[...page].astro): `[lang]/pledgers/[id]/[...page].astro` → `/:lang/pledgers/:id/`.
 * Read from the files, so that a new list gets its redirect without touching deploy/.
 */
export function paginatedListPatterns(pagesDir = path.resolve('src/pages')): string[] {
  const patterns: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('_')) continue;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...segments, entry.name]);
      else if (entry.name === paginatedRouteFile) patterns.push(`/${segments.map(toPatternSegment).map((s) => `${s}/`).join('')}`);
    }
  };
  walk(pagesDir, []);
  return patterns;
}

/** `[lang]` → `:lang`; a static segment stays. */
function toPatternSegment(segment: string): string {
  const param = /^\[([A-Za-z][A-Za-z0-9]*)\]$/.exec(segment);
  if (param) return `:${param[1]}`;
  if (/[[\]]/.test(segment)) throw new Error(`src/pages: cannot make an address pattern of the route segment "${segment}"`);
  return segment;
}

/**
 * Old addresses of the first page of each list (`…/page/1/`, published before page 1 moved to
 * the list's own address) → the list itself.
 */
export function firstPageRedirects(pagesDir?: string): RedirectRule[] {
  return paginatedListPatterns(pagesDir).map((list) => ({
    from: `${list}page/1/`,
    to: list,
    status: movedStatus,
    reason: 'page 1 of a list is the list itself',
  }));
}
