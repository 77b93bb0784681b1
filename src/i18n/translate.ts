import { en } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { ar } from './ui/ar.ts';
import { intlLocale, type Locale } from './locales.ts';
import type { PluralForms, UiKey, UiStrings } from './uiTypes.ts';

const dictionaries: Record<Locale, UiStrings> = { en, fr, ar };

/** Values put into a string's `{name}` placeholders. */
export type Params = Record<string, string | number>;

// Intl objects are costly to create and are reused: one per language.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format;
}

function pluralRule(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  return rules;
}

function fill(template: string, params: Params | undefined, locale: Locale): string {
  if (!params || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/**
 * The UI string `key` in `locale`, with `{placeholders}` filled in.
 * Plural strings choose their form from `params.count` with Intl.PluralRules.
 */
export function translate(locale: Locale, key: UiKey, params?: Params): string {
  const entry = dictionaries[locale][key];
  if (typeof entry === 'string') return fill(entry, params, locale);
  const count = Number(params?.count ?? 0);
  const rule = pluralRule(locale).select(count) as keyof PluralForms;
  const forms = entry as PluralForms;
  return fill(forms[rule] ?? forms.other, params, locale);
}

/** A translator bound to one language: `const t = useTranslations('fr'); t('nav.home')`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, params?: Params): string => translate(locale, key, params);
}
