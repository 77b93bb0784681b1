import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { axeViolations } from '../../support/axe.ts';
import { launchBrowser } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';

/** The charts page meets WCAG 2.2 AA (axe-core) in the three languages, in the light and dark schemes. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('the charts page in the %s scheme', (colorScheme) => {
  it.each(locales)('has no axe violations in %s', async (lang) => {
    const page = await (await browser.newContext({ colorScheme })).newPage();
    await loadSitePage(page, inject('siteOrigin'), { path: `/${lang}/data/charts/`, status: 200 });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    // Open every table, so that axe checks them too.
    await page.evaluate(() => document.querySelectorAll('figure.chart details').forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(page, page.url())).toEqual([]);
    await page.context().close();
  });
});
