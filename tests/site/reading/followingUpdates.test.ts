import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { builtPages, readPage } from '../../support/builtSite.ts';
import { rawPledges } from '../../support/independentTotals.ts';

const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe('updates a journalist can follow', () => {
  it('What’s new lists the latest update of a pledge first, linking to the pledge, in every language', () => {
    const reports = rawPledges.flatMap((p) => ((p as { updates?: { date: string | Date }[] }).updates ?? []).map((u) => ({ id: p.id, date: day(u.date) })));
    const announcements = rawPledges.map((p) => ({ id: p.id, date: day(p.announced.date) }));
    const latestReport = reports.sort((a, b) => b.date.localeCompare(a.date))[0]!;
    const newest = [...reports, ...announcements].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    for (const locale of locales) {
      const { document } = parseHTML(readPage(`/${locale}/updates/`));
      const items = [...document.querySelectorAll('.activity li')];
      expect(items[0]?.querySelector('time')?.getAttribute('datetime'), locale).toBe(newest.date);
      const report = items.find((li) => li.getAttribute('data-kind') === 'report' && li.getAttribute('data-pledge') === latestReport.id);
      expect(report, locale).toBeDefined();
      expect(report!.querySelector('a')!.getAttribute('href')).toBe(`/${locale}/pledges/${latestReport.id}/`);
    }
  });

  it('every “follow” link leads to an HTML page that lists the feed’s entries and gives its address', async () => {
    const origin = inject('siteOrigin');
    const pages = builtPages().filter((path) => /^\/en\/(countries|pledgers|focus-areas)\/[a-z0-9-]+\/$/.test(path));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages.slice(0, 12)) {
      const response = await fetch(`${origin}${path}#follow`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      const { document } = parseHTML(await response.text());
      const follow = document.getElementById('follow');
      expect(follow, path).not.toBeNull();
      expect(follow!.querySelector('[data-feed-address]')?.textContent, path).toMatch(new RegExp(`${path}feed\\.xml$`));
      expect(follow!.querySelectorAll('.activity li').length, path).toBeGreaterThan(0);
    }
    for (const locale of locales) {
      const footer = parseHTML(readPage(`/${locale}/`)).document.querySelector('.site-footer');
      expect(footer?.querySelector(`a[href="/${locale}/feeds/"]`), locale).not.toBeNull();
    }
  });
});
