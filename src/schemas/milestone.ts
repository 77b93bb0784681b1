import { z } from 'zod';
import { isoDateSchema, labelsSchema, urlSchema } from './common.ts';

/** A published figure: exact, a lower bound ("360+") or an approximation ("~30"). */
export const reportedFigureSchema = z.strictObject({
  /** The number as published. */
  value: z.number().nonnegative(),
  /** How the number was qualified. */
  qualifier: z.enum(['exact', 'at-least', 'about']).default('exact'),
});

/** One official count of the coalition's pledges, with its source. */
export const milestoneSchema = z.strictObject({
  /** Day (or first day of the month) the count refers to. */
  date: isoDateSchema,
  /** Whether the day or only the month is known. */
  datePrecision: z.enum(['day', 'month']).default('day'),
  /** Occasion of the count, per language. */
  occasion: labelsSchema,
  /** Number of pledges. */
  pledges: reportedFigureSchema.optional(),
  /** Number of pledging entities. */
  pledgers: reportedFigureSchema.optional(),
  /** Number of countries the pledging entities come from. */
  pledgerCountries: reportedFigureSchema.optional(),
  /** Estimated value of the pledges, in billions of US dollars. */
  valueUsdBillions: reportedFigureSchema.optional(),
  /** Where the figures were published. */
  source: z.strictObject({ title: z.string().min(1), url: urlSchema.optional() }),
});

/** The milestones file. */
export const milestonesFileSchema = z.strictObject({
  /** What the series is. */
  note: z.string().optional(),
  /** The counts, in any order. */
  items: z.array(milestoneSchema).min(1),
});

export type Milestone = z.infer<typeof milestoneSchema>;
export type ReportedFigure = z.infer<typeof reportedFigureSchema>;
