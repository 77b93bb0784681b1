import { z } from 'zod';
import { idSchema, labelsSchema } from './common.ts';
import { sourceVersionsSchema } from './translationStatus.ts';

/** A pillar ("key pillar to address") of a focus area. */
export const pillarSchema = z.strictObject({
  /** Stable id, unique across all focus areas. */
  id: idSchema,
  /** Name in each language. */
  label: labelsSchema,
  /** What the pillar covers, in each language. */
  description: labelsSchema.optional(),
  /** False while the pillar is not confirmed by an ITU source; shown "to be verified". */
  confirmed: z.boolean(),
  /** Where the pillar is named. */
  source: z.string().min(1),
});

/** One of the coalition's four focus areas. */
export const focusAreaSchema = z.strictObject({
  /** Stable id, part of the focus area's address. */
  id: idSchema,
  /** Position in the framework, 1 to 4. */
  number: z.number().int().min(1).max(4),
  /** Per translated language (fr, ar): the version of the English texts it was made from; absent = not recorded. */
  sourceVersions: sourceVersionsSchema.optional(),
  /** Short name (Access, Adoption …). */
  shortName: labelsSchema,
  /** Official full name (Connecting people everywhere …). */
  name: labelsSchema,
  /** What the area is about, in our words. */
  description: labelsSchema,
  /** Its pillars. */
  pillars: z.array(pillarSchema),
});

export type FocusArea = z.infer<typeof focusAreaSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
