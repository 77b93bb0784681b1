import type { APIRoute } from 'astro';
import { exportFile } from '../../export/pledgeExport.ts';
import { pledgesToCsv } from '../../export/pledgeCsv.ts';
import { getSiteModel } from '../../model/getSiteModel.ts';

/** All pledges as CSV, one row per pledge. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getSiteModel();
  return new Response(pledgesToCsv(exportFile(model, site ?? new URL('http://localhost/')).pledges), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
