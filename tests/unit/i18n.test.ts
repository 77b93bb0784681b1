import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/ui/en.ts';
import { fr } from '../../src/i18n/ui/fr.ts';
import { ar } from '../../src/i18n/ui/ar.ts';
import { autonym, localeDir, locales } from '../../src/i18n/locales.ts';
import { translate } from '../../src/i18n/translate.ts';
import { countryName, formatDate, formatMoney, formatNumber, formatPercent } from '../../src/i18n/format.ts';
import { pickText, textAttrs } from '../../src/i18n/pickText.ts';
import { localePath, pagePath, switchLocale } from '../../src/i18n/paths.ts';

describe('languages', () => {
  it('takes the writing direction from Intl.Locale: Arabic right-to-left, English and French left-to-right', () => {
    expect(locales.map(localeDir)).toEqual(['ltr', 'ltr', 'rtl']);
    expect(localeDir('he')).toBe('rtl');
  });

  it('names each language in itself', () => {
    expect(locales.map(autonym)).toEqual(['English', 'Français', 'العربية']);
  });
});

describe('UI strings', () => {
  it('has every English key in French and Arabic, with the same placeholders', () => {
    const placeholders = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [name, strings] of [['fr', fr], ['ar', ar]] as const) {
      expect(Object.keys(strings).sort(), name).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(new Set(placeholders(strings[key])), `${name} ${key}`).toEqual(new Set(placeholders(en[key])));
      }
    }
  });

  it('fills placeholders with numbers in the language’s digits and grouping', () => {
    expect(translate('fr', 'figures.valued', { valued: 1200, count: 40000 })).toBe('valeur indiquée pour 1\u202f200 des 40\u202f000 promesses');
    expect(translate('ar', 'pagination.of', { page: 2, pages: 12 })).toBe('الصفحة 2 من 12');
  });

  it('chooses plural forms with Intl.PluralRules, including the Arabic dual', () => {
    expect(translate('en', 'pledge.count', { count: 1 })).toBe('1 pledge');
    expect(translate('en', 'pledge.count', { count: 3 })).toBe('3 pledges');
    expect(translate('ar', 'pledge.count', { count: 2 })).toBe('تعهدان');
    expect(translate('ar', 'pledge.count', { count: 5 })).toBe('5 تعهدات');
    expect(translate('ar', 'pledge.count', { count: 11 })).toBe('11 تعهداً');
  });
});

describe('formatting', () => {
  it('writes Arabic numbers, money and dates with Latin digits', () => {
    for (const text of [formatNumber(1234567, 'ar'), formatMoney(2500000, 'USD', 'ar'), formatDate('2022-06-16', 'ar'), formatPercent(0.31, 'ar')]) {
      expect(text).not.toMatch(/[\u0660-\u0669]/);
      expect(text).toMatch(/[0-9]/);
    }
    expect(formatDate('2022-06-16', 'ar')).toBe('16 يونيو 2022');
    expect(formatDate('2022-06-16', 'fr', 'month')).toBe('juin 2022');
  });

  it('names countries with Intl, and with the UN name where the reference data gives one', () => {
    expect(countryName({ alpha2: 'KE' }, 'fr')).toBe('Kenya');
    expect(countryName({ alpha2: 'PS', label: { en: 'State of Palestine', fr: 'État de Palestine', ar: 'دولة فلسطين' } }, 'ar')).toBe('دولة فلسطين');
  });
});

describe('text in the reader’s language', () => {
  it('uses the reader’s language when the text exists in it', () => {
    expect(pickText({ en: 'Title', fr: 'Titre' }, 'fr', 'en')).toEqual({ text: 'Titre', lang: 'fr', fallback: false });
  });

  it('falls back to the original language and marks it with lang and dir', () => {
    const picked = pickText({ fr: 'Titre' }, 'ar', 'fr');
    expect(picked).toEqual({ text: 'Titre', lang: 'fr', fallback: true });
    expect(textAttrs(picked)).toEqual({ lang: 'fr', dir: 'ltr' });
  });
});

describe('addresses', () => {
  it('builds permanent paths with a trailing slash and switches language in place', () => {
    expect(localePath('ar', 'countries', 'ken')).toBe('/ar/countries/ken/');
    expect(switchLocale('/en/pledges/ill-001/', 'fr')).toBe('/fr/pledges/ill-001/');
    expect(pagePath('/en/pledges/', 1)).toBe('/en/pledges/');
    expect(pagePath('/en/pledges/', 3)).toBe('/en/pledges/page/3/');
  });
});
