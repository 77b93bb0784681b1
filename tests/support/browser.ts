import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from './findChromium.ts';

/** Launches headless Chromium (see findChromium for where it comes from). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs });
}
