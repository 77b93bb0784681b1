import { z } from 'zod';
import { localeSchema } from './common.ts';

/**
 * Which version of its source a translation was made from: a short hash
 * (8 characters 0-9 a-f) of the source text, written by
 * `npm run translations -- --mark FILE`. Absent: not recorded.
 */
export const sourceVersionSchema = z
  .string()
  .regex(/^[0-9a-f]{8}$/, 'a source version as `npm run translations -- --mark FILE` writes it (8 characters 0-9 a-f, in quotes)');

/** Per language of a translation: the version of the source it was made from. */
export const sourceVersionsSchema = z.partialRecord(localeSchema, sourceVersionSchema);

export type SourceVersions = z.infer<typeof sourceVersionsSchema>;
