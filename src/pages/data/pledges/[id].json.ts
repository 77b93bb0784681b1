import type { APIRoute } from 'astro';
import { exportNotice, exportSchemaVersion, toExportRecord } from '../../../export/pledgeExport.ts';
import { getSiteModel } from '../../../model/getSiteModel.ts';

export async function getStaticPaths() {
  const model = await getSiteModel();
  return model.pledges.map((view) => ({ params: { id: view.id } }));
}

/** One pledge as JSON, in the same record format as /data/pledges.json. */
export const GET: APIRoute = async ({ params, site }) => {
  const model = await getSiteModel();
  const view = model.pledgeById.get(String(params.id))!;
  const body = { schemaVersion: exportSchemaVersion, generated: model.buildDate, notice: exportNotice(model), pledge: toExportRecord(view, model, site ?? new URL('http://localhost/')) };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json' } });
};
