import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { forgetValidatedContent, loadValidatedContent, type ValidatedContent } from './content/loadValidatedContent.ts';
import { contentDir } from './content/contentDir.ts';
import { documentEntrySchema } from './schemas/document.ts';
import { focusAreaSchema } from './schemas/focusArea.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { pledgeSchema } from './schemas/pledge.ts';
import { referenceFiles } from './content/referenceFiles.ts';

/**
 * A loader that takes its entries from the validated content. Every file is
 * checked once (src/content/loadContent.ts) so that editors get one report
 * naming file, field and expectation, the same as `npm run check` prints.
 */
function contentLoader(name: string, entries: (content: ValidatedContent) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `p2c-${name}`,
    async load({ store, generateDigest, watcher }) {
      const fill = () => {
        const content = loadValidatedContent();
        store.clear();
        for (const { id, data } of entries(content)) store.set({ id, data, digest: generateDigest(data) });
      };
      fill();
      // In `astro dev`, reload when an editor saves a content file.
      watcher?.add(contentDir());
      watcher?.on('all', (_event, file) => {
        if (!file.startsWith(contentDir())) return;
        forgetValidatedContent();
        try {
          fill();
        } catch (error) {
          console.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/** Documents: metadata written once, each language version rendered. */
const documents = defineCollection({
  loader: contentLoader('documents', (c) => c.documents.map((d) => ({ id: d.id, data: d }))),
  schema: documentEntrySchema,
});

/** The four focus areas and their pillars. */
const focusAreas = defineCollection({
  loader: contentLoader('focus-areas', (c) => c.focusAreas.map((f) => ({ id: f.id, data: f }))),
  schema: focusAreaSchema,
});

/** Pledging organisations. */
const organisations = defineCollection({
  loader: contentLoader('organisations', (c) => c.organisations.map((o) => ({ id: o.id, data: o }))),
  schema: organisationSchema,
});

/** Pledges. */
const pledges = defineCollection({
  loader: contentLoader('pledges', (c) => c.pledges.map((p) => ({ id: p.id, data: p }))),
  schema: pledgeSchema,
});

/** Official milestones of the coalition (real figures with sources). */
const milestones = defineCollection({
  loader: contentLoader('milestones', (c) => c.milestones.map((m, index) => ({ id: `${m.date}-${index}`, data: m }))),
  schema: milestoneSchema,
});

/** Reference data, one entry per file of content/reference/ (with its source and asOf). */
const reference = defineCollection({
  loader: contentLoader('reference', (c) => Object.entries(c.reference).map(([id, data]) => ({ id, data: data as Record<string, unknown> }))),
  schema: z.union(Object.values(referenceFiles)),
});

export const collections = { documents, focusAreas, organisations, pledges, milestones, reference };
