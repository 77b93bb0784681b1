import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeDir, locales, type Locale } from '../../../src/i18n/locales.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { inLanguage, langOf, sitemapPaths, templateOf, templatePage, templates } from '../../support/templatePages.ts';

/**
 * A reader's journeys through the site, in each language, by clicking what the page shows
 * (links found by their role and accessible name, as a screen reader user finds them).
 */
const session = useBrowserSession();

/** What a reader gets on the current page: path, language, direction (attribute and computed), first h1. */
async function pageState() {
  const state = await session.page.evaluate(() => ({
    path: location.pathname,
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    computedDir: getComputedStyle(document.documentElement).direction,
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
  }));
  const h1Visible = await session.page.locator('h1').first().isVisible();
  return { ...state, h1Visible };
}

async function expectPageIn(lang: Locale, where: string) {
  const state = await pageState();
  const dir = localeDir(lang);
  expect(state, where).toMatchObject({ lang, dir, computedDir: dir, h1Visible: true });
  expect(state.h1.length, `${where}: h1 has text`).toBeGreaterThan(0);
  return state;
}

/** Clicks a link and waits for the page it leads to (and checks it answered 200). */
async function follow(link: ReturnType<Page['locator']>) {
  const [response] = await Promise.all([session.page.waitForEvent('response', (r) => r.request().isNavigationRequest()), link.click()]);
  await session.page.waitForLoadState('load');
  expect(response.status(), `${response.url()} status`).toBe(200);
}

describe.each(locales)('main navigation in %s', (lang) => {
  it(`the home page is in ${lang} (${localeDir(lang)}) with an h1`, async () => {
    await session.page.goto(`${session.origin}/${lang}/`);
    await expectPageIn(lang, `/${lang}/`);
  });

  it('every link of the main navigation opens a page in the same language and direction, with an h1', async () => {
    await session.page.goto(`${session.origin}/${lang}/`);
    const nav = session.page.getByRole('navigation', { name: translate(lang, 'nav.label'), exact: true });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length, 'main navigation links').toBeGreaterThanOrEqual(3);
    for (const href of hrefs) {
      await session.page.goto(`${session.origin}/${lang}/`);
      await follow(nav.locator(`a[href="${href}"]`));
      const state = await expectPageIn(lang, `${href} (from the ${lang} home)`);
      expect(state.path).toBe(new URL(href, `${session.origin}/${lang}/`).pathname);
      // The section the reader is in is marked in the navigation.
      expect(await nav.locator(`a[href="${href}"]`).getAttribute('aria-current'), `${href} marked as current`).toBe('page');
    }
  });
});

describe('the language switcher leads to the same page in the other language', () => {
  const kinds = [
    ['a pledge', templates.pledge],
    ['a document', templates.document],
    ['a country', templates.country],
  ] as const;
  for (const [kind, template] of kinds) {
    for (const from of locales) {
      it(`on ${kind} page in ${from}`, async () => {
        const start = templatePage(template, from).path;
        for (const to of locales.filter((l) => l !== from)) {
          await session.page.goto(session.origin + start);
          const switcher = session.page.getByRole('navigation', { name: translate(from, 'lang.label'), exact: true });
          const link = switcher.locator(`a[hreflang="${to}"]`);
          expect(await link.count(), `${start}: switcher link to ${to}`).toBe(1);
          await follow(link);
          const state = await expectPageIn(to, `${start} → ${to}`);
          expect(state.path, `${start} → ${to}`).toBe(inLanguage(start, to));
        }
      });
    }
  }
});

describe.each(locales)('the pledge directory in %s', (lang) => {
  const directory = `/${lang}/pledges/`;
  const pledgeCount = sitemapPaths().filter((p) => langOf(p) === lang && templateOf(p) === templates.pledge).length;

  /** Cells of one column of the directory table, found by its header text. */
  async function column(header: string) {
    return session.page.locator('table').first().evaluate((table, name) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      const index = headers.indexOf(name);
      if (index < 0) throw new Error(`no column "${name}" in ${headers.join(' | ')}`);
      return [...table.querySelectorAll('tbody tr')].map((row) => {
        const cell = row.children[index] as HTMLElement;
        return {
          text: cell.textContent?.trim() ?? '',
          datetime: cell.querySelector('time')?.getAttribute('datetime') ?? null,
          value: cell.getAttribute('data-value') ?? cell.getAttribute('data-value-usd'),
          pledge: row.querySelector('a')?.getAttribute('href') ?? '',
        };
      });
    }, header);
  }

  it('lists every pledge; with a single session.page, no pagination is shown', async () => {
    expect(pledgeCount).toBeGreaterThan(0);
    await session.page.goto(session.origin + directory);
    await expectPageIn(lang, directory);
    const pagination = session.page.getByRole('navigation', { name: translate(lang, 'pagination.label'), exact: true });
    const seen: string[] = [];
    let pages = 1;
    // Follow "Next page" to the end (a single page has none).
    for (; pages <= 100; pages++) {
      seen.push(...(await column(translate(lang, 'table.title'))).map((row) => row.pledge));
      const next = pagination.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await follow(next);
      await expectPageIn(lang, `page ${pages + 1} of ${directory}`);
      expect(new URL(session.page.url()).pathname).toBe(`${directory}page/${pages + 1}/`);
    }
    if (pages === 1) {
      expect(await pagination.count(), 'pagination on a single-page directory').toBe(0);
      expect(await session.page.locator('a[rel="next"], a[rel="prev"]').count()).toBe(0);
    } else {
      expect(await pagination.locator('[aria-current="page"]').count(), 'current page marked').toBe(1);
    }
    expect(new Set(seen).size, 'no pledge twice').toBe(seen.length);
    expect(seen.length, 'every pledge listed').toBe(pledgeCount);
  });

  it('"Newest first" orders the announced dates from newest to oldest', async () => {
    await session.page.goto(session.origin + directory);
    const sort = session.page.getByRole('navigation', { name: translate(lang, 'pledge.sort'), exact: true });
    await follow(sort.getByRole('link', { name: translate(lang, 'pledge.sort.newest'), exact: true }));
    expect(new URL(session.page.url()).pathname).toBe(directory);
    const dates = (await column(translate(lang, 'table.announced'))).map((row) => row.datetime);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every((d) => d !== null && /^\d{4}-\d{2}-\d{2}/.test(d)), 'every date has a datetime').toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('"Largest value first" orders the values from largest to smallest, pledges without a value last', async () => {
    await session.page.goto(session.origin + directory);
    const sort = session.page.getByRole('navigation', { name: translate(lang, 'pledge.sort'), exact: true });
    await follow(sort.getByRole('link', { name: translate(lang, 'pledge.sort.largest'), exact: true }));
    await expectPageIn(lang, 'largest first');
    const rows = await column(translate(lang, 'table.value'));
    expect(rows.length).toBeGreaterThan(1);
    // The table shows rounded, localised amounts ("$30M", "30 M$"); the exact value in USD is
    // the data-value-usd of each pledge's own page (or a data value on the cell, if it has one).
    const values = await session.page.evaluate(async (list) => {
      const out: (number | null)[] = [];
      for (const row of list) {
        if (row.value !== null) {
          out.push(Number(row.value));
          continue;
        }
        const html = await (await fetch(row.pledge)).text();
        const found = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-value-usd]');
        out.push(found ? Number(found.getAttribute('data-value-usd')) : null);
      }
      return out;
    }, rows);
    const known = values.filter((v): v is number => v !== null);
    expect(known.length, 'pledges with a value').toBeGreaterThan(1);
    expect(values.slice(0, known.length), 'pledges without a value come last').toEqual(known);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });
});
