import type { APIRoute } from 'astro';
import { getSiteModel } from '../../model/getSiteModel.ts';

/** The official milestones (real figures, each with its source). */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  const body = { generated: model.buildDate, notice: 'Official counts published by ITU and the press; real figures, each with its source.', milestones: model.milestones };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
};
