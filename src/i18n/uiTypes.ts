import type { en } from './ui/en.ts';

/** Forms of a string that varies with a number (Intl.PluralRules categories; `other` required). */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A key of the UI strings. */
export type UiKey = keyof typeof en;

/**
 * The shape every locale's strings must have: the keys of the English file,
 * each a string, or plural forms where English has them. A key missing in
 * `fr.ts` or `ar.ts` is a type error that fails `npm run check`.
 */
export type UiStrings = { readonly [K in UiKey]: (typeof en)[K] extends string ? string : PluralForms };
