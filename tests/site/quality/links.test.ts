import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n/locales.ts';
import { builtFileFor, describeElement, parsedFile, parsedSite, siteOrigin, type ParsedPage } from '../../support/parsedSite.ts';

/** Attributes that point at another address, by the elements that carry them. */
const urlAttributes: [selector: string, attribute: string][] = [
  ['a[href], area[href], link[href]', 'href'],
  ['img[src], script[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src], input[src]', 'src'],
  ['form[action]', 'action'],
  ['object[data]', 'data'],
  ['video[poster]', 'poster'],
];

interface Reference {
  page: ParsedPage;
  element: Element;
  value: string;
  url: URL;
}

/** Every URL a page references, resolved against its public address. */
function references(page: ParsedPage): Reference[] {
  const base = new URL(page.sitePath, siteOrigin);
  const found: Reference[] = [];
  const add = (element: Element, value: string) => {
    try {
      found.push({ page, element, value, url: new URL(value, base) });
    } catch {
      found.push({ page, element, value, url: new URL('invalid:') });
    }
  };
  for (const [selector, attribute] of urlAttributes) {
    for (const element of page.document.querySelectorAll(selector)) add(element, element.getAttribute(attribute) ?? '');
  }
  for (const element of page.document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) add(element, url);
    }
  }
  return found;
}

const isInternal = (url: URL) => url.origin === siteOrigin;
const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';
const line = (ref: Reference, reason: string) => `${ref.page.sitePath}: ${describeElement(ref.element)} → ${reason}`;

let pages: ParsedPage[];
let allReferences: Reference[];

beforeAll(() => {
  pages = parsedSite();
  allReferences = pages.flatMap(references);
});

describe('links and resources lead somewhere', () => {
  it('the check sees every built page and their links', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(allReferences.filter((ref) => isInternal(ref.url)).length).toBeGreaterThan(pages.length * 10);
    expect(allReferences.filter((ref) => isInternal(ref.url) && ref.url.hash.length > 1).length).toBeGreaterThan(pages.length);
  });

  it('every internal href and src resolves to a built file (page or file)', () => {
    const broken = allReferences
      .filter((ref) => ref.url.protocol === 'invalid:' || (isInternal(ref.url) && builtFileFor(ref.url.pathname) === null))
      .map((ref) => line(ref, ref.url.protocol === 'invalid:' ? 'not a valid URL' : `nothing is built at ${ref.url.pathname}`));
    expect(broken).toEqual([]);
  });

  it('every #fragment names an id on its target page', () => {
    const missing: string[] = [];
    for (const ref of allReferences) {
      if (!isInternal(ref.url) || ref.url.hash.length <= 1) continue;
      const file = builtFileFor(ref.url.pathname);
      if (!file?.endsWith('.html')) continue; // a broken target is reported above; other files have no ids
      let id: string;
      try {
        id = decodeURIComponent(ref.url.hash.slice(1));
      } catch {
        missing.push(line(ref, `fragment ${ref.url.hash} is not valid percent-encoding`));
        continue;
      }
      const target = parsedFile(file);
      // "#top" scrolls to the top of a page in HTML even without such an id.
      if (!target.ids.has(id) && id.toLowerCase() !== 'top') missing.push(line(ref, `no id "${id}" on ${target.sitePath}`));
    }
    expect(missing).toEqual([]);
  });
});

/**
 * A link that takes the reader into another language, or to another site, says so: it
 * carries hreflang (the language of what it leads to) or its text is marked with lang=,
 * or it belongs to the language switcher. Screen readers and search engines rely on it,
 * and readers are not surprised by a page in a language they may not read.
 */
describe('links into another language or to another site say so', () => {
  const siteLanguages = new Set<string>(locales);

  /** Language a link's text is read in: the closest lang= above the link itself. */
  const contextLanguage = (element: Element) => element.parentElement?.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
  const saysSo = (element: Element) =>
    element.hasAttribute('hreflang') || element.hasAttribute('lang') || element.querySelector('[lang]') !== null;
  const inLanguageSwitcher = (element: Element) => element.closest('.lang-switcher, [aria-label][class*="lang"]') !== null;
  const links = () => allReferences.filter((ref) => ref.element.matches('a[href], area[href]'));

  it('links to a page in another language of this site carry hreflang or lang', () => {
    const silent: string[] = [];
    for (const ref of links()) {
      if (!isInternal(ref.url)) continue;
      const targetLang = ref.url.pathname.split('/')[1] ?? '';
      if (!siteLanguages.has(targetLang)) continue; // language-neutral files: data, sitemap, feeds of all languages
      const from = contextLanguage(ref.element).split('-')[0];
      if (from === targetLang) continue;
      if (inLanguageSwitcher(ref.element)) continue;
      if (!saysSo(ref.element)) silent.push(line(ref, `leads into ${targetLang} from a ${from || 'no-language'} context without hreflang or lang`));
    }
    expect(silent).toEqual([]);
  });

  it('hreflang on a link to this site names the language of the page it leads to', () => {
    const wrong: string[] = [];
    for (const ref of links()) {
      const hreflang = ref.element.getAttribute('hreflang');
      const targetLang = ref.url.pathname.split('/')[1] ?? '';
      if (!hreflang || !isInternal(ref.url) || !siteLanguages.has(targetLang)) continue;
      if (hreflang.toLowerCase().split('-')[0] !== targetLang) wrong.push(line(ref, `hreflang="${hreflang}" but the page is in ${targetLang}`));
    }
    expect(wrong).toEqual([]);
  });

  it('links to another site carry hreflang or lang', () => {
    const silent = links()
      .filter((ref) => isWeb(ref.url) && !isInternal(ref.url) && !saysSo(ref.element))
      .map((ref) => line(ref, 'leads to another site without hreflang (language of that site) or lang'));
    expect(silent).toEqual([]);
  });
});
