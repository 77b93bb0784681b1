import { firstPageRedirects } from './paginatedLists.ts';
import { formerIdRedirects, type RenamedEntries } from './formerIdRedirects.ts';
import type { RedirectRule } from './redirectRules.ts';

/**
 * Every redirect of the site except the language choice at "/" (hostingPolicy.languageRedirect):
 * exact addresses of renamed entries first, then the patterns of page 1 of each list.
 * Generated, never written by hand.
 */
export function siteRedirects(content: RenamedEntries, pagesDir?: string): RedirectRule[] {
  return [...formerIdRedirects(content), ...firstPageRedirects(pagesDir)];
}
