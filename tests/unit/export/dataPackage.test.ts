import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContentHistory } from '../../../src/citation/contentHistory.ts';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { dataPackage, type DataPackage } from '../../../src/export/dataPackage.ts';
import { exportFiles } from '../../../src/export/exportFiles.ts';
import { exportChangelog } from '../../../src/export/exportChangelog.ts';
import { exportSchemaVersion } from '../../../src/export/pledgeExport.ts';
import { buildSiteModel } from '../../../src/model/siteModel.ts';
import { foreignKeyProblems, tableProblems } from './tableRows.ts';

const model = buildSiteModel(checkContent().content!, '2026-11-29');
const site = new URL('https://partner2connect.example.org/');
const files = new Map(exportFiles(model, site).map((file) => [file.path, file]));
const render = (sitePath: string) => {
  const file = files.get(sitePath);
  if (!file) throw new Error(`no data file at ${sitePath}`);
  return file.render();
};
const pkg = JSON.parse(render('/data/datapackage.json')) as DataPackage;
/** A resource's file, by its path relative to the package. */
const resourceFile = (relative: string) => render(`/data/${relative}`);
const csvRows = (relative: string) => csvParse(resourceFile(relative).replace(/^\uFEFF/, ''));

const profiles = path.resolve('src/export/profiles/datapackage-2.0');
const read = (name: string) => JSON.parse(readFileSync(path.join(profiles, `${name}.json`), 'utf8')) as unknown;
const listField = read('list-field');

/**
 * A vendored 2.0 profile with the upstream fix of its one known gap: the `list` field type,
 * which the standard defines and the published profiles forget (see the profiles' README).
 */
function profile(name: string): object {
  const patch = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(patch);
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (object.title === 'Table Schema Field' && Array.isArray(object.oneOf)) {
      const types = object.oneOf as { title?: string }[];
      if (!types.some((t) => t.title === 'List Field')) types.splice(types.findIndex((t) => t.title === 'Array Field') + 1, 0, listField as { title: string });
    }
    Object.values(object).forEach(patch);
  };
  const schema = read(name);
  patch(schema);
  return schema as object;
}

/** ajv for the Data Package profiles (JSON Schema draft-07; their "textarea" format is an editor hint). */
function draft07(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('textarea', true);
  return ajv;
}

