import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/ui/en.ts';
import { fr } from '../../src/i18n/ui/fr.ts';
import { ar } from '../../src/i18n/ui/ar.ts';
import { intlLocale, locales, type Locale } from '../../src/i18n/locales.ts';
import { translate } from '../../src/i18n/translate.ts';
import type { UiKey } from '../../src/i18n/uiTypes.ts';

const dictionaries = { en, fr, ar } as Record<Locale, Record<string, unknown>>;
const pluralKeys = (Object.keys(en) as UiKey[]).filter((key) => typeof en[key] === 'object');
const counts = [0, 1, 2, 3, 11, 100];

describe('counted phrases agree with their number, through Intl.PluralRules', () => {
  it('give every plural category each language uses, for every counted phrase', () => {
    expect(pluralKeys.length).toBeGreaterThanOrEqual(7);
    for (const locale of locales) {
      const categories = new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories;
      for (const key of pluralKeys) {
        const forms = dictionaries[locale][key] as Record<string, string>;
        // French "many" is for round millions ("1 000 000 de promesses"): its nouns are those of "other", the fallback.
        for (const category of categories.filter((c) => !(locale === 'fr' && c === 'many'))) expect(forms[category], `${locale} ${key} ${category}`).toBeTypeOf('string');
      }
    }
  });

  it('in English: 1 pledge, 0 and 2 pledges; 1 row', () => {
    expect(counts.map((count) => translate('en', 'pledge.count', { count }))).toEqual(['0 pledges', '1 pledge', '2 pledges', '3 pledges', '11 pledges', '100 pledges']);
    expect(translate('en', 'pledge.downloadCsv', { count: 1 })).toBe('Download this list (CSV, 1 row)');
    expect(translate('en', 'figures.valued', { valued: 1, count: 1 })).toBe('a value is stated for 1 of 1 pledge');
  });

  it('in French: 0 and 1 take the singular', () => {
    expect(counts.map((count) => translate('fr', 'pledge.count', { count }))).toEqual(['0 promesse', '1 promesse', '2 promesses', '3 promesses', '11 promesses', '100 promesses']);
    expect(translate('fr', 'pledge.downloadCsv', { count: 1 })).toBe('Télécharger cette liste (CSV, 1 ligne)');
    expect(translate('fr', 'figures.valued', { valued: 1, count: 1 })).toBe('valeur indiquée pour 1 promesse sur 1');
  });

  it('in Arabic: the six categories (dual, 3–10 plural, 11–99 accusative singular, hundreds singular)', () => {
    expect(counts.map((count) => translate('ar', 'pledge.count', { count }))).toEqual(['لا تعهدات', 'تعهد واحد', 'تعهدان', '3 تعهدات', '11 تعهداً', '100 تعهد']);
    expect(counts.map((count) => translate('ar', 'pledge.downloadCsv', { count }))).toEqual([
      'تنزيل هذه القائمة (CSV، بلا أسطر)', 'تنزيل هذه القائمة (CSV، سطر واحد)', 'تنزيل هذه القائمة (CSV، سطران)',
      'تنزيل هذه القائمة (CSV، 3 أسطر)', 'تنزيل هذه القائمة (CSV، 11 سطراً)', 'تنزيل هذه القائمة (CSV، 100 سطر)',
    ]);
    expect(translate('ar', 'figures.pledges', { count: 5 })).toBe('تعهدات');
    expect(translate('ar', 'figures.pledges', { count: 40 })).toBe('تعهداً');
  });
});

describe('chart descriptions agree with their numbers', () => {
  it('say one pledge in one month, not “1 pledges … from February 2024 to February 2024”', () => {
    expect(translate('en', 'charts.time.descSubjectMonth', { count: 1, first: 'February 2024' })).toBe('One pledge of this directory, announced in February 2024.');
    expect(translate('fr', 'charts.time.descSubjectMonth', { count: 1, first: 'février 2024' })).toBe('Une promesse de ce répertoire, annoncée en février 2024.');
    expect(translate('ar', 'charts.time.descSubjectMonth', { count: 2, first: 'فبراير 2024' })).toBe('تعهدان من تعهدات هذا الدليل، أُعلنا في فبراير 2024.');
  });

  it('count the stale pledges in a sentence of their own', () => {
    expect(translate('en', 'charts.status.descStale', { count: 1 })).toBe('One open pledge has had no progress report for two years.');
    expect(translate('fr', 'charts.status.descStale', { count: 1 })).toBe('1 promesse en cours n’a fait l’objet d’aucun rapport d’avancement depuis deux ans.');
    expect(translate('en', 'charts.status.desc', { top: 'In progress', part: 1, count: 2 })).toBe('The most common status is “In progress” (1 of 2 pledges).');
    expect(translate('ar', 'charts.status.desc', { top: 'جارٍ', part: 1, count: 2 })).toBe('الحالة الأكثر شيوعاً هي «جارٍ» (1 من أصل تعهدين).');
  });
});
