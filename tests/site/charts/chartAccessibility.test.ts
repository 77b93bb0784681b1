import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { launchBrowser } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';

/** The charts page meets WCAG 2.2 AA (axe-core) in the three languages, in the light and dark schemes. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axePath = path.resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, wcagTags)) as AxeViolation[];
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)} ${n.html.slice(0, 120)} | ${v.help}. ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
}

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
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
