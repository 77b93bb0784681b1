import { describe, expect, it } from 'vitest';
import { formerIdRedirects, type RenamedEntries } from '../../deploy/formerIdRedirects.ts';
import { nginxRedirects } from '../../deploy/nginxRedirects.ts';
import { firstPageRedirects, paginatedListPatterns } from '../../deploy/paginatedLists.ts';
import { findRedirect, type RedirectRule } from '../../deploy/redirectRules.ts';
import { redirectsFile } from '../../deploy/redirectsFile.ts';
import { siteRedirects } from '../../deploy/siteRedirects.ts';

const renamed: RenamedEntries = {
  pledges: [{ id: 'ill-001', formerIds: ['ill-001-old'] }],
  organisations: [{ id: 'example-telecom-authority', formerIds: ['national-telecom-authority'] }, { id: 'other', formerIds: [] }],
  documents: [{ id: 'council-2023-report', meta: { formerIds: ['council-23-report'] } }],
};

describe('redirects of page 1 of each list', () => {
  it('come from the page routes: every paginated list ([...page].astro) of the site', () => {
    const lists = paginatedListPatterns();
    expect(lists).toEqual(expect.arrayContaining(['/:lang/pledges/', '/:lang/pledges/largest/', '/:lang/pledges/status/:status/', '/:lang/pledgers/', '/:lang/pledgers/:id/', '/:lang/countries/:country/']));
    expect(lists.every((list) => list.startsWith('/:lang/') && list.endsWith('/'))).toBe(true);
  });

  it('send /{lang}/…/page/1/ to the list, and leave other pages and other languages alone', () => {
    const rules = firstPageRedirects();
    expect(findRedirect('/fr/pledgers/northwind-fibre-collective/page/1/', rules)?.to).toBe('/fr/pledgers/northwind-fibre-collective/');
    expect(findRedirect('/ar/pledges/page/1/', rules)?.to).toBe('/ar/pledges/');
    expect(findRedirect('/en/pledges/status/in-progress/page/1/', rules)?.to).toBe('/en/pledges/status/in-progress/');
    expect(findRedirect('/en/pledges/page/2/', rules)).toBeUndefined();
    expect(findRedirect('/de/pledges/page/1/', rules)).toBeUndefined();
    expect(findRedirect('/en/documents/page/1/', rules)).toBeUndefined();
  });
});

describe('redirects of former ids (formerIds)', () => {
  const rules = formerIdRedirects(renamed);
  const to = (from: string) => findRedirect(from, rules)?.to;

  it('move a renamed pledger\'s page in each language, its feeds and its list of pledges', () => {
    expect(to('/en/pledgers/national-telecom-authority/')).toBe('/en/pledgers/example-telecom-authority/');
    expect(to('/ar/pledgers/national-telecom-authority/')).toBe('/ar/pledgers/example-telecom-authority/');
    expect(to('/fr/pledgers/national-telecom-authority/feed.xml')).toBe('/fr/pledgers/example-telecom-authority/feed.xml');
    expect(to('/data/lists/pledger/national-telecom-authority.csv')).toBe('/data/lists/pledger/example-telecom-authority.csv');
  });

  it('move a pledge\'s pages and its JSON record, and a document\'s pages', () => {
    expect(to('/fr/pledges/ill-001-old/')).toBe('/fr/pledges/ill-001/');
    expect(to('/data/pledges/ill-001-old.json')).toBe('/data/pledges/ill-001.json');
    expect(to('/en/documents/council-23-report/')).toBe('/en/documents/council-2023-report/');
  });

  it('are permanent (301), exact, and say why', () => {
    expect(rules.every((rule) => rule.status === 301 && !rule.from.includes(':'))).toBe(true);
    expect(rules.find((rule) => rule.from === '/en/pledgers/national-telecom-authority/')?.reason).toBe('organisation national-telecom-authority is now example-telecom-authority');
  });

  it('refuse a former id that is a current id, or that two entries claim, naming them', () => {
    expect(() => formerIdRedirects({ ...renamed, organisations: [{ id: 'a', formerIds: ['other'] }, { id: 'other', formerIds: [] }] })).toThrow(/organisation "a": former id "other" is the id of a current organisation/);
    expect(() => formerIdRedirects({ ...renamed, pledges: [{ id: 'p1', formerIds: ['x'] }, { id: 'p2', formerIds: ['x'] }] })).toThrow(/pledge "p2": former id "x" is also a former id of "p1"/);
  });
});

describe('the generated redirect files', () => {
  const rules: RedirectRule[] = siteRedirects(renamed);

  it('_redirects: exact lines first, then one line per language for each list, then Netlify\'s language and 404 lines', () => {
    const text = redirectsFile(rules, ['fr']);
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toBe('/ar/documents/council-23-report/ /ar/documents/council-2023-report/ 301');
    expect(lines).toContain('/fr/pledgers/:id/page/1/ /fr/pledgers/:id/ 301');
    expect(lines).toContain('/ /ar/ 302! Language=ar');
    expect(lines).toContain('/fr/* /fr/404/ 404');
    expect(lines).not.toContain('/en/* /en/404/ 404');
    // Every line that Cloudflare Pages reads has three fields (from, to, status).
    const threeFields = lines.filter((line) => !line.includes('Language=') && !line.endsWith(' 404'));
    expect(threeFields.every((line) => line.split(' ').length === 3)).toBe(true);
    expect(text.indexOf('/ar/documents/council-23-report/')).toBeLessThan(text.indexOf('/page/1/'));
  });

  it('nginx: an exact location per former address', () => {
    const text = nginxRedirects(rules);
    expect(text).toContain('location = /en/pledgers/national-telecom-authority/ { return 301 /en/pledgers/example-telecom-authority/; }');
    expect(text).not.toContain('page/1');
    expect(() => nginxRedirects([{ from: '/a b/', to: '/c/', status: 301, reason: 'x' }])).toThrow(/nginx cannot take/);
  });
});
