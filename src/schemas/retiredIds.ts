import { z } from 'zod';
import { idSchema } from './common.ts';

/** Ids that were once published and must never be given to another entry. */
export const retiredIdsSchema = z.strictObject({
  /** Ids of pledges removed from the registry. */
  pledges: z.array(idSchema).default([]),
  /** Ids of organisations removed from the registry. */
  organisations: z.array(idSchema).default([]),
  /** Ids of documents removed from the library. */
  documents: z.array(idSchema).default([]),
});

export type RetiredIds = z.infer<typeof retiredIdsSchema>;
