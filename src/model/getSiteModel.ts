import { getCollection } from 'astro:content';
import type { ReferenceData } from '../content/referenceFiles.ts';
import { buildSiteModel, type SiteModel } from './siteModel.ts';
import { asOfDate } from './asOfDate.ts';
import { loadValidatedContent } from '../content/loadValidatedContent.ts';

let memo: Promise<SiteModel> | undefined;

export { asOfDate };

async function load(): Promise<SiteModel> {
  const [documents, focusAreas, organisations, pledges, milestones, reference] = await Promise.all([
    getCollection('documents'),
    getCollection('focusAreas'),
    getCollection('organisations'),
    getCollection('pledges'),
    getCollection('milestones'),
    getCollection('reference'),
  ]);
  return buildSiteModel(
    {
      // The site configuration is not a collection: it is read with the content (once per process).
      site: loadValidatedContent().site,
      documents: documents.map((e) => e.data),
      focusAreas: focusAreas.map((e) => e.data),
      organisations: organisations.map((e) => e.data),
      pledges: pledges.map((e) => e.data),
      milestones: milestones.map((e) => e.data),
      reference: Object.fromEntries(reference.map((e) => [e.id, e.data])) as unknown as ReferenceData,
    },
    asOfDate(),
  );
}

/** The site model, built once per build from the content collections and shared by every page. */
export function getSiteModel(): Promise<SiteModel> {
  memo ??= load();
  return memo;
}
