import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../../support/browser.ts';
import { waitForSearch } from './searchSession.ts';

const session = useBrowserSession();

/** The focused element's id, tag, whether it is inside a result, and whether its focus is visible (outline or shadow). */
async function focused() {
  return session.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      id: el.id,
      tag: el.tagName.toLowerCase(),
      inResult: el.closest('.search-result') !== null,
      summary: el.tagName === 'SUMMARY',
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== ''),
    };
  });
}

async function tabUntil(test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await session.page.keyboard.press('Tab');
    const f = await focused();
    if (test(f)) return f;
  }
  throw new Error('never reached the element with Tab');
}

describe('keyboard-only search', () => {
  it('Tab to the box, type, Enter; open the filters and choose one with the keyboard; Tab to a result, all with visible focus', async () => {
    await session.page.goto(`${session.origin}/fr/search/`);
    await waitForSearch(session.page, '');
    const box = await tabUntil((f) => f?.id === 'search-query');
    expect(box?.indicator).toBe(true);
    await session.page.keyboard.type('numerique');
    await session.page.keyboard.press('Enter');
    await waitForSearch(session.page, '?q=numerique');
    const summary = await tabUntil((f) => f?.summary === true);
    expect(summary?.indicator).toBe(true);
    await session.page.keyboard.press('Enter');
    expect(await session.page.locator('details[data-search-filters]').getAttribute('open')).not.toBeNull();
    const type = await tabUntil((f) => f?.id === 'search-filter-type');
    expect(type?.indicator).toBe(true);
    // A closed <select> changes value with the arrow keys; "Promesse" is the first value after "Tous".
    await session.page.keyboard.press('ArrowDown');
    await waitForSearch(session.page, '?q=numerique&type=pledge');
    const result = await tabUntil((f) => f?.inResult === true, 120);
    expect(result?.tag).toBe('a');
    expect(result?.indicator).toBe(true);
  });
});
