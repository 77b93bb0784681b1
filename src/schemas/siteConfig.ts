import { z } from 'zod';
import { labelsSchema, urlSchema } from './common.ts';

/** A licence, by its SPDX id. */
export const licenceSchema = z.strictObject({
  /** SPDX identifier (e.g. CC-BY-4.0, MIT). */
  id: z.string().regex(/^[A-Za-z0-9.+-]+$/, 'an SPDX licence identifier such as CC-BY-4.0'),
  /** Full name of the licence. */
  name: z.string().min(1),
  /** Address of the licence text. */
  url: urlSchema,
});

/** site.config.yaml: who publishes the site and on what terms (one file for the whole site). */
export const siteConfigSchema = z.strictObject({
  /** Public address of the site, ending with "/"; P2C_SITE_URL overrides it for one build. */
  url: urlSchema.refine((url) => url.endsWith('/'), 'an address ending with "/"'),
  /** Who publishes the site. */
  publisher: z.strictObject({
    /** Name of the publisher in each language. */
    name: labelsSchema,
    /** Whether the publisher is ITU itself (false: the site is not ITU's official platform). */
    isItu: z.boolean(),
  }),
  /** How readers report errors. */
  corrections: z.strictObject({
    /** Address that receives corrections. */
    email: z.email('an e-mail address'),
  }),
  /** Address of the site's source repository. */
  repository: urlSchema,
  /** Licences of what the site publishes. */
  licences: z.strictObject({
    /** The directory data. */
    data: licenceSchema,
    /** The site's own texts (summaries, translations, explanations, charts). */
    text: licenceSchema,
    /** The code. */
    code: licenceSchema,
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Licence = z.infer<typeof licenceSchema>;
