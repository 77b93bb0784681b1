import { describe, expect, it } from 'vitest';
import { effectiveSort, parseSearchState, serializeSearchState, type KnownValues } from '../../../src/search/searchState.ts';
import { searchUrl } from '../../../src/search/searchUrl.ts';

const known: KnownValues = {
  type: new Set(['pledge', 'document']),
  focus: new Set(['access', 'adoption']),
  status: new Set(['completed']),
  country: new Set(['SEN', 'JOR']),
  year: new Set(['2023']),
};

describe('search state in the address', () => {
  it('reads the query, known filters and the order', () => {
    expect(parseSearchState('?q=fibre+optique&focus=access&status=completed&sort=value', known)).toEqual({
      q: 'fibre optique',
      filters: { focus: 'access', status: 'completed' },
      sort: 'value',
    });
  });
  it('drops unknown filter values and orders without error', () => {
    expect(parseSearchState('?focus=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&status=nope&sort=evil&zzz=1', known)).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });
  it('keeps markup in a query as plain text (it is never parsed as HTML)', () => {
    expect(parseSearchState('?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E', known).q).toBe('<img src=x onerror=alert(1)>');
  });
  it('takes the first known value of a repeated parameter and country codes in any case', () => {
    expect(parseSearchState('?focus=unknown&focus=adoption&focus=access&country=sen', known).filters).toEqual({ focus: 'adoption', country: 'SEN' });
  });
  it('caps a very long query', () => {
    expect(parseSearchState(`?q=${'a'.repeat(500)}`, known).q).toHaveLength(200);
  });
  it('writes a state back in a stable order, defaults left out', () => {
    const text = serializeSearchState({ q: 'السنغال', filters: { status: 'completed', focus: 'access' }, sort: 'relevance' });
    expect(text).toBe('?q=%D8%A7%D9%84%D8%B3%D9%86%D8%BA%D8%A7%D9%84&focus=access&status=completed');
    expect(parseSearchState(text, known)).toEqual({ q: 'السنغال', filters: { focus: 'access', status: 'completed' }, sort: 'relevance' });
    expect(serializeSearchState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('lists newest first when there is no query to rank by', () => {
    expect(effectiveSort({ q: '', filters: {}, sort: 'relevance' })).toBe('date');
    expect(effectiveSort({ q: 'x', filters: {}, sort: 'relevance' })).toBe('relevance');
    expect(effectiveSort({ q: '', filters: {}, sort: 'value' })).toBe('value');
  });
});

describe('preset links to the search page', () => {
  it('build the address of the language with the filters chosen', () => {
    expect(searchUrl('fr', { focus: 'access', group: 'ldc' })).toBe('/fr/search/?focus=access&group=ldc');
    expect(searchUrl('ar', { country: 'sen', type: 'pledge' })).toBe('/ar/search/?type=pledge&country=SEN');
    expect(searchUrl('en')).toBe('/en/search/');
    expect(searchUrl('en', { type: 'pledge', sort: 'value' })).toBe('/en/search/?type=pledge&sort=value');
  });
});
