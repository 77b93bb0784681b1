import { z } from 'zod';
import { idSchema, isoDateSchema, localeSchema, localizedTextSchema, urlSchema } from './common.ts';
import { alpha3Schema, currencySchema, sdgNumberSchema, wsisCodeSchema, yearSchema } from './codes.ts';
import { regionIdSchema } from './reference.ts';
import { pledgeStatusSchema, pledgeTypeSchema } from './vocabularies.ts';
import { sourceVersionsSchema } from './translationStatus.ts';

/** Estimated financial value of a pledge, as pledged and in US dollars. */
export const estimatedValueSchema = z.strictObject({
  /** Amount in the pledged currency; never negative. */
  amount: z.number().nonnegative('an amount of 0 or more'),
  /** ISO 4217 code of the pledged currency. */
  currency: currencySchema,
  /** Value in US dollars; required when the currency is not USD. */
  usd: z.number().nonnegative('an amount of 0 or more').optional(),
  /** Date of the exchange rate used for `usd`; required when the currency is not USD. */
  rateDate: isoDateSchema.optional(),
  /** Where the exchange rate comes from. */
  rateSource: z.string().min(1).optional(),
});

/** A dated report on how a pledge is going. */
export const pledgeUpdateSchema = z.strictObject({
  /** Day of the report. */
  date: isoDateSchema,
  /** Status the pledge reached with this report, if it changed. */
  status: pledgeStatusSchema.optional(),
  /** Language the report was written in. */
  originalLanguage: localeSchema,
  /** What was reported, in one or more languages (the original one required). */
  text: localizedTextSchema,
});

/** When and where a pledge was made public. */
export const announcementSchema = z.strictObject({
  /** Day of the announcement. */
  date: isoDateSchema,
  /** Event it was announced at, from content/reference/events.yaml. */
  event: idSchema.optional(),
});

