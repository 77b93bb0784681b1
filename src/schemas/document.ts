import { z } from 'zod';
import { idSchema, isoDateSchema, labelsSchema, localeSchema, localizedTextSchema, urlSchema } from './common.ts';
import { documentTypeIdSchema } from './vocabularies.ts';
import { sourceVersionSchema } from './translationStatus.ts';

/** Languages ITU publishes documents in. */
export const ituLanguageSchema = z.enum(['en', 'fr', 'ar', 'es', 'ru', 'zh']);

/** ITU's own publication of a document in one language: an address that was confirmed, and how. */
export const officialPublicationSchema = z.strictObject({
  /** Address of ITU's publication in that language. */
  url: urlSchema,
  /** How the address was confirmed (the reference it comes from, or the page and the day it was checked). */
  source: z.string().min(1),
});

/** Metadata written once per document (content/documents/{id}/meta.yaml). */
export const documentMetaSchema = z.strictObject({
  /** Kind of document. */
  type: documentTypeIdSchema,
  /** Symbol or reference as printed (e.g. BDT/DIR/110); null when the source copy does not give it. */
  symbol: z.string().min(1).nullable(),
  /** Date of the document. */
  date: isoDateSchema,
  /** How much of the date is known: the day (default), only the month, or only the year. */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  /** Who issued it (id in content/reference/issuing-bodies.yaml). */
  issuingBody: idSchema,
  /** Language the document was first written in. */
  originalLanguage: z.enum(['en', 'fr', 'ar', 'es', 'ru', 'zh']),
  /** Where it was issued, per language. */
  place: labelsSchema.optional(),
  /** Focus areas it defines or concerns (ids of content/focus-areas/). */
  focusAreas: z.array(idSchema).default([]),
  /** Other documents it relates to (ids of content/documents/). */
  related: z.array(idSchema).default([]),
  /** ITU's own publication of this document, per language, only where the address is confirmed. */
  official: z.partialRecord(ituLanguageSchema, officialPublicationSchema).default({}),
  /** Where a reader finds ITU's publication when no address is confirmed: a service and what to search for. */
  officialFinder: z.strictObject({ service: urlSchema, query: z.string().min(1) }).optional(),
  /** Title per language, for a document listed before its text is published here (no language file yet). */
  title: localizedTextSchema.optional(),
  /** Ids this document was published under before (a renamed folder): their addresses redirect here. */
  formerIds: z.array(idSchema).default([]),
  /** The earlier version of the same text that this one revises or supersedes (id of content/documents/). */
  revises: idSchema.optional(),
});

/** Front matter of one language version (content/documents/{id}/{lang}.md). */
export const documentVersionSchema = z
  .strictObject({
    /** Title in this language. */
    title: z.string().trim().min(1),
    /** One or two sentences, in our words, for listings and search results. */
    summary: z.string().trim().min(1),
    /** Whether this is the text ITU published in this language or our unofficial translation. */
    text: z.enum(['published', 'unofficial-translation']),
    /** For a translation: the language version it was translated from. */
    translatedFrom: localeSchema.optional(),
    /** The symbol as written in this language, when it differs. */
    symbol: z.string().min(1).optional(),
    /** For a translation: the version of the source (translatedFrom) it was made from; absent = not recorded. */
    sourceVersion: sourceVersionSchema.optional(),
  })
  .superRefine((version, ctx) => {
    if (version.text === 'unofficial-translation' && !version.translatedFrom) {
      ctx.addIssue({ code: 'custom', path: ['translatedFrom'], message: 'the language this translation was made from (en, fr or ar)' });
    }
  });

export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentVersionFrontmatter = z.infer<typeof documentVersionSchema>;

/** A heading of a rendered body, for the table of contents. */
export const bodyHeadingSchema = z.object({
  /** 2 for a section, 3 for a sub-section. */
  depth: z.union([z.literal(2), z.literal(3)]),
  /** Its anchor. */
  id: z.string(),
  /** Its text. */
  text: z.string(),
});

/** One language version of a document, as stored in the documents collection. */
export const documentVersionEntrySchema = z.object({
  /** Front matter of the version. */
  frontmatter: documentVersionSchema,
  /** The body, rendered to HTML. */
  html: z.string(),
  /** Headings, for the table of contents. */
  headings: z.array(bodyHeadingSchema),
  /** Stable anchors of the body, in order. */
  anchors: z.array(z.string()),
  /** Number of footnotes. */
  footnotes: z.number().int(),
});

/** A document as stored in the documents collection: metadata and rendered versions. */
export const documentEntrySchema = z.object({
  /** The document's id (its folder name). */
  id: z.string(),
  /** Metadata written once. */
  meta: documentMetaSchema,
  /** Rendered versions by language. */
  versions: z.object({ en: documentVersionEntrySchema.optional(), fr: documentVersionEntrySchema.optional(), ar: documentVersionEntrySchema.optional() }),
});

export type DocumentEntry = z.infer<typeof documentEntrySchema>;
export type DocumentVersionEntry = z.infer<typeof documentVersionEntrySchema>;
