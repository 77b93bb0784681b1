import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { axePath, axeViolations } from '../../support/axe.ts';
import { launchBrowser } from '../../support/browser.ts';
import { describePage, loadSitePage } from '../../support/sitePage.ts';
import { templatePages, templates } from '../../support/templatePages.ts';

const pages = templatePages();
let browser: Browser;
let light: Page;
let dark: Page;
let origin: string;

/** One tab per colour scheme, reused from page to page (axe is preloaded in each page). */
async function tab(colorScheme: 'light' | 'dark'): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ colorScheme });
  await context.addInitScript({ path: axePath });
  return context.newPage();
}

beforeAll(async () => {
  origin = inject('siteOrigin');
  browser = await launchBrowser();
  light = await tab('light');
  dark = await tab('dark');
});

afterAll(async () => {
  await browser?.close();
});

describe('every page template meets WCAG 2.2 AA (axe-core)', () => {
  it('the check itself reports an image without a text alternative', async () => {
    await light.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
    const found = await axeViolations(light, 'self-check');
    expect(found.some((line) => line.includes('image-alt'))).toBe(true);
  });

  for (const target of pages) {
    it(`${describePage(target)} has no axe violations`, async () => {
      await loadSitePage(light, origin, target);
      expect(await axeViolations(light, target.path)).toEqual([]);
    });
  }
});

// The search page with results, filters open, in light and dark schemes: tests/site/search/accessibility.test.ts.

/**
 * The site follows the reader's dark-mode preference (meta color-scheme "light dark"):
 * colour contrast has to hold there too. Every template is checked, not only the home,
 * document and pledge pages, since each has its own colours (tables, badges, notices).
 */
describe('in dark mode, every page template meets WCAG 2.2 AA (colour contrast included)', () => {
  const required = new Set<string>([templates.home, templates.document, templates.pledge]);
  for (const lang of ['en', 'fr', 'ar'] as const) {
    for (const template of required) {
      it(`dark mode is tested on ${template} in ${lang}`, () => {
        expect(pages.some((p) => p.template === template && p.lang === lang)).toBe(true);
      });
    }
  }
  for (const target of pages) {
    it(`${describePage(target)} has no axe violations in dark mode`, async () => {
      await loadSitePage(dark, origin, target);
      expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(dark, `${target.path} (dark)`)).toEqual([]);
    });
  }
});