/** A pledge: one commitment by one pledger. */
export const pledgeSchema = z
  .strictObject({
    /** Stable id, part of the pledge's address; never changed and never reused. */
    id: idSchema,
    /** Ids this entry was published under before (a merge of duplicates): their addresses redirect here. */
    formerIds: z.array(idSchema).default([]),
    /** True for entries made up to show how the site works; they are not real pledges. */
    illustrative: z.boolean().default(false),
    /** Id of the pledging organisation (content/organisations/). */
    pledger: idSchema,
    /** Language the pledge was written in; its title and summary are required in it. */
    originalLanguage: localeSchema,
    /** Per translated language: the version of the original title and summary it was made from; absent = not recorded. */
    sourceVersions: sourceVersionsSchema.optional(),
    /** Short title, per language. */
    title: localizedTextSchema,
    /** Plain-language summary of what is pledged, per language. */
    summary: localizedTextSchema,
    /** Focus areas the pledge serves (ids of content/focus-areas/), at least one. */
    focusAreas: z.array(idSchema).min(1, 'at least one focus area'),
    /** Pillars of those focus areas it addresses. */
    pillars: z.array(idSchema).default([]),
    /** Kind of commitment. */
    pledgeType: pledgeTypeSchema,
    /** Countries of implementation (ISO 3166-1 alpha-3). */
    countries: z.array(alpha3Schema).default([]),
    /** ITU-D regions of implementation, beyond those of the countries listed. */
    regions: z.array(regionIdSchema).default([]),
    /** True when the pledge is implemented worldwide rather than in named places. */
    global: z.boolean().default(false),
    /** Estimated financial value; absent when none was given. */
    estimatedValue: estimatedValueSchema.optional(),
    /** First year of implementation. */
    startYear: yearSchema,
    /** Last year of implementation; not before the start year. */
    endYear: yearSchema.optional(),
    /** Sustainable Development Goals targeted (numbers 1 to 17). */
    sdgs: z.array(sdgNumberSchema).default([]),
    /** WSIS action lines addressed (C1 to C11). */
    wsisActionLines: z.array(wsisCodeSchema).default([]),
    /** Groups the pledge is meant to benefit (ids of content/reference/beneficiary-groups.yaml). */
    beneficiaryGroups: z.array(idSchema).default([]),
    /** Current status; must match the latest update that sets one. */
    status: pledgeStatusSchema,
    /** Dated progress reports, oldest first or in any order. */
    updates: z.array(pledgeUpdateSchema).default([]),
    /** When and where it was announced. */
    announced: announcementSchema,
    /** Public page the pledge comes from; required for real pledges. */
    sourceUrl: urlSchema.optional(),
  })
  .superRefine((pledge, ctx) => {
    const original = pledge.originalLanguage;
    if (!pledge.title[original]) {
      ctx.addIssue({ code: 'custom', path: ['title', original], message: `the title in the original language ("${original}")` });
    }
    if (!pledge.summary[original]) {
      ctx.addIssue({ code: 'custom', path: ['summary', original], message: `the summary in the original language ("${original}")` });
    }
    if (pledge.endYear !== undefined && pledge.endYear < pledge.startYear) {
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: `an end year not before the start year (${pledge.startYear})` });
    }
    if (pledge.countries.length === 0 && pledge.regions.length === 0 && !pledge.global) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'at least one country or region of implementation, or "global: true"' });
    }
    const value = pledge.estimatedValue;
    if (value && value.currency !== 'USD') {
      if (value.usd === undefined) {
        ctx.addIssue({ code: 'custom', path: ['estimatedValue', 'usd'], message: `the value in USD, since the currency is ${value.currency}` });
      }
      if (value.rateDate === undefined) {
        ctx.addIssue({ code: 'custom', path: ['estimatedValue', 'rateDate'], message: `the date of the exchange rate from ${value.currency} to USD` });
      }
    }
    if (value && value.currency === 'USD' && value.usd !== undefined && value.usd !== value.amount) {
      ctx.addIssue({ code: 'custom', path: ['estimatedValue', 'usd'], message: `no separate USD value when the currency is USD (or the same as the amount, ${value.amount})` });
    }
    if (!pledge.illustrative && !pledge.sourceUrl) {
      ctx.addIssue({ code: 'custom', path: ['sourceUrl'], message: 'the address of the public page the pledge comes from (required unless "illustrative: true")' });
    }
    for (const [field, list] of Object.entries({
      focusAreas: pledge.focusAreas,
      pillars: pledge.pillars,
      countries: pledge.countries,
      regions: pledge.regions,
      sdgs: pledge.sdgs,
      wsisActionLines: pledge.wsisActionLines,
      beneficiaryGroups: pledge.beneficiaryGroups,
    })) {
      const seen = new Set<unknown>();
      (list as unknown[]).forEach((item, index) => {
        if (seen.has(item)) ctx.addIssue({ code: 'custom', path: [field, index], message: `each value once, but ${JSON.stringify(item)} is listed twice` });
        seen.add(item);
      });
    }
    pledge.updates.forEach((update, index) => {
      if (!update.text[update.originalLanguage]) {
        ctx.addIssue({ code: 'custom', path: ['updates', index, 'text', update.originalLanguage], message: `the update's text in its original language ("${update.originalLanguage}")` });
      }
      if (update.date < pledge.announced.date) {
        ctx.addIssue({ code: 'custom', path: ['updates', index, 'date'], message: `a date on or after the announcement (${pledge.announced.date})` });
      }
    });
    const lastWithStatus = [...pledge.updates].sort((a, b) => a.date.localeCompare(b.date)).filter((u) => u.status).at(-1);
    if (lastWithStatus?.status && lastWithStatus.status !== pledge.status) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `"${lastWithStatus.status}", the status set by the latest update (${lastWithStatus.date})` });
    }
  });

export type Pledge = z.infer<typeof pledgeSchema>;
export type PledgeUpdate = z.infer<typeof pledgeUpdateSchema>;
export type EstimatedValue = z.infer<typeof estimatedValueSchema>;
