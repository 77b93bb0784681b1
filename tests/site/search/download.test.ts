import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../../src/export/pledgeCsv.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { allResultUrls, openSearch } from './searchSession.ts';

const session = useBrowserSession();

describe('the matching pledges download as CSV', () => {
  it('with the export’s columns, one row per pledge found', async () => {
    await openSearch(session.page, session.origin, 'ar', `?q=${encodeURIComponent('الرقمية')}&type=pledge`);
    const ids = (await allResultUrls(session.page)).map((url) => /\/pledges\/([^/]+)\//.exec(url)?.[1]);
    const button = session.page.locator('[data-search-download] button');
    expect(await button.textContent()).toContain(String(ids.length));
    const [download] = await Promise.all([session.page.waitForEvent('download'), button.click()]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual([...csvColumns]);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(ids));
    expect(await session.page.locator('[data-download-status]').textContent()).toContain(String(ids.length));
  });
  it('is offered for the pledges among mixed results', async () => {
    await openSearch(session.page, session.origin, 'en', '?q=Senegal');
    expect(await session.page.locator('[data-search-download] button').textContent()).toMatch(/Download these \d+ pledges as CSV/);
  });
});
