import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/i18n/locales.ts';
import { useBrowserSession } from '../../support/browser.ts';
import { allResultUrls, openSearch, resultUrls } from './searchSession.ts';

/**
 * Queries a journalist types, with the page that must be among the first three results, in each
 * language; each row names the rule it checks.
 */
const topThree: Record<Locale, [rule: string, query: string, expected: string][]> = {
  en: [
    ['country name', 'Senegal', '/en/countries/sen/'],
    ['country name', 'Jordan', '/en/countries/jor/'],
    ['pledge id', 'ill-012', '/en/pledges/ill-012/'],
    ['document symbol', 'BDT/DIR/110', '/en/documents/bdt-dir-110/'],
    ['document symbol', 'Resolution 88', '/en/documents/resolution-88/'],
    ['pledger, Latin form', 'Nawaris', '/en/pledgers/nawaris-digital-empowerment-association/'],
    ['pledger, Arabic script', 'نوارس', '/en/pledgers/nawaris-digital-empowerment-association/'],
    ['words of a summary', 'refugee women', '/en/pledges/ill-006/'],
    ['plural finds singular (stemming)', 'libraries', '/en/pledges/ill-012/'],
    ['country group', 'least developed countries', '/en/groups/ldc/'],
    ['country group', 'small island developing States', '/en/groups/sids/'],
    ['document title', 'WSIS Forum 2021', '/en/documents/wsis-forum-2021-invitation/'],
    ['pledger name words', 'satellite broadband', '/en/pledges/ill-016/'],
    ['pledge in Arabic only, found by its country', 'Oman', '/en/countries/omn/'],
    ['two countries', 'Comoros libraries', '/en/pledges/ill-012/'],
    ['focus area', 'Access', '/en/focus-areas/access/'],
  ],
  fr: [
    ['country name', 'Sénégal', '/fr/countries/sen/'],
    ['French without accents', 'Senegal', '/fr/countries/sen/'],
    ['country name', 'Jordanie', '/fr/countries/jor/'],
    ['pledge id', 'ill-012', '/fr/pledges/ill-012/'],
    ['document symbol', 'BDT/DIR/110', '/fr/documents/bdt-dir-110/'],
    ['document symbol', 'Résolution 88', '/fr/documents/resolution-88/'],
    ['French without accents', 'resolution', '/fr/documents/resolution-88/'],
    ['French without accents', 'bibliotheques numeriques', '/fr/pledges/ill-012/'],
    ['French without accents', 'competences numeriques', '/fr/pledges/ill-006/'],
    ['elided article (l’autonomisation)', 'autonomisation', '/fr/pledgers/nawaris-digital-empowerment-association/'],
    ['pledger, Latin form', 'Nawaris', '/fr/pledgers/nawaris-digital-empowerment-association/'],
    ['pledger, Arabic script', 'نوارس', '/fr/pledgers/nawaris-digital-empowerment-association/'],
    ['country group without accents', 'pays les moins avances', '/fr/groups/ldc/'],
    ['country group', 'etats insulaires', '/fr/groups/sids/'],
    ['pledge in Arabic only, found by its country', 'Oman', '/fr/countries/omn/'],
    ['country name', 'Inde', '/fr/countries/ind/'],
  ],
  ar: [
    ['country name', 'السنغال', '/ar/countries/sen/'],
    ['name without its article', 'سنغال', '/ar/countries/sen/'],
    ['country name', 'الأردن', '/ar/countries/jor/'],
    ['pledge id', 'ill-012', '/ar/pledges/ill-012/'],
    ['document symbol (Latin)', 'BDT/DIR/110', '/ar/documents/bdt-dir-110/'],
    ['document symbol (Latin)', 'Resolution 88', '/ar/documents/resolution-88/'],
    ['document symbol (Arabic)', 'القرار 88', '/ar/documents/resolution-88/'],
    ['pledger, Arabic script', 'نوارس', '/ar/pledgers/nawaris-digital-empowerment-association/'],
    ['pledger, Latin form', 'Nawaris', '/ar/pledgers/nawaris-digital-empowerment-association/'],
    ['singular finds a broken plural (وزراء only)', 'وزير', '/ar/documents/p2c-segment-concept-note/'],
    ['singular finds a broken plural (موارد only)', 'مورد', '/ar/documents/bdt-dir-110/'],
    ['singular finds a broken plural (مبادئ only)', 'مبدأ', '/ar/documents/p2c-segment-concept-note/'],
    ['taa marbuta', 'مكتبة', '/ar/pledges/ill-012/'],
    ['haa for taa marbuta', 'مكتبه', '/ar/pledges/ill-012/'],
    ['country group', 'أقل البلدان نموا', '/ar/groups/ldc/'],
    ['clitics before the article', 'وبالشراكة', '/ar/documents/bdt-dir-110/'],
    ['pledge without Arabic, found by its countries', 'الهند سريلانكا', '/ar/pledges/ill-017/'],
    ['words of a summary', 'المهارات الرقمية', '/ar/pledges/ill-006/'],
  ],
};

