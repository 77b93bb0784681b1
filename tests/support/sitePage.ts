import type { BrowserContext, Page } from 'playwright-core';
import type { TemplatePage } from './templatePages.ts';

type Target = Pick<TemplatePage, 'path' | 'status'>;

/**
 * Loads a site page in an existing tab and waits until it is fully loaded, fonts
 * included, checking the HTTP status on the way.
 *
 * "/" sends every browser with JavaScript straight to a language (location.replace runs
 * while the page is parsed), so a reader only ever sees its content without JavaScript:
 * it is loaded with script execution off, which is then turned back on so the tests can
 * run their own scripts (the page's language script, already loaded, never runs).
 */
export async function loadSitePage(page: Page, origin: string, target: Target): Promise<Page> {
  const noScript = target.path === '/';
  const cdp = noScript ? await page.context().newCDPSession(page) : undefined;
  await cdp?.send('Emulation.setScriptExecutionDisabled', { value: true });
  const response = await page.goto(origin + target.path, { waitUntil: 'load' });
  if (cdp) {
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    await cdp.detach();
  }
  const status = response?.status();
  if (status !== target.status) throw new Error(`${target.path} answered ${status}, expected ${target.status}`);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page;
}

/** Opens a site page in a new tab (see loadSitePage). */
export async function openSitePage(context: BrowserContext, origin: string, target: Target): Promise<Page> {
  const page = await context.newPage();
  return loadSitePage(page, origin, target);
}

/** A short, readable name of a picked page for test titles. */
export function describePage(target: TemplatePage): string {
  return `${target.template} [${target.lang ?? '-'}] ${target.path}`;
}
