import { z } from 'zod';
import { idSchema, isoDateSchema, labelsSchema } from './common.ts';

/** The envelope every reference file shares: where the values come from and when they were valid. */
function referenceFile<Item extends z.ZodType>(item: Item) {
  return z.strictObject({
    /** Publication or page the values come from. */
    source: z.string().min(1),
    /** Date the list is valid for. */
    asOf: isoDateSchema,
    /** Fields whose values are not yet confirmed against an official copy. */
    toBeVerified: z.array(z.string()).default([]),
    /** Anything an editor must know about the list. */
    note: z.string().optional(),
    /** The entries of the list. */
    items: z.array(item).min(1),
  });
}

/** An ITU-D region id. */
export const regionIdSchema = z.enum(['africa', 'americas', 'arab-states', 'asia-pacific', 'cis', 'europe']);

/** A country group pledges are counted by; membership is dated (group-membership.yaml). */
export const countryGroupIdSchema = z.enum(['ldc', 'lldc', 'sids']);

/** One country or territory, with its ITU-D region (group membership is in group-membership.yaml). */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code; names come from Intl.DisplayNames. */
  alpha2: z.string().regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166-1 alpha-2)'),
  /** ISO 3166-1 alpha-3 code, used in data and addresses. */
  alpha3: z.string().regex(/^[A-Z]{3}$/, 'three capital letters (ISO 3166-1 alpha-3)'),
  /** ISO 3166-1 numeric code, three digits. */
  numeric: z.string().regex(/^\d{3}$/, 'three digits (ISO 3166-1 numeric)'),
  /** ITU-D region the country belongs to. */
  region: regionIdSchema,
  /** UN name in each language, only where Intl.DisplayNames' name differs from UN usage. */
  label: labelsSchema.optional(),
});

/** One period of a country's membership of a group (LDC, LLDC or SIDS). */
export const groupMembershipSchema = z
  .strictObject({
    /** The country (ISO 3166-1 alpha-3, as in countries.yaml). */
    country: z.string().regex(/^[A-Z]{3}$/, 'three capital letters (ISO 3166-1 alpha-3)'),
    /** The group. */
    group: countryGroupIdSchema,
    /** First day of membership; absent when it is not recorded here (a member since before these records). */
    from: isoDateSchema.optional(),
    /** Decision that made it a member, when `from` is given. */
    fromBasis: z.string().min(1).optional(),
    /** First day it is no longer a member (the day a graduation takes effect); absent while it stays a member. */
    until: isoDateSchema.optional(),
    /** How much of `until` is known: the day (default), the month or only the year. */
    untilPrecision: z.enum(['day', 'month', 'year']).default('day'),
    /**
     * Decision that set `until` (e.g. a General Assembly resolution). Required with `until`. Readers see
     * it while the date is scheduled: give it then in three languages ({ en, fr, ar }); a plain text is English.
     */
    untilBasis: z.union([z.string().min(1), labelsSchema]).optional(),
    /** scheduled: set by a decision but not yet confirmed as having taken effect; confirmed: it has. Required with `until`. */
    untilStatus: z.enum(['scheduled', 'confirmed']).optional(),
    /** What is pending or expected (a deferral requested, a graduation recommended), for readers, in three languages. */
    pending: labelsSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.until !== undefined) {
      if (!item.untilBasis) ctx.addIssue({ code: 'custom', path: ['untilBasis'], message: 'the decision that set the date in "until" (e.g. "UN General Assembly resolution A/RES/76/8")' });
      if (!item.untilStatus) ctx.addIssue({ code: 'custom', path: ['untilStatus'], message: '"scheduled" or "confirmed", since "until" is given' });
      if (item.from !== undefined && item.until <= item.from) ctx.addIssue({ code: 'custom', path: ['until'], message: `a date after "from" (${item.from})` });
    } else {
      if (item.untilStatus) ctx.addIssue({ code: 'custom', path: ['untilStatus'], message: 'no status without an "until" date (remove it, or give the date)' });
    }
  });

/** A labelled entry of a controlled vocabulary. */
export const vocabularyItemSchema = z.strictObject({
  /** Stable code stored in pledges and exports. */
  id: idSchema,
  /** Name in each language. */
  label: labelsSchema,
  /** One sentence saying what the value means. */
  description: labelsSchema.optional(),
  /** Position when the values are listed in order. */
  order: z.number().int().optional(),
});

/** A Sustainable Development Goal. */
export const sdgSchema = z.strictObject({
  /** Goal number, 1 to 17. */
  id: z.number().int().min(1).max(17),
  /** Official short title in each language. */
  label: labelsSchema,
});

/** A WSIS action line (C1 to C11). */
export const wsisActionLineSchema = z.strictObject({
  /** Code, C1 to C11. */
  id: z.string().regex(/^C(?:[1-9]|1[01])$/, 'a WSIS action line code C1 … C11'),
  /** Official name in each language. */
  label: labelsSchema,
});

/** An LDC/LLDC/SIDS group (its members are in group-membership.yaml). */
export const countryGroupSchema = z.strictObject({
  /** Group code. */
  id: countryGroupIdSchema,
  /** Plural name in each language. */
  label: labelsSchema,
  /** Abbreviation in each language. */
  abbreviation: labelsSchema,
  /** What the group is. */
  description: labelsSchema,
  /** False while the membership list is not confirmed against an official copy. */
  confirmed: z.boolean(),
});

/** An ITU-D region. */
export const regionSchema = vocabularyItemSchema.extend({ id: regionIdSchema });

/** A kind of document, with its plural for listing titles. */
export const documentTypeSchema = vocabularyItemSchema.extend({
  /** Plural name in each language. */
  plural: labelsSchema,
});

/** An event where pledges are announced. */
export const eventSchema = vocabularyItemSchema.extend({
  /** First day of the event; absent for an ongoing channel. */
  date: isoDateSchema.optional(),
  /** City, in each language; null for online channels. */
  place: labelsSchema.nullable().optional(),
});

export const countriesFileSchema = referenceFile(countrySchema);
export const groupMembershipFileSchema = referenceFile(groupMembershipSchema);
export const regionsFileSchema = referenceFile(regionSchema);
export const countryGroupsFileSchema = referenceFile(countryGroupSchema);
export const sdgsFileSchema = referenceFile(sdgSchema);
export const wsisActionLinesFileSchema = referenceFile(wsisActionLineSchema);
export const vocabularyFileSchema = referenceFile(vocabularyItemSchema);
export const documentTypesFileSchema = referenceFile(documentTypeSchema);
export const eventsFileSchema = referenceFile(eventSchema);

export type Country = z.infer<typeof countrySchema>;
export type RegionId = z.infer<typeof regionIdSchema>;
export type CountryGroupId = z.infer<typeof countryGroupIdSchema>;
export type VocabularyItem = z.infer<typeof vocabularyItemSchema>;
export type Sdg = z.infer<typeof sdgSchema>;
export type WsisActionLine = z.infer<typeof wsisActionLineSchema>;
export type CountryGroup = z.infer<typeof countryGroupSchema>;
export type GroupMembership = z.infer<typeof groupMembershipSchema>;
export type Region = z.infer<typeof regionSchema>;
export type DocumentType = z.infer<typeof documentTypeSchema>;
export type EventItem = z.infer<typeof eventSchema>;