/** Queries that must give the same results as another spelling of them. */
const sameResults: Record<Locale, [rule: string, query: string, plain: string][]> = {
  en: [['script of a pledger’s name', 'نوارس', 'Nawaris']],
  fr: [['script of a pledger’s name', 'نوارس', 'Nawaris'], ['accents', 'senegal', 'Sénégal']],
  ar: [
    ['script of a pledger’s name', 'نوارس', 'Nawaris'],
    ['diacritics', 'التَّنْمِيَةُ', 'التنمية'],
    ['alef with hamza', 'الأعضاء', 'الاعضاء'],
    ['alef with madda and hamza below', 'إطار', 'اطار'],
    ['taa marbuta / haa', 'المدرسه', 'المدرسة'],
    ['alef maqsura / yaa', 'مستوى', 'مستوي'],
    ['tatweel', 'التـنـمـيـة', 'التنمية'],
    ['article', 'السنغال', 'سنغال'],
  ],
};

const session = useBrowserSession();

for (const lang of ['en', 'fr', 'ar'] as const) {
  describe(`search in ${lang}: the expected page is among the first three results`, () => {
    it('has at least 15 such queries', () => {
      expect(topThree[lang].length).toBeGreaterThanOrEqual(15);
    });
    for (const [rule, query, expected] of topThree[lang]) {
      it(`${rule}: “${query}” finds ${expected}`, async () => {
        await openSearch(session.page, session.origin, lang, `?q=${encodeURIComponent(query)}`);
        const urls = await resultUrls(session.page);
        expect(urls.slice(0, 3), `first results for “${query}”: ${urls.slice(0, 5).join(' ')}`).toContain(expected);
      });
    }
  });

  describe(`search in ${lang}: spelling variants find the same pages`, () => {
    for (const [rule, query, plain] of sameResults[lang]) {
      it(`${rule}: “${query}” finds what “${plain}” finds`, async () => {
        await openSearch(session.page, session.origin, lang, `?q=${encodeURIComponent(plain)}`);
        const expected = await allResultUrls(session.page);
        expect(expected.length).toBeGreaterThan(0);
        await openSearch(session.page, session.origin, lang, `?q=${encodeURIComponent(query)}`);
        expect(new Set(await allResultUrls(session.page))).toEqual(new Set(expected));
      });
    }
  });
}

describe('ids, symbols and pledgers on every site', () => {
  for (const lang of ['en', 'fr', 'ar'] as const) {
    it(`a pledge id and a document symbol rank their own page first in ${lang}`, async () => {
      for (const [query, page] of [['ill-012', `/${lang}/pledges/ill-012/`], ['ill-031', `/${lang}/pledges/ill-031/`], ['BDT/DIR/110', `/${lang}/documents/bdt-dir-110/`], ['Resolution 88', `/${lang}/documents/resolution-88/`]] as const) {
        await openSearch(session.page, session.origin, lang, `?q=${encodeURIComponent(query)}`);
        expect((await resultUrls(session.page))[0], query).toBe(page);
      }
    });
    it(`“Nawaris” and “نوارس” find the pledger and its pledges in ${lang}`, async () => {
      await openSearch(session.page, session.origin, lang, '?q=Nawaris');
      const urls = await allResultUrls(session.page);
      expect(urls).toEqual(expect.arrayContaining([`/${lang}/pledgers/nawaris-digital-empowerment-association/`, `/${lang}/pledges/ill-006/`, `/${lang}/pledges/ill-026/`]));
    });
  }
  it('a pledge written in Arabic only is found from the English and French sites by its country, and one without Arabic from the Arabic site', async () => {
    for (const [lang, query, pledge] of [['en', 'Oman', '/en/pledges/ill-005/'], ['fr', 'Oman', '/fr/pledges/ill-005/'], ['ar', 'الهند', '/ar/pledges/ill-017/'], ['ar', 'سريلانكا', '/ar/pledges/ill-017/']] as const) {
      await openSearch(session.page, session.origin, lang, `?q=${encodeURIComponent(query)}`);
      expect(await allResultUrls(session.page), `${lang} ${query}`).toContain(pledge);
    }
  });
});
