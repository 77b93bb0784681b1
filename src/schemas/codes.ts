import { z } from 'zod';

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code known to Intl (USD, EUR, XOF …). */
export const currencySchema = z
  .string()
  .refine((code) => currencies.has(code), 'an ISO 4217 currency code in capitals (e.g. USD, EUR, XOF)');

/** An ISO 3166-1 alpha-3 country code; the countries list decides which exist. */
export const alpha3Schema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 country code in capitals (e.g. KEN)');

/** A Sustainable Development Goal number. */
export const sdgNumberSchema = z.number().int().min(1, 'an SDG number from 1 to 17').max(17, 'an SDG number from 1 to 17');

/** A WSIS action line code. */
export const wsisCodeSchema = z.string().regex(/^C(?:[1-9]|1[01])$/, 'a WSIS action line code C1 … C11');

/** A calendar year in the range pledges use. */
export const yearSchema = z.number().int('a whole year such as 2024').min(2000, 'a year from 2000').max(2100, 'a year up to 2100');
