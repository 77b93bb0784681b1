import { routes } from '../i18n/paths.ts';
import { listCsvPath, type ListScope } from '../model/pledgeLists.ts';

/**
 * Where each format of the pledge export lives. A new major format gets its own folder;
 * the files of the previous one stay at their addresses (a reuser's script keeps working),
 * regenerated with each update but keeping their old meaning.
 */
export interface ExportAddresses {
  /** All pledges, JSON. */
  json: string;
  /** All pledges, CSV. */
  csv: string;
  /** JSON Schema of the JSON file. */
  schema: string;
  /** One pledge, JSON. */
  pledge: (id: string) => string;
  /** The CSV of one list of pledges (a country, a pledger…). */
  list: (scope: ListScope, id: string) => string;
}

/** Format 2.0.0, the current one: under /data/v2/. */
export const currentExport: ExportAddresses & { pledgers: string; countries: string } = {
  json: '/data/v2/pledges.json',
  csv: '/data/v2/pledges.csv',
  schema: '/data/v2/pledges.schema.json',
  pledge: (id) => `/data/v2/pledges/${id}.json`,
  list: (scope, id) => (scope === 'all' ? '/data/v2/pledges.csv' : `/data/v2/lists/${scope}/${id.toLowerCase()}.csv`),
  pledgers: '/data/v2/pledgers.csv',
  countries: '/data/v2/countries.csv',
};

/** Format 1.0.0, published first: its addresses, which never change. */
export const exportV1: ExportAddresses = {
  json: '/data/pledges.json',
  csv: '/data/pledges.csv',
  schema: '/data/pledges.schema.json',
  pledge: (id) => routes.pledgeJson(id),
  list: (scope, id) => (scope === 'all' ? '/data/pledges.csv' : listCsvPath(scope, id)),
};

/** Files that belong to no export format: the same address for every version. */
export const sharedDataFiles = {
  milestones: '/data/milestones.json',
  documents: '/data/documents.json',
  dataPackage: '/data/datapackage.json',
} as const;
