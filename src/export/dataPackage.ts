import type { ContentHistory } from '../citation/contentHistory.ts';
import type { Distribution } from '../citation/citationRecord.ts';
import { routes } from '../i18n/paths.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { currentExport, exportV1, sharedDataFiles } from './exportVersions.ts';
import { csvColumns, listSeparator } from './pledgeCsv.ts';
import { exportNotice, exportSchemaVersion, pledgeExportRecordSchema } from './pledgeExport.ts';
import { countryRecordSchema, pledgerRecordSchema } from './referenceTables.ts';
import { countingRule, dataLicence } from './reuseTerms.ts';
import { tableSchemaFromZod, type TableField, type TableSchema } from './tableSchema.ts';
import { exportSchemaVersionV1, pledgeExportRecordSchemaV1 } from './v1/pledgeExportV1.ts';

/** The profile this package follows (vendored in src/export/profiles/datapackage-2.0/ for the tests). */
export const dataPackageProfile = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** A licence as the Data Package lists it. */
interface PackageLicence {
  name: string;
  path: string;
  title: string;
}

/** A Data Resource (v2): one published file. */
export interface DataResource {
  name: string;
  path: string;
  type?: 'table';
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding: 'utf-8';
  dialect?: Record<string, unknown>;
  schema?: TableSchema;
  /** For a JSON file: the address of its JSON Schema (an extension property). */
  jsonSchema?: string;
  licenses?: PackageLicence[];
  sources?: { title: string; path?: string }[];
}

/** A Frictionless Data Package (v2) describing the site's data files. */
export interface DataPackage {
  $schema: string;
  name: string;
  id: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  created: string;
  keywords: string[];
  contributors: { title: string; path?: string; email?: string; roles: string[] }[];
  licenses: PackageLicence[];
  sources: { title: string; path?: string }[];
  resources: DataResource[];
}

