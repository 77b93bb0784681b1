import type { APIRoute } from 'astro';
import { toExportRecord } from '../../../../export/pledgeExport.ts';
import { pledgesToCsv } from '../../../../export/pledgeCsv.ts';
import { getSiteModel } from '../../../../model/getSiteModel.ts';
import { pledgeLists } from '../../../../model/pledgeLists.ts';

export async function getStaticPaths() {
  const model = await getSiteModel();
  return pledgeLists(model)
    .filter((list) => list.scope !== 'all')
    .map((list) => ({ params: { scope: list.scope, id: list.id }, props: { ids: list.pledges.map((p) => p.id) } }));
}

/** The pledges of one list (a country, a focus area, a pledger …) as CSV, in the format of /data/pledges.csv. */
export const GET: APIRoute = async ({ props, site }) => {
  const model = await getSiteModel();
  const base = site ?? new URL('http://localhost/');
  const records = (props.ids as string[]).map((id) => toExportRecord(model.pledgeById.get(id)!, model, base));
  return new Response(pledgesToCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
