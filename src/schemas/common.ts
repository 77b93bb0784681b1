import { z } from 'zod';
import { locales } from '../i18n/locales.ts';

/** A language of the site: `en`, `fr` or `ar`. */
export const localeSchema = z.enum(locales);

/** An ASCII id, lower case, words joined by hyphens; part of permanent addresses. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an ASCII id in lower case, words joined by "-" (e.g. "my-id-2")');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted too). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'a real calendar date'),
);

/** Text given in one or more of the site's languages. */
export const localizedTextSchema = z.strictObject({
  en: z.string().trim().min(1).optional(),
  fr: z.string().trim().min(1).optional(),
  ar: z.string().trim().min(1).optional(),
});

/** Text required in all three languages (labels of controlled vocabularies). */
export const labelsSchema = z.strictObject({
  en: z.string().trim().min(1),
  fr: z.string().trim().min(1),
  ar: z.string().trim().min(1),
});

/** An absolute http(s) address. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'an absolute http:// or https:// address' });

/** Text in up to three languages. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** Text in all three languages. */
export type Labels = z.infer<typeof labelsSchema>;
