import { z } from 'zod';
import { contentHistory, type ContentHistory } from '../citation/contentHistory.ts';
import { pledgeLists } from '../model/pledgeLists.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { dataPackage } from './dataPackage.ts';
import { currentExport, exportV1, sharedDataFiles } from './exportVersions.ts';
import { pledgesToCsv } from './pledgeCsv.ts';
import { exportFile, exportNotice, exportSchemaVersion, pledgeExportFileSchema, toExportRecord } from './pledgeExport.ts';
import { creditLine, dataLicence } from './reuseTerms.ts';
import { countryRecords, countryRecordSchema, pledgerRecords, pledgerRecordSchema, recordsToCsv } from './referenceTables.ts';
import { exportFileV1, exportSchemaVersionV1, pledgeExportFileSchemaV1, toExportRecordV1 } from './v1/pledgeExportV1.ts';

/** Adds one file: its site path, media type and how to render it. */
type AddFile = (path: string, type: string, render: () => string) => void;

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;
const csvType = 'text/csv; charset=utf-8';

/**
 * The files of the pledge export in every published format (1.0.0 at its first addresses,
 * 2.0.0 under /data/v2/), the reference tables the current format refers to, and the data
 * package that describes them all.
 */
export function addPledgeExportFiles(add: AddFile, model: SiteModel, site: URL, history: () => ContentHistory = contentHistory): void {
  // The whole export is built for each file that needs it and then dropped: at 100,000 pledges,
  // keeping it for the run of the worker would hold hundreds of megabytes.
  const current = () => exportFile(model, site);
  const previous = () => exportFileV1(model, site);
  const schema = (file: z.ZodType, path: string, version: string) =>
    json({ ...z.toJSONSchema(file), $id: new URL(path, site).href, title: `Partner2Connect pledge export, format ${version}` });

  // Format 2.0.0 (current).
  add(currentExport.json, 'application/json', () => json(current()));
  add(currentExport.csv, csvType, () => pledgesToCsv(current().pledges));
  add(currentExport.schema, 'application/schema+json', () => schema(pledgeExportFileSchema, currentExport.schema, exportSchemaVersion));
  add(currentExport.pledgers, csvType, () => recordsToCsv(pledgerRecords(model, site), pledgerRecordSchema));
  add(currentExport.countries, csvType, () => recordsToCsv(countryRecords(model), countryRecordSchema));
  let header: Record<string, unknown> | undefined;
  const head = () =>
    (header ??= { schemaVersion: exportSchemaVersion, generated: model.asOf, notice: exportNotice(model), licence: dataLicence(model.site), credit: creditLine(model, 'en', site) });
  for (const view of model.pledges) add(currentExport.pledge(view.id), 'application/json', () => json({ ...head(), pledge: toExportRecord(view, model, site) }));

  // Format 1.0.0, at the addresses it was first published at.
  add(exportV1.json, 'application/json', () => json(previous()));
  add(exportV1.csv, csvType, () => pledgesToCsv(previous().pledges));
  add(exportV1.schema, 'application/schema+json', () => schema(pledgeExportFileSchemaV1, exportV1.schema, exportSchemaVersionV1));
  for (const view of model.pledges) {
    add(exportV1.pledge(view.id), 'application/json', () =>
      json({ schemaVersion: exportSchemaVersionV1, generated: model.asOf, notice: exportNotice(model), pledge: toExportRecordV1(view, model, site) }),
    );
  }

  // The CSV of each list of pledges, in both formats.
  for (const list of pledgeLists(model)) {
    if (list.scope === 'all') continue;
    add(currentExport.list(list.scope, list.id), csvType, () => pledgesToCsv(list.pledges.map((view) => toExportRecord(view, model, site))));
    add(exportV1.list(list.scope, list.id), csvType, () => pledgesToCsv(list.pledges.map((view) => toExportRecordV1(view, model, site))));
  }

  add(sharedDataFiles.dataPackage, 'application/json', () => json(dataPackage(model, site, history())));
}
