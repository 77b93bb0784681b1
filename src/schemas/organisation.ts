import { z } from 'zod';
import { idSchema, localeSchema, localizedTextSchema, urlSchema } from './common.ts';
import { alpha3Schema } from './codes.ts';
import { stakeholderGroupSchema } from './vocabularies.ts';

/** An organisation that makes pledges. */
export const organisationSchema = z
  .strictObject({
    /** Stable id, part of the pledger's address. */
    id: idSchema,
    /** Ids this entry was published under before (a rename or a merge): their addresses redirect here. */
    formerIds: z.array(idSchema).default([]),
    /** True for made-up organisations that exist only to show how the site works. */
    illustrative: z.boolean().default(false),
    /** Language the organisation names itself in; its name is required in it. */
    originalLanguage: localeSchema,
    /** Name per language; languages without one show the original name. */
    name: localizedTextSchema,
    /** Short abbreviation, if the organisation uses one. */
    abbreviation: z.string().min(1).optional(),
    /** Stakeholder group it belongs to. */
    stakeholderGroup: stakeholderGroupSchema,
    /** Home country (ISO 3166-1 alpha-3): where it is based or headquartered. */
    country: alpha3Schema,
    /** Its website. */
    website: urlSchema.optional(),
    /** One or two sentences about it, per language. */
    description: localizedTextSchema.optional(),
  })
  .superRefine((organisation, ctx) => {
    if (!organisation.name[organisation.originalLanguage]) {
      ctx.addIssue({ code: 'custom', path: ['name', organisation.originalLanguage], message: `the name in the original language ("${organisation.originalLanguage}")` });
    }
  });

export type Organisation = z.infer<typeof organisationSchema>;
