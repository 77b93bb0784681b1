import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { loadSitePage } from '../../support/sitePage.ts';
import { templatePage, templates } from '../../support/templatePages.ts';

/**
 * A keyboard-only reader: Tab from the top of the session.page, Enter on the skip link, and Tab on
 * through the whole page to the footer.
 */
const session = useBrowserSession();

interface Focused {
  /** Short description: tag, id/class, text. */
  label: string;
  tag: string;
  href: string | null;
  inFooter: boolean;
  inMain: boolean;
  isMain: boolean;
  visible: boolean;
  outline: string;
  boxShadow: string;
  indicator: boolean;
}

/** The focused element and how its focus shows. */
async function focused(): Promise<Focused | null> {
  return session.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outlineShown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowShown = style.boxShadow !== 'none' && style.boxShadow !== '';
    const box = el.getBoundingClientRect();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const name = el.id ? `#${el.id}` : el.classList.length ? `.${[...el.classList].join('.')}` : '';
    return {
      label: `<${el.tagName.toLowerCase()}${name}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${text}"`,
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      inFooter: el.closest('footer') !== null,
      inMain: el.closest('main') !== null,
      isMain: el.tagName === 'MAIN',
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight + scrollY && box.left < innerWidth,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      indicator: outlineShown || shadowShown,
    };
  });
}

const pagesToWalk = locales.flatMap((lang) => [
  ['home page', templatePage(templates.home, lang).path],
  ['document page', templatePage(templates.document, lang).path],
  ['pledge page', templatePage(templates.pledge, lang).path],
]);

describe.each(pagesToWalk)('keyboard only on the %s %s', (_kind, path) => {
  it('no element has a positive tabindex (which would upset the reading order)', async () => {
    await loadSitePage(session.page, session.origin, { path, status: 200 });
    const positive = await session.page.evaluate(() =>
      [...document.querySelectorAll('[tabindex]')]
        .filter((el) => Number(el.getAttribute('tabindex')) > 0)
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(positive).toEqual([]);
  });

  it('the first Tab focuses a visible skip link, and Enter on it moves focus to the main content', async () => {
    await loadSitePage(session.page, session.origin, { path, status: 200 });
    await session.page.keyboard.press('Tab');
    const first = await focused();
    const mainId = await session.page.evaluate(() => document.querySelector('main')?.id ?? '');
    expect(mainId, 'main has an id to skip to').not.toBe('');
    expect(first?.href, `first focus: ${first?.label}`).toBe(`#${mainId}`);
    expect(first?.visible, 'the skip link shows when focused').toBe(true);
    await session.page.keyboard.press('Enter');
    await session.page.waitForFunction(() => location.hash !== '');
    const after = await focused();
    expect(after?.isMain || after?.inMain, `focus after Enter: ${after?.label ?? 'the page itself'}`).toBe(true);
  });

  it('Tab goes through the whole page to the footer links, each focus visibly marked', async () => {
    await loadSitePage(session.page, session.origin, { path, status: 200 });
    const footerLinks = await session.page.locator('footer a[href]').count();
    expect(footerLinks, 'footer links').toBeGreaterThan(0);
    const focusable = await session.page.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    const seen: string[] = [];
    const unmarked: string[] = [];
    let footerReached = 0;
    let previous = '';
    for (let presses = 0; presses < focusable + 20; presses++) {
      await session.page.keyboard.press('Tab');
      const now = await focused();
      if (!now) break; // focus left the page after the last element: not trapped
      const key = await session.page.evaluate(() => {
        const el = document.activeElement;
        const path: number[] = [];
        for (let n = el; n?.parentElement; n = n.parentElement) path.unshift([...n.parentElement.children].indexOf(n));
        return path.join('.');
      });
      if (key === previous || seen.includes(key)) break; // came back: trapped, or wrapped around
      seen.push(key);
      previous = key;
      if (!now.indicator) unmarked.push(`${path}: ${now.label} (outline: ${now.outline}; box-shadow: ${now.boxShadow})`);
      if (now.inFooter && now.tag === 'a') footerReached++;
    }
    expect(unmarked, 'focused elements without a visible focus indicator').toEqual([]);
    expect(footerReached, `footer links reached by Tab after ${seen.length} stops`).toBe(footerLinks);
  });
});