describe('the data package', () => {
  it('validates against the vendored Data Package v2 profile', () => {
    const validate = draft07().compile(profile('datapackage'));
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('each resource, Table Schema and dialect validates against its own v2 profile', () => {
    const ajv = draft07();
    const resource = ajv.compile(profile('dataresource'));
    const schema = ajv.compile(profile('tableschema'));
    const dialect = ajv.compile(profile('tabledialect'));
    for (const r of pkg.resources) {
      expect(resource(r), `${r.name}: ${JSON.stringify(resource.errors)}`).toBe(true);
      if (r.schema) expect(schema(r.schema), `${r.name}: ${JSON.stringify(schema.errors)}`).toBe(true);
      if (r.dialect) expect(dialect(r.dialect), `${r.name}: ${JSON.stringify(dialect.errors)}`).toBe(true);
    }
  });

  it('describes files that are published, under the data licence of site.config.yaml', () => {
    for (const r of pkg.resources) expect(files.has(`/data/${r.path}`), r.path).toBe(true);
    expect(pkg.licenses).toEqual([{ name: model.site.licences.data.id, path: model.site.licences.data.url, title: model.site.licences.data.name }]);
    expect(pkg.version).toBe(exportSchemaVersion);
    expect(pkg.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['pledges', 'pledgers', 'countries', 'pledges-json', 'pledges-v1', 'documents', 'milestones']));
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.sources.some((s) => s.path?.startsWith('http'))).toBe(true);
  });

  it('is dated by the content’s last change in git, not by the build', () => {
    const history = readContentHistory('content', () => `\0${Date.parse('2026-10-02T08:30:00Z') / 1000}\n\npledges/ill-001.yaml\n`);
    expect(dataPackage(model, site, history).created).toBe('2026-10-02T08:30:00Z');
    const untracked = dataPackage(model, site, readContentHistory('content', () => undefined));
    const newest = [...model.pledges.map((v) => v.lastActivity), ...model.documents.map((d) => d.meta.date), ...model.milestones.map((m) => m.date)].sort().at(-1);
    expect(untracked.created).toBe(`${newest}T00:00:00Z`);
  });

  describe.each(['pledges', 'pledgers', 'countries', 'pledges-v1'])('the CSV resource %s', (name) => {
    const r = pkg.resources.find((x) => x.name === name)!;
    const rows = csvRows(r.path);

    it('has exactly the fields of its Table Schema, in order, as its header', () => {
      expect(rows.columns).toEqual(r.schema!.fields.map((f) => f.name));
      expect(rows.length).toBeGreaterThan(0);
    });

    it('has rows that match the types, allowed values, required fields and primary key of the schema', () => {
      expect(tableProblems(rows, r.schema!)).toEqual([]);
    });

    it('has foreign keys that find their rows', () => {
      const tables = Object.fromEntries(pkg.resources.filter((x) => x.type === 'table').map((x) => [x.name, csvRows(x.path)]));
      expect(foreignKeyProblems(rows, r.schema!, tables)).toEqual([]);
    });
  });

  it('generates the pledges’ Table Schema from the zod schema: types, allowed values, required fields, missing values and keys', () => {
    const schema = pkg.resources.find((r) => r.name === 'pledges')!.schema!;
    const field = (name: string) => schema.fields.find((f) => f.name === name)!;
    expect(schema.missingValues).toEqual(['']);
    expect(schema.primaryKey).toEqual(['id']);
    expect(schema.foreignKeys).toEqual([
      { fields: ['pledgerId'], reference: { resource: 'pledgers', fields: ['id'] } },
      { fields: ['pledgerCountry'], reference: { resource: 'countries', fields: ['alpha3'] } },
    ]);
    expect(field('status')).toMatchObject({ type: 'string', constraints: { required: true, enum: ['announced', 'in-progress', 'completed', 'discontinued'] } });
    expect(field('illustrative')).toMatchObject({ type: 'boolean', trueValues: ['true'], falseValues: ['false'] });
    expect(field('valueUsd')).toMatchObject({ type: 'number' });
    expect(field('valueUsd').constraints?.required).toBeUndefined();
    expect(field('announcedDate')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('countries')).toMatchObject({ type: 'list', delimiter: ';', itemType: 'string' });
    expect(field('sdgs')).toMatchObject({ type: 'list', itemType: 'integer' });
    expect(field('focusAreas').constraints?.required).toBe(true);
    expect(field('url')).toMatchObject({ format: 'uri' });
    expect(field('updateCount')).toMatchObject({ type: 'integer' });
  });

  it('describes the JSON exports, which validate against their JSON Schemas', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    for (const name of ['pledges-json', 'pledges-v1-json']) {
      const r = pkg.resources.find((x) => x.name === name)!;
      const validate = ajv.compile(JSON.parse(resourceFile(r.jsonSchema!)) as object);
      expect(validate(JSON.parse(resourceFile(r.path))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('export versions', () => {
  const current = JSON.parse(render('/data/v2/pledges.json')) as { schemaVersion: string; licence: unknown; credit: string; counting: string };
  const previous = JSON.parse(render('/data/pledges.json')) as Record<string, unknown>;

  it('the current format is 2.0.0, with a changelog entry, the licence and how to credit', () => {
    expect(current.schemaVersion).toBe('2.0.0');
    expect(exportChangelog[0]?.version).toBe('2.0.0');
    expect(current.licence).toEqual({ id: model.site.licences.data.id, name: model.site.licences.data.name, url: model.site.licences.data.url });
    expect(current.credit).toContain(model.site.licences.data.id);
    expect(current.credit).toContain(model.site.publisher.name.en);
    expect(current.counting).toMatch(/counted whole/);
  });

  it('format 1.0.0 stays at its first addresses, in its own shape', () => {
    expect(previous.schemaVersion).toBe('1.0.0');
    expect(Object.keys(previous)).toEqual(['schemaVersion', 'generated', 'notice', 'count', 'pledges']);
    const schema = JSON.parse(render('/data/pledges.schema.json')) as { title: string };
    expect(schema.title).toContain('1.0.0');
    const single = JSON.parse(render('/data/pledges/ill-001.json')) as { schemaVersion: string };
    expect(single.schemaVersion).toBe('1.0.0');
    expect((JSON.parse(render('/data/v2/pledges/ill-001.json')) as { schemaVersion: string }).schemaVersion).toBe('2.0.0');
  });

  it('2.0.0 flags the groups as of each announcement; 1.0.0 keeps its meaning, the groups in force on the build’s as-of date', () => {
    type Flags = { id: string; countries: string[]; announcedDate: string; targetsLdc: boolean; targetsLldc: boolean; targetsSids: boolean };
    const v2 = (JSON.parse(render('/data/v2/pledges.json')) as { pledges: Flags[] }).pledges;
    const v1 = new Map((previous.pledges as Flags[]).map((p) => [p.id, p]));
    let differ = 0;
    for (const record of v2) {
      const then = model.membership.groupsOn(record.countries, record.announcedDate);
      const now = model.membership.groupsOn(record.countries, model.asOf);
      expect([record.targetsLdc, record.targetsLldc, record.targetsSids], record.id).toEqual([then.ldc, then.lldc, then.sids]);
      const old = v1.get(record.id)!;
      expect([old.targetsLdc, old.targetsLldc, old.targetsSids], record.id).toEqual([now.ldc, now.lldc, now.sids]);
      if (old.targetsLdc !== record.targetsLdc) differ += 1;
    }
    // Bangladesh, Laos and Nepal left the LDC list on 2026-11-24: pledges announced before name an LDC in 2.0.0 only.
    expect(differ).toBeGreaterThan(0);
  });

  it('every data file and feed of the address fixture is still written, or under its renamed entry’s new id', () => {
    const fixture = readFileSync('tests/fixtures/addresses/files-2026-11-29.txt', 'utf8').split('\n').filter(Boolean);
    expect(fixture.length).toBeGreaterThan(100);
    // A renamed entry declares its old id (formerIds): its old address redirects to the new one.
    const renamed = new Map<string, string>();
    for (const entry of [...model.organisations, ...model.pledges.map((v) => v.pledge)]) for (const former of entry.formerIds) renamed.set(former, entry.id);
    const moved = (sitePath: string) => sitePath.replace(/[^/.]+(?=\.csv$|\/feed\.xml$|\.json$)/, (id) => renamed.get(id) ?? id);
    expect(fixture.filter((p) => !files.has(p) && !(moved(p) !== p && files.has(moved(p))))).toEqual([]);
  });

  it('feeds state the licence of the data in <rights>', () => {
    for (const feed of ['/en/feed.xml', '/fr/feed.xml', '/ar/feed.xml']) {
      const xml = render(feed);
      expect(xml, feed).toMatch(/<rights>[^<]*CC-BY-4\.0[^<]*<\/rights>/);
      expect(xml, feed).toContain(model.site.licences.data.url);
    }
  });
});
