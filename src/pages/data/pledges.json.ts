import type { APIRoute } from 'astro';
import { exportFile } from '../../export/pledgeExport.ts';
import { getSiteModel } from '../../model/getSiteModel.ts';

/** All pledges, with schemaVersion, as one JSON file. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(JSON.stringify(exportFile(model, site ?? new URL('http://localhost/')), null, 1), { headers: { 'content-type': 'application/json' } });
};
