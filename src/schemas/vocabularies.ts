import { z } from 'zod';

/** Kind of commitment a pledge makes (the categories ITU counts by). */
export const pledgeTypeSchema = z.enum(['programmatic', 'advocacy', 'policy', 'other']);

/** Where a pledge stands; its dated updates tell how it got there. */
export const pledgeStatusSchema = z.enum(['announced', 'in-progress', 'completed', 'discontinued']);

/** The stakeholder group a pledger belongs to. */
export const stakeholderGroupSchema = z.enum([
  'government',
  'private-sector',
  'academia',
  'civil-society',
  'international-organization',
  'other',
]);

/** The kinds of document the library holds. */
export const documentTypeIdSchema = z.enum(['circular', 'resolution', 'concept-note', 'report']);

export type PledgeType = z.infer<typeof pledgeTypeSchema>;
export type PledgeStatus = z.infer<typeof pledgeStatusSchema>;
export type StakeholderGroup = z.infer<typeof stakeholderGroupSchema>;
export type DocumentTypeId = z.infer<typeof documentTypeIdSchema>;
