/**
 * Helpers for the search page's browser tests: open a search by its address or by typing, wait
 * until the page shows it (the page sets data-shown and data-counted on its root to the search it
 * drew), and read the results.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../../src/i18n/locales.ts';
import { parseSearchState, serializeSearchState, type SearchState } from '../../../src/search/searchState.ts';

/** Every value known to the menus is accepted here: the page itself drops unknown ones. */
const anything = new Proxy({}, { get: () => ({ has: () => true }) });

/** The serialized form of a query string, as the page writes it once it has drawn that search. */
export function shownKey(query: string): string {
  return serializeSearchState(parseSearchState(query, anything as never));
}

/** Waits until the page has drawn the search `query` (a query string) and, by default, its filter counts. */
export async function waitForSearch(page: Page, query: string, counts = true): Promise<void> {
  const key = shownKey(query);
  const attribute = counts ? 'counted' : 'shown';
  await page.waitForFunction(
    ([name, value]) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset[name as string] === value,
    [attribute, key],
    { timeout: 20_000 },
  );
}

/** Opens the search page of a language at an address (`?q=…&focus=…`) and waits for its results. */
export async function openSearch(page: Page, origin: string, lang: Locale, query: string): Promise<void> {
  await page.goto(`${origin}/${lang}/search/${query.startsWith('?') || query === '' ? query : `?${query}`}`);
  await waitForSearch(page, query.startsWith('?') ? query : `?${query}`);
}

/** Types a query in the page's search box, presses Enter and waits for its results (filters and order kept). */
export async function typeSearch(page: Page, q: string, state: Omit<SearchState, 'q'>): Promise<void> {
  await page.fill('#search-query', q);
  await page.press('#search-query', 'Enter');
  await waitForSearch(page, serializeSearchState({ ...state, q }));
}

/** Addresses of the results drawn so far, in order. */
export async function resultUrls(page: Page): Promise<string[]> {
  return page.locator('.search-result .search-result-title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Clicks "Show more results" until every result is drawn; returns all their addresses. */
export async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  return resultUrls(page);
}

/** The text of the result count announced to screen readers. */
export async function statusText(page: Page): Promise<string> {
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}
