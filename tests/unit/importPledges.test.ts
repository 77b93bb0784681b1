import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/content/loadContent.ts';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { pledgesToCsv } from '../../src/export/pledgeCsv.ts';
import { exportFile } from '../../src/export/pledgeExport.ts';
import { parseCsvTable } from '../../src/import/csvTable.ts';
import { importPledges } from '../../src/import/importPledges.ts';
import { buildSiteModel } from '../../src/model/siteModel.ts';
import { pledgeSchema } from '../../src/schemas/pledge.ts';

const fixtures = 'tests/fixtures/import';
const fixture = (name: string) => path.resolve(fixtures, name);
const today = '2026-05-04';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A copy of the project's content in a temporary folder, to import into. */
function contentCopy(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'p2c-import-'));
  cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

/** Every file under a folder with its text, to show that nothing changed. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(file, readFileSync(file, 'utf8'));
    }
  }
  return files;
}

function readEntry(content: string, folder: string, id: string): Record<string, unknown> {
  return parse(readFileSync(path.join(content, folder, `${id}.yaml`), 'utf8')) as Record<string, unknown>;
}

describe('reading CSV rows with their line numbers', () => {
  it('counts the lines of quoted multi-line cells, CRLF and blank lines, and drops a BOM', () => {
    const table = parseCsvTable('\uFEFFid,summaryEn\r\na,"one\r\ntwo\r\nthree"\r\n\r\nb,x\r\nc,"y\nz"\nd,w\n');
    expect(table.header).toEqual(['id', 'summaryEn']);
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([[2, 'a'], [6, 'b'], [7, 'c'], [9, 'd']]);
  });
});

describe('importing pledges from CSV', () => {
  it('imports a good file: new pledger, non-USD value, French original; the content still loads with no issue', () => {
    const content = contentCopy();
    const result = importPledges({ file: fixture('good.csv'), contentDir: content, today });

    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ ok: true, imported: 3, valid: 3, rejected: 0, created: ['baobab-mesh-cooperative'], replaced: [] });
    expect(result.summary[0]).toBe('3 rows imported, 0 rows rejected.');
    expect(result.written).toHaveLength(4);
    for (const id of ['imp-001', 'imp-002', 'imp-003']) expect(existsSync(path.join(content, 'pledges', `${id}.yaml`))).toBe(true);

    const loaded = loadContent(content);
    expect(loaded.issues).toEqual([]);
    expect(loaded.content?.pledges.find((p) => p.id === 'imp-001')?.pledger).toBe('baobab-mesh-cooperative');

    const text = readFileSync(path.join(content, 'pledges', 'imp-002.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# Imported from good.csv line 3 on ${today}`);
    expect(text).toContain('  rateDate: 2026-01-15\n');
    const euro = readEntry(content, 'pledges', 'imp-002');
    expect(euro.estimatedValue).toEqual({ amount: 1200000, currency: 'EUR', usd: 1302000, rateDate: '2026-01-15' });
    expect(euro.regions).toEqual(['americas']); // "africa" is Senegal's own region, which the export adds
    expect(Object.keys(euro)).toEqual(Object.keys(pledgeSchema.shape).filter((key) => key in euro));

    const usd = readEntry(content, 'pledges', 'imp-001');
    expect(usd.estimatedValue).toEqual({ amount: 250000, currency: 'USD' });
    expect(usd).not.toHaveProperty('regions'); // no empty optional fields
    expect(usd).not.toHaveProperty('sourceUrl');

    const french = readEntry(content, 'pledges', 'imp-003');
    expect(french).toMatchObject({ originalLanguage: 'fr', global: true, title: { fr: 'Guide ouvert de la tarification sociale du haut débit' } });
    expect(french).not.toHaveProperty('endYear');

    expect(readEntry(content, 'organisations', 'baobab-mesh-cooperative')).toEqual({
      id: 'baobab-mesh-cooperative',
      illustrative: true,
      originalLanguage: 'en',
      name: { en: 'Baobab Mesh Cooperative' },
      stakeholderGroup: 'civil-society',
      country: 'KEN',
    });
  });

  it('reports every bad row with its line, field, expected and got, and writes nothing', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const result = importPledges({ file: fixture('bad.csv'), contentDir: content, today });
    const file = `${fixtures}/bad.csv`;

    expect(result.messages).toEqual([
      `${file}:2: field "id": expected an id used by one row only ("imp-101" is also the id on line 12), got "imp-101"`,
      `${file}:6: field "countries": expected an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml, got "XYZ"`,
      `${file}:7: field "amount": expected an amount of 0 or more, got -5000`,
      `${file}:8: field "pledgerId": expected the id of an organisation in content/organisations/, or pledgerName, stakeholderGroup and pledgerCountry filled in to create it, got "ghost-foundation"`,
      `${file}:9: field "endYear": expected an end year not before the start year (2026), got 2024`,
      `${file}:9: field "sdgs": expected an SDG number from 1 to 17, got 18`,
      `${file}:10: field "titleFr": expected the title in the original language ("fr"), got nothing`,
      `${file}:11: field "id": expected a new pledge id ("ill-003" is already a pledge in content/pledges/; run with --overwrite to replace it), got "ill-003"`,
      `${file}:12: field "id": expected an id used by one row only ("imp-101" is also the id on line 2), got "imp-101"`,
    ]);
    expect(result).toMatchObject({ ok: false, imported: 0, valid: 1, rejected: 8, written: [] });
    expect(result.summary).toEqual(['0 rows imported, 8 rows rejected. Nothing was written. The 1 row without problems will be imported once every row is valid.']);
    expect(snapshot(content)).toEqual(before);
  });

  it('replaces an existing pledge only with --overwrite, keeping the updates the CSV cannot carry', () => {
    const content = contentCopy();
    const refused = importPledges({ file: fixture('overwrite.csv'), contentDir: content, today });
    expect(refused.ok).toBe(false);
    expect(refused.messages).toEqual([
      `${fixtures}/overwrite.csv:2: field "id": expected a new pledge id ("ill-003" is already a pledge in content/pledges/; run with --overwrite to replace it), got "ill-003"`,
    ]);

    const result = importPledges({ file: fixture('overwrite.csv'), contentDir: content, overwrite: true, today });
    expect(result.messages).toEqual([]);
    expect(result).toMatchObject({ ok: true, imported: 1, replaced: ['ill-003'] });
    expect(result.summary).toContain('Replaced pledge ill-003 (kept its 1 progress update and the recorded sources of its translations, which the CSV has no columns for).');

    const loaded = loadContent(content);
    expect(loaded.issues).toEqual([]);
    const pledge = loaded.content?.pledges.find((p) => p.id === 'ill-003');
    expect(pledge?.endYear).toBe(2025);
    expect(pledge?.updates).toHaveLength(1);
  });

  it('rejects a header with an unknown column or without a required one', () => {
    const content = contentCopy();
    const result = importPledges({ file: fixture('unknown-column.csv'), contentDir: content, today });
    const file = `${fixtures}/unknown-column.csv`;
    expect(result.messages).toEqual([
      `${file}:1: field "colour": expected a column of the pledge CSV export (see src/export/pledgeCsv.ts; check its spelling), got an unknown column`,
      `${file}:1: field "status": expected this column (it is required), got no such column`,
    ]);
    expect(result).toMatchObject({ ok: false, rejected: 1, written: [] });

    const semicolons = path.join(dir, 'semicolons.csv');
    writeFileSync(semicolons, 'id;pledgerId;status\nimp-401;x;announced\n');
    expect(importPledges({ file: semicolons, contentDir: content, today }).messages).toEqual([
      `${semicolons}:1: expected columns separated by commas (save the sheet as "CSV UTF-8 (comma delimited)"), got columns separated by ";"`,
    ]);
  });

  it('writes nothing on a dry run', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const result = importPledges({ file: fixture('good.csv'), contentDir: content, dryRun: true, today });
    expect(result).toMatchObject({ ok: true, imported: 0, valid: 3, written: [] });
    expect(result.summary[0]).toBe('Dry run: 3 rows would be imported, 0 rows rejected. Nothing was written.');
    expect(snapshot(content)).toEqual(before);
  });

  it('lets later rows use a pledger an earlier row creates, and reports details that disagree', () => {
    const content = contentCopy();
    const header = 'id,illustrative,pledgerId,pledgerName,stakeholderGroup,pledgerCountry,originalLanguage,titleEn,summaryEn,focusAreas,pledgeType,status,countries,startYear,announcedDate';
    const row = (id: string, details: string) => `${id},true,sahel-fibre-trust,${details},en,Title,Summary,access,other,announced,MLI,2026,2026-01-10`;
    const csv = path.join(dir, 'shared.csv');

    writeFileSync(csv, [header, row('imp-301', 'Sahel Fibre Trust,civil-society,MLI'), row('imp-302', ',,')].join('\n'));
    expect(importPledges({ file: csv, contentDir: content, dryRun: true, today })).toMatchObject({ ok: true, valid: 2, created: ['sahel-fibre-trust'] });

    writeFileSync(csv, [header, row('imp-301', 'Sahel Fibre Trust,civil-society,MLI'), row('imp-302', 'Sahel Fibre Trust,civil-society,NER')].join('\n'));
    const conflict = importPledges({ file: csv, contentDir: content, dryRun: true, today });
    expect(conflict.messages).toEqual([
      `${path.join(dir, 'shared.csv')}:3: field "pledgerCountry": expected the same value as line 2, which creates pledger "sahel-fibre-trust" ("MLI"), got "NER"`,
    ]);
  });

  it('imports the site’s own CSV export back unchanged (with --overwrite)', () => {
    const content = contentCopy();
    const { content: validated, issues } = checkContent(content);
    expect(issues).toEqual([]);
    if (!validated) throw new Error('content did not load');
    const model = buildSiteModel(validated, today);
    const csv = path.join(dir, 'pledges.csv');
    writeFileSync(csv, pledgesToCsv(exportFile(model, new URL('https://partner2connect.example.org/')).pledges));

    const result = importPledges({ file: csv, contentDir: content, overwrite: true, today });
    expect(result.messages).toEqual([]);
    expect(result.replaced).toHaveLength(validated.pledges.length);

    const reloaded = loadContent(content);
    expect(reloaded.issues).toEqual([]);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(reloaded.content?.pledges ?? [])).toEqual(byId(validated.pledges));
  });
});

describe('the import command', () => {
  const node = process.execPath;
  const run = (...args: string[]) => spawnSync(node, ['scripts/import-pledges.ts', ...args], { encoding: 'utf8' });

  it('exits 1 on a bad file, prints each problem and the summary, no stack trace, and writes nothing', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const result = run(`${fixtures}/bad.csv`, '--content', content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${fixtures}/bad.csv:7: field "amount": expected an amount of 0 or more, got -5000\n`);
    expect(result.stderr).toContain('0 rows imported, 8 rows rejected. Nothing was written.');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+:\d+/);
    expect(snapshot(content)).toEqual(before);
  });

  it('exits 0 on a good file and lists what it writes', () => {
    const content = contentCopy();
    const result = run(`${fixtures}/good.csv`, '--content', content);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('3 rows imported, 0 rows rejected.\nCreated pledger baobab-mesh-cooperative.\n');
    expect(loadContent(content).issues).toEqual([]);
  });

  it('explains a wrong command line in one message and exits 2', () => {
    const result = run('--no-such-option');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run import -- FILE.csv [--content DIR] [--dry-run] [--overwrite]');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+:\d+/);
  });
});
