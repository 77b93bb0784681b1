import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs, findChromium } from './findChromium.ts';

/** Launches headless Chromium (see findChromium for where it comes from). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs });
}

/** A browser, a page and the served site's origin, shared by the tests of one file. */
export interface BrowserSession {
  browser: Browser;
  page: Page;
  origin: string;
}

/** Opens one Chromium and one page before a test file's tests and closes them after. */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.origin = inject('siteOrigin');
    session.browser = await launchBrowser();
    session.page = await (await session.browser.newContext()).newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