/** The data's last change: the last commit that touched the content, else its newest dated entry. */
export function dataLastChange(model: SiteModel, history: ContentHistory): { day: string; timestamp: string } {
  if (history.latest !== undefined) {
    const iso = new Date(history.latest * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { day: iso.slice(0, 10), timestamp: iso };
  }
  const dates = [...model.pledges.map((v) => v.lastActivity), ...model.documents.map((d) => d.meta.date), ...model.milestones.map((m) => m.date)].sort();
  const day = dates.at(-1) ?? '1970-01-01';
  return { day, timestamp: `${day}T00:00:00Z` };
}

/** A path relative to /data/datapackage.json (the Data Package wants relative POSIX paths). */
function relative(sitePath: string): string {
  return sitePath.replace(/^\/data\//, '');
}

const csvDialect = { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',', quoteChar: '"', doubleQuote: true };

const updateCount: Omit<TableField, 'name'> = {
  type: 'integer',
  description: 'Number of dated progress updates (the JSON files give them in full).',
  constraints: { required: true, minimum: 0 },
};

const pledgeKeys = {
  primaryKey: ['id'],
  foreignKeys: [
    { fields: ['pledgerId'], reference: { resource: 'pledgers', fields: ['id'] } },
    { fields: ['pledgerCountry'], reference: { resource: 'countries', fields: ['alpha3'] } },
  ],
};

/** The main files of the data set, for the Dataset JSON-LD of the data page. */
export function dataDistributions(site: URL): Distribution[] {
  const at = (path: string) => new URL(path, site).href;
  return [
    { url: at(currentExport.csv), mediaType: 'text/csv', name: `All pledges, CSV (format ${exportSchemaVersion})` },
    { url: at(currentExport.json), mediaType: 'application/json', name: `All pledges, JSON (format ${exportSchemaVersion})` },
    { url: at(currentExport.pledgers), mediaType: 'text/csv', name: 'Pledging organisations, CSV' },
    { url: at(currentExport.countries), mediaType: 'text/csv', name: 'Countries, CSV' },
    { url: at(sharedDataFiles.documents), mediaType: 'application/json', name: 'Document metadata, JSON' },
    { url: at(sharedDataFiles.milestones), mediaType: 'application/json', name: 'Official milestones, JSON' },
    { url: at(sharedDataFiles.dataPackage), mediaType: 'application/json', name: 'Data package (Frictionless Data Package v2)' },
  ];
}

/**
 * /data/datapackage.json: every published data file with its format, Table Schema (generated
 * from the zod schemas of the export), licence and sources; the package's version is the
 * export format's, its date the content's last change.
 */
export function dataPackage(model: SiteModel, site: URL, history: ContentHistory): DataPackage {
  const licence = dataLicence(model.site);
  const licences: PackageLicence[] = [{ name: licence.id, path: licence.url, title: licence.name }];
  const textLicence = model.site.licences.text;
  const notice = exportNotice(model);
  const pledgeSchema = tableSchemaFromZod(pledgeExportRecordSchema, csvColumns, { extra: { updateCount }, ...pledgeKeys });
  const pledgeSchemaV1 = tableSchemaFromZod(pledgeExportRecordSchemaV1, csvColumns, { extra: { updateCount }, ...pledgeKeys });
  const milestoneSources = uniqueSources(model.milestones.map((m) => ({ title: m.source.title, ...(m.source.url ? { path: m.source.url } : {}) })));
  const referenceSources = uniqueSources(Object.entries(model.reference).map(([name, file]) => ({ title: `${name}: ${file.source} (as of ${file.asOf})` })));
  const changed = dataLastChange(model, history);
  const csv = (path: string) => ({ path: relative(path), type: 'table' as const, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' as const, dialect: csvDialect });
  const json = (path: string) => ({ path: relative(path), format: 'json', mediatype: 'application/json', encoding: 'utf-8' as const });

  const resources: DataResource[] = [
    {
      name: 'pledges',
      ...csv(currentExport.csv),
      title: `Pledges (format ${exportSchemaVersion})`,
      description: `One row per pledge. ${notice} Lists are joined with "${listSeparator}". The same records, with their updates in full, are in ${relative(currentExport.json)}; one file per pledge at v2/pledges/{id}.json; the pledges of one list (a country, a pledger, a focus area…) at v2/lists/{scope}/{id}.csv.`,
      schema: pledgeSchema,
    },
    {
      name: 'pledgers',
      ...csv(currentExport.pledgers),
      title: 'Pledging organisations',
      description: 'One row per organisation; the pledges’ pledgerId refers to its id.',
      schema: tableSchemaFromZod(pledgerRecordSchema, Object.keys(pledgerRecordSchema.shape), {
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['country'], reference: { resource: 'countries', fields: ['alpha3'] } }],
      }),
    },
    {
      name: 'countries',
      ...csv(currentExport.countries),
      title: 'Countries',
      description: 'The reference list of countries and territories; the other files’ alpha-3 codes refer to it. Membership of the LDC, LLDC and SIDS groups changes over time and is not in this file.',
      schema: tableSchemaFromZod(countryRecordSchema, Object.keys(countryRecordSchema.shape), { primaryKey: ['alpha3'] }),
      sources: [{ title: model.reference.countries.source }],
    },
    {
      name: 'pledges-json',
      ...json(currentExport.json),
      title: `Pledges, JSON (format ${exportSchemaVersion})`,
      description: `All pledges with their dated updates, the licence and how to credit. JSON Schema: ${relative(currentExport.schema)}.`,
      jsonSchema: relative(currentExport.schema),
    },
    {
      name: 'pledges-v1',
      ...csv(exportV1.csv),
      title: `Pledges (format ${exportSchemaVersionV1}, kept at its first address)`,
      description: `Format ${exportSchemaVersionV1}, kept for the tools that read it: regenerated with every update, in the meaning it had in ${exportSchemaVersionV1} (targetsLdc, targetsLldc and targetsSids by the group lists in force when the file is built). One file per pledge at pledges/{id}.json; lists at lists/{scope}/{id}.csv.`,
      schema: pledgeSchemaV1,
    },
    {
      name: 'pledges-v1-json',
      ...json(exportV1.json),
      title: `Pledges, JSON (format ${exportSchemaVersionV1}, kept at its first address)`,
      description: `Format ${exportSchemaVersionV1} of the JSON export. JSON Schema: ${relative(exportV1.schema)}.`,
      jsonSchema: relative(exportV1.schema),
    },
    {
      name: 'documents',
      ...json(sharedDataFiles.documents),
      title: 'Documents',
      description: 'Metadata of the documents in the library (type, symbol, date, issuing body, language versions and their status, ITU’s own publication). The documents are ITU texts, reproduced for reference: the licence applies to this metadata and the site’s summaries, not to ITU’s texts.',
      licenses: [{ name: textLicence.id, path: textLicence.url, title: textLicence.name }],
    },
    {
      name: 'milestones',
      ...json(sharedDataFiles.milestones),
      title: 'Official milestones',
      description: 'Counts of pledges, pledgers and value that ITU and the press published, each with its source. Real figures.',
      sources: milestoneSources,
    },
  ];

  return {
    $schema: dataPackageProfile,
    name: 'partner2connect-pledge-directory',
    id: new URL(sharedDataFiles.dataPackage, site).href,
    title: 'Partner2Connect Digital Coalition: pledge directory',
    description: [
      `The open data of the Partner2Connect Digital Coalition website: pledges, pledging organisations, countries, documents and official milestones. ${notice}`,
      countingRule('en'),
      'Each chart of the site also has its data as CSV and its picture as SVG under charts/{language}/ (the charts pages link them); they are derived from the pledges and not described here one by one.',
      `Format ${exportSchemaVersion} is under v2/; format ${exportSchemaVersionV1} stays at its first addresses (pledges.json, pledges.csv, pledges/{id}.json, pledges.schema.json, lists/). The changelog of the format is at ${new URL(routes.changelog('en'), site).href}.`,
    ].join('\n\n'),
    homepage: new URL(routes.data('en'), site).href,
    version: exportSchemaVersion,
    created: changed.timestamp,
    keywords: ['Partner2Connect', 'ITU', 'digital coalition', 'pledges', 'connectivity', 'LDC', 'LLDC', 'SIDS'],
    contributors: [
      { title: model.site.publisher.name.en, path: site.href, roles: ['creator', 'dataCurator'] },
      { title: 'Corrections', email: model.site.corrections.email, roles: ['contact'] },
    ],
    licenses: licences,
    sources: [...milestoneSources, ...referenceSources],
    resources,
  };
}

function uniqueSources(sources: { title: string; path?: string }[]): { title: string; path?: string }[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.title}\n${source.path ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
