import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../../support/browser.ts';
import { openSearch, resultUrls, statusText, waitForSearch } from './searchSession.ts';

const session = useBrowserSession();

/** Reads what the form shows: query (page and header boxes), order and each filter menu. */
async function formState() {
  return session.page.evaluate(() => ({
    q: (document.querySelector('#search-query') as HTMLInputElement).value,
    header: (document.querySelector('form[data-site-search] input[name="q"]') as HTMLInputElement).value,
    sort: (document.querySelector('#search-sort') as HTMLSelectElement).value,
    filters: Object.fromEntries([...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')].filter((s) => s.value).map((s) => [s.dataset.filter, s.value])),
  }));
}

describe('the address holds the search', () => {
  it('a shared address restores query, filters and order (both search boxes show the query)', async () => {
    await openSearch(session.page, session.origin, 'fr', '?q=numerique&type=pledge&status=completed&sort=value');
    expect(await formState()).toEqual({ q: 'numerique', header: 'numerique', sort: 'value', filters: { type: 'pledge', status: 'completed' } });
    expect(await statusText(session.page)).toContain('numerique');
    expect(await session.page.locator('details[data-search-filters]').getAttribute('open')).not.toBeNull();
  });

  it('changing the form updates the address, and the back and forward buttons restore each search', async () => {
    await openSearch(session.page, session.origin, 'en', '?q=women');
    const first = await resultUrls(session.page);
    await session.page.click('details[data-search-filters] summary');
    await session.page.selectOption('select[data-filter="status"]', 'completed');
    await waitForSearch(session.page, '?q=women&status=completed');
    expect(new URL(session.page.url()).search).toBe('?q=women&status=completed');
    const second = await resultUrls(session.page);
    expect(second.length).toBeLessThan(first.length);
    await session.page.fill('#search-query', 'Senegal');
    await session.page.press('#search-query', 'Enter');
    await waitForSearch(session.page, '?q=Senegal&status=completed');
    await session.page.goBack();
    await waitForSearch(session.page, '?q=women&status=completed');
    expect(await formState()).toMatchObject({ q: 'women', filters: { status: 'completed' } });
    expect(await resultUrls(session.page)).toEqual(second);
    await session.page.goBack();
    await waitForSearch(session.page, '?q=women');
    expect(await formState()).toMatchObject({ q: 'women', filters: {} });
    expect(await resultUrls(session.page)).toEqual(first);
    await session.page.goForward();
    await waitForSearch(session.page, '?q=women&status=completed');
    expect(await resultUrls(session.page)).toEqual(second);
  });

  it('the header search box of any page sends its query to the search page of that language', async () => {
    await session.page.goto(`${session.origin}/ar/documents/`);
    await session.page.fill('form[data-site-search] input[name="q"]', 'السنغال');
    await session.page.press('form[data-site-search] input[name="q"]', 'Enter');
    await waitForSearch(session.page, `?q=${encodeURIComponent('السنغال')}`);
    expect(new URL(session.page.url()).pathname).toBe('/ar/search/');
    expect((await resultUrls(session.page))[0]).toBe('/ar/countries/sen/');
  });

  it('on the search page, the header box searches in place', async () => {
    await openSearch(session.page, session.origin, 'en', '?q=Jordan&type=pledge');
    await session.page.fill('form[data-site-search] input[name="q"]', 'Oman');
    await session.page.press('form[data-site-search] input[name="q"]', 'Enter');
    await waitForSearch(session.page, '?q=Oman&type=pledge');
    expect(await formState()).toMatchObject({ q: 'Oman', header: 'Oman', filters: { type: 'pledge' } });
  });
});

describe('browsing without a query', () => {
  it('lists every entry matching the filters, newest first', async () => {
    await openSearch(session.page, session.origin, 'en', '?type=pledge&group=ldc');
    const status = await statusText(session.page);
    expect(status).toMatch(/\d+ entries/);
    expect(await session.page.locator('.search-result').count()).toBeGreaterThan(0);
  });
});

describe('an empty result', () => {
  it('says what was searched for, offers to remove filters and links to the directory', async () => {
    await openSearch(session.page, session.origin, 'en', '?q=zzqxv&status=completed');
    const empty = session.page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toContain('“zzqxv”');
    expect(await empty.locator('a[href="/en/pledges/"]').count()).toBe(1);
    await empty.getByRole('button', { name: /Completed/ }).click();
    await waitForSearch(session.page, '?q=zzqxv');
    expect(await formState()).toMatchObject({ filters: {} });
  });
});

describe('the address is untrusted input', () => {
  it('markup in the query or a filter is shown as text and never run; unknown filter values are ignored without error', async () => {
    const problems: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    };
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    };
    const onError = (error: Error) => problems.push(`page error: ${error.message}`);
    session.page.on('dialog', onDialog);
    session.page.on('console', onConsole);
    session.page.on('pageerror', onError);
    try {
      const query = '<img src=x onerror=alert(1)>';
      await session.page.goto(`${session.origin}/en/search/?q=${encodeURIComponent(query)}&focus=${encodeURIComponent('"><script>alert(2)</script>')}&status=nope&sort=<b>`);
      await waitForSearch(session.page, `?q=${encodeURIComponent(query)}`);
      expect(await session.page.locator('#search-query').inputValue()).toBe(query);
      expect(await statusText(session.page) + (await session.page.locator('[data-search-empty]').textContent())).toContain(query);
      expect(await session.page.locator('main img, main script:not([src])').count()).toBe(0);
      expect(await session.page.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')].every((s) => s.value === ''))).toBe(true);
      expect(await session.page.locator('#search-sort').inputValue()).toBe('relevance');
      await session.page.waitForTimeout(300);
      expect(problems).toEqual([]);
    } finally {
      session.page.off('dialog', onDialog);
      session.page.off('console', onConsole);
      session.page.off('pageerror', onError);
    }
  });
});

describe('without JavaScript', () => {
  it('the page says search needs JavaScript and links to the directory, documents, countries and focus areas', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/fr/search/?q=x`);
    const main = page.locator('main');
    expect(await main.textContent()).toContain('JavaScript');
    for (const href of ['/fr/pledges/', '/fr/documents/', '/fr/countries/', '/fr/focus-areas/']) {
      expect(await main.locator(`a[href="${href}"]:visible`).count(), href).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    await context.close();
  });
});
