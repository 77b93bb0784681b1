import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../src/search/excerpt.ts';
import { planQuery } from '../../../src/search/queryVariants.ts';
import { contentWithKeys, searchKeys, visibleText } from '../../../src/search/searchKeys.ts';
import { foldLatin, withoutElision } from '../../../src/search/normalize/latinWords.ts';
import { words } from '../../../src/search/normalize/tokenize.ts';
import { htmlToText } from '../../../src/search/records/htmlText.ts';

describe('French and English words', () => {
  it('fold accents and case ("resolution" meets "Résolution")', () => {
    expect(foldLatin('Résolution')).toBe('resolution');
    expect(foldLatin('Œuvre')).toBe('oeuvre');
  });
  it('lose an elided article or pronoun, and an English possessive', () => {
    expect(withoutElision('l’autonomisation')).toBe('autonomisation');
    expect(withoutElision("d'intérêt")).toBe('intérêt');
    expect(withoutElision('jusqu’au')).toBe('au');
    expect(withoutElision('ITU’s')).toBe('ITU');
    expect(withoutElision('local')).toBeUndefined();
  });
});

describe('words', () => {
  it('keep ids, symbols and decimals whole, and split Arabic from Latin letters', () => {
    expect(words('ill-012, BDT/DIR/110 and 2.9 billion; وNawaris')).toEqual(['ill-012', 'BDT/DIR/110', 'and', '2.9', 'billion', 'و', 'Nawaris']);
  });
});

describe('search keys', () => {
  it('hold the forms Pagefind would not find, never the words as written', () => {
    const keys = searchKeys(['والتنمية في البلدان، l’autonomisation et la Résolution']);
    expect(keys).toEqual(expect.arrayContaining(['تنميه', 'بلدان', 'بلد', 'autonomisation']));
    expect(keys).not.toContain('résolution');
    expect(keys).not.toContain('resolution');
  });
  it('are cut off the visible text', () => {
    const content = contentWithKeys('تقارير التنمية');
    expect(content).not.toBe('تقارير التنمية');
    expect(visibleText(content)).toBe('تقارير التنمية');
    expect(visibleText('no keys here')).toBe('no keys here');
  });
});

describe('query plan', () => {
  it('searches an Arabic query as typed and in its canonical form', () => {
    expect(planQuery('وبالتقارير').searches.map((s) => s.term)).toEqual(['وبالتقارير', 'تقرير']);
    expect(planQuery('التَّنْمِيَة').searches.map((s) => s.term)).toEqual(['التنميه', 'تنميه']);
  });
  it('runs one search when every word is already canonical', () => {
    expect(planQuery('Senegal').searches).toEqual([{ term: 'Senegal', weight: 1, broadest: true }]);
    expect(planQuery('Résolution 88').searches).toHaveLength(1);
    expect(planQuery('ill-012').searches.map((s) => s.term)).toEqual(['ill-012']);
  });
  it('drops lone one-letter Arabic words and reads nothing from an empty query', () => {
    expect(planQuery('بلدان و مشاريع').searches.map((s) => s.term)).toEqual(['بلدان مشاريع', 'بلد مشروع']);
    expect(planQuery('   ').searches).toEqual([]);
  });
  it('keeps a quoted phrase as one exact search', () => {
    expect(planQuery('"digital skills"').searches).toEqual([{ term: '"digital skills"', weight: 1, broadest: true }]);
  });
});

describe('excerpts', () => {
  const text = 'The pledge trains 5,000 women in Jordan and Lebanon. Pledger: جمعية نوارس للتمكين الرقمي. Countries: Jordan, Lebanon.';
  it('mark the matched words and start near the first match', () => {
    const runs = buildExcerpt(text, planQuery('women').highlight, 'ltr', 6);
    const flat = runs.flatMap((r) => r.pieces);
    expect(flat.filter((p) => p.mark).map((p) => p.text)).toEqual(['women']);
    expect(flat.map((p) => p.text).join('')).toMatch(/women/);
  });
  it('isolate runs written in the other direction (Arabic in English, Latin in Arabic)', () => {
    const runs = buildExcerpt(text, planQuery('نوارس').highlight, 'ltr');
    const isolated = runs.filter((r) => r.isolate).map((r) => r.pieces.map((p) => p.text).join(''));
    expect(isolated).toEqual(['جمعية نوارس للتمكين الرقمي']);
    expect(runs.flatMap((r) => r.pieces).filter((p) => p.mark).map((p) => p.text)).toEqual(['نوارس']);
    const arabic = buildExcerpt('رمز ISO 3166-1: SEN، SN، 686. الجهة: Collectif Dunes et Données.', [], 'rtl');
    expect(arabic.filter((r) => r.isolate).map((r) => r.pieces.map((p) => p.text).join(''))).toEqual(['ISO 3166-1: SEN، SN', 'Collectif Dunes et Données']);
  });
  it('highlight every spelling the search found: clitics, plural, accents', () => {
    const marked = (sample: string, query: string, dir: 'ltr' | 'rtl') =>
      buildExcerpt(sample, planQuery(query).highlight, dir).flatMap((r) => r.pieces).filter((p) => p.mark).map((p) => p.text);
    expect(marked('قدمت التقارير والتقرير الأخير', 'تقرير', 'rtl')).toEqual(['التقارير', 'والتقرير']);
    expect(marked('La Résolution 88 et les résolutions', 'resolution', 'ltr')).toEqual(['Résolution', 'résolutions']);
  });
  it('show the beginning of the text when only a search key matched', () => {
    expect(buildExcerpt('one two three', ['zzz'], 'ltr', 2).flatMap((r) => r.pieces).map((p) => p.text).join('')).toBe('one two …');
  });
});

describe('document bodies as plain text', () => {
  it('drop tags and footnote reference numbers, keep the text and decode references', () => {
    const html = '<div class="para"><a class="para-num">a)</a><p>ITU&#39;s role in developing countries<sup><a href="#fn-1" data-footnote-ref>1</a></sup> &amp; more</p></div><h3>noting</h3>';
    expect(htmlToText(html)).toBe("a) ITU's role in developing countries & more noting");
  });
});
