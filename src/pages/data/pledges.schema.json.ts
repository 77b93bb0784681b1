import type { APIRoute } from 'astro';
import { z } from 'zod';
import { exportSchemaVersion, pledgeExportFileSchema } from '../../export/pledgeExport.ts';

/** JSON Schema of /data/pledges.json, generated from the zod schema of the export. */
export const GET: APIRoute = async ({ site }) => {
  const schema = {
    ...z.toJSONSchema(pledgeExportFileSchema),
    $id: new URL('/data/pledges.schema.json', site ?? 'http://localhost/').href,
    title: `Partner2Connect pledge export, format ${exportSchemaVersion}`,
  };
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'content-type': 'application/schema+json' } });
};
