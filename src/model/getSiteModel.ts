import { getCollection } from 'astro:content';
import type { ReferenceData } from '../content/referenceFiles.ts';
import { buildSiteModel, type SiteModel } from './siteModel.ts';
import { buildDate } from './buildDate.ts';

let memo: Promise<SiteModel> | undefined;

export { buildDate };

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
      documents: documents.map((e) => e.data),
      focusAreas: focusAreas.map((e) => e.data),
      organisations: organisations.map((e) => e.data),
      pledges: pledges.map((e) => e.data),
      milestones: milestones.map((e) => e.data),
      reference: Object.fromEntries(reference.map((e) => [e.id, e.data])) as unknown as ReferenceData,
    },
    buildDate(),
  );
}

/** The site model, built once per build from the content collections and shared by every page. */
export function getSiteModel(): Promise<SiteModel> {
  memo ??= load();
  return memo;
}
