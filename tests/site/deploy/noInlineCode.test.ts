import { describe, expect, it } from 'vitest';
import { parsedSite } from '../../support/parsedSite.ts';
import { templateOf } from '../../support/templatePages.ts';
import { knownCspBreakers } from './knownCspBreakers.ts';

/**
 * What the Content-Security-Policy forbids in a page, found in the built HTML: inline scripts
 * (JSON-LD and other data blocks are not scripts), <style> blocks, style attributes (SVG too),
 * event-handler attributes and javascript: addresses.
 */
function inlineCode(document: Document): string[] {
  const found: string[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    found.push(`inline <script>: ${(script.textContent ?? '').trim().slice(0, 60)}`);
  }
  for (const style of document.querySelectorAll('style')) found.push(`<style>: ${(style.textContent ?? '').trim().slice(0, 60)}`);
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (name === 'style') found.push(`style="${value.slice(0, 40)}" on <${element.tagName.toLowerCase()}>`);
      else if (/^on[a-z]+$/.test(name)) found.push(`${name}="${value.slice(0, 40)}" on <${element.tagName.toLowerCase()}>`);
      else if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*javascript:/i.test(value)) found.push(`${name}="${value.slice(0, 40)}"`);
    }
  }
  return found;
}

describe('built pages hold to the Content-Security-Policy (no inline script, style or handler)', () => {
  const pages = parsedSite();
  const offenders = new Map<string, string[]>();
  for (const page of pages) {
    const found = inlineCode(page.document);
    if (found.length > 0) offenders.set(page.sitePath, found);
  }
  const template = (sitePath: string) => (sitePath.endsWith('.html') ? sitePath : templateOf(sitePath));

  it(`no page outside the known exceptions (${Object.keys(knownCspBreakers).join(', ')}) has any`, () => {
    expect(pages.length).toBeGreaterThan(100);
    const unexpected = [...offenders].filter(([sitePath]) => !knownCspBreakers[template(sitePath)]).map(([sitePath, found]) => `${sitePath}: ${found.join('; ')}`);
    expect(unexpected).toEqual([]);
  });

  for (const [known, { owner, why }] of Object.entries(knownCspBreakers)) {
    it.fails(`${known} still has inline code (${owner}: ${why}); when this test "fails", remove it from knownCspBreakers.ts`, () => {
      const theirs = [...offenders.keys()].filter((sitePath) => template(sitePath) === known);
      expect(theirs).toEqual([]);
    });
  }
});
