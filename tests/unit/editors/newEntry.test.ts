import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { idFromTitle } from '../../../src/editors/idFromTitle.ts';
import { NewEntryError, planEntry } from '../../../src/editors/newEntry.ts';
import { nextNumberedId } from '../../../src/editors/numberedIds.ts';
import { makeContentFixture } from '../../support/contentFixture.ts';

// Child processes of Node are slow to start on a busy machine: these tests allow a minute each.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const node = process.execPath;
const newEntry = (...args: string[]) => spawnSync(node, ['scripts/new.ts', ...args, '--content', dir], { encoding: 'utf8' });
const problems = () => checkContent(dir).issues;

describe('npm run new writes an entry that passes the check', { timeout: 60_000 }, () => {
  it('a pledge, with the next free id, its path and the lines to fill in', () => {
    dir = makeContentFixture();
    const result = newEntry('pledge', '--pledger', 'test-pledger', '--title', 'Fibre for 40 rural schools', '--country', 'KEN', '--country', 'uga');
    expect(result.status).toBe(0);
    const file = path.join(dir, 'pledges', 'p2c-0001.yaml');
    expect(result.stdout).toContain(`Wrote a new pledge, "p2c-0001":\n  ${file}\n`);
    expect(result.stdout).toContain(`${file}:8: en: "TODO: what is pledged"`);
    expect(result.stdout).toContain('Then run `npm run check`');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title:\n  en: "Fibre for 40 rural schools"\n');
    expect(text).toContain('countries: [KEN, UGA]');
    expect(problems()).toEqual([]);
  });

  it('an illustrative pledge in French, worldwide until countries are named', () => {
    dir = makeContentFixture();
    expect(newEntry('pledge', '--pledger', 'test-pledger', '--lang', 'fr', '--illustrative', '--date', '2026-03-01').status).toBe(0);
    const text = readFileSync(path.join(dir, 'pledges', 'ill-0001.yaml'), 'utf8');
    expect(text).toMatch(/^illustrative: true/m);
    expect(text).toMatch(/^global: true +# TODO/m);
    expect(text).toMatch(/^ {2}date: 2026-03-01 /m);
    expect(text).not.toContain('sourceUrl');
    expect(problems()).toEqual([]);
  });

  it('an organisation, its id made from its name', () => {
    dir = makeContentFixture();
    const result = newEntry('organisation', '--title', 'Fondation Lumière des Îles', '--lang', 'fr', '--country', 'SYC');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(path.join(dir, 'organisations', 'fondation-lumiere-des-iles.yaml'));
    expect(problems()).toEqual([]);
  });

  it('a document: meta.yaml and the language version', () => {
    dir = makeContentFixture();
    const result = newEntry('document', '--title', 'Partner2Connect annual report 2026', '--type', 'report', '--lang', 'en');
    expect(result.status).toBe(0);
    expect(existsSync(path.join(dir, 'documents', 'partner2connect-annual-report-2026', 'meta.yaml'))).toBe(true);
    expect(existsSync(path.join(dir, 'documents', 'partner2connect-annual-report-2026', 'en.md'))).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('prints the files without writing them with --dry-run', () => {
    dir = makeContentFixture();
    const result = newEntry('organisation', '--title', 'Example Org', '--country', 'KEN', '--dry-run');
    expect(result.stdout).toContain('example-org.yaml (not written: --dry-run)\nid: example-org\n');
    expect(existsSync(path.join(dir, 'organisations', 'example-org.yaml'))).toBe(false);
  });
});

describe('ids are never reused', { timeout: 60_000 }, () => {
  it('numbers on from the highest id of the series, keeping its width', () => {
    expect(nextNumberedId('ill-', ['ill-001', 'ill-040', 'ill-007'])).toBe('ill-041');
    expect(nextNumberedId('p2c-', ['ill-001'])).toBe('p2c-0001');
  });

  it('skips ids that are retired, former ids of an entry, or deleted in the git history', () => {
    dir = makeContentFixture();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: dir, stdio: 'ignore' });
    writeFileSync(path.join(dir, 'retired-ids.yaml'), 'pledges: [test-0099, p2c-0004]\n');
    const first = path.join(dir, 'pledges', 'test-0001.yaml');
    writeFileSync(first, readFileSync(first, 'utf8').replace('illustrative: true\n', 'illustrative: true\nformerIds: [p2c-0007]\n'));
    const plan = () => planEntry({ kind: 'pledge', contentDir: dir, pledger: 'test-pledger', today: '2026-11-29' }).id;
    expect(plan()).toBe('p2c-0008');
    git('init', '-q');
    writeFileSync(path.join(dir, 'pledges', 'p2c-0011.yaml'), 'id: p2c-0011\n');
    git('add', '.');
    git('commit', '-qm', 'a pledge');
    git('rm', '-q', 'pledges/p2c-0011.yaml');
    git('commit', '-qm', 'removed');
    expect(plan()).toBe('p2c-0012');
    expect(() => planEntry({ kind: 'pledge', contentDir: dir, pledger: 'test-pledger', id: 'p2c-0011' })).toThrow(
      '--id p2c-0011: this id cannot be given to a new pledge: it is the id of an entry deleted from content/pledges/ (see git log; its address was published).',
    );
    expect(() => planEntry({ kind: 'pledge', contentDir: dir, pledger: 'test-pledger', id: 'test-0099' })).toThrow('it is retired in content/retired-ids.yaml');
    expect(() => planEntry({ kind: 'pledge', contentDir: dir, pledger: 'test-pledger', id: 'p2c-0007' })).toThrow('it is a former id of content/pledges/test-0001.yaml');
  });

  it('makes ids from titles in ASCII, lower case, words joined by "-"', () => {
    expect(idFromTitle('Fondation Lumière des Îles')).toBe('fondation-lumiere-des-iles');
    expect(idFromTitle('Coalition’s “Digital” Plan — 2026')).toBe('coalitions-digital-plan-2026');
    expect(idFromTitle('مؤسسة')).toBe('');
  });
});

describe('clear errors for wrong flags', { timeout: 60_000 }, () => {
  it('suggests the pledger, country or type meant', () => {
    dir = makeContentFixture();
    const pledger = newEntry('pledge', '--pledger', 'test-pleger');
    expect(pledger.status).toBe(1);
    expect(pledger.stderr).toContain('--pledger test-pleger: no file content/organisations/test-pleger.yaml. Did you mean "test-pledger"?');
    expect(newEntry('pledge', '--pledger', 'test-pledger', '--country', 'KNE').stderr).toContain('--country KNE: expected an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml (e.g. KEN). Did you mean "KEN"');
    expect(newEntry('pledge', '--pledger', 'test-pledger', '--country', 'Kenya').stderr).toContain('Did you mean "KEN"?');
    expect(newEntry('document', '--title', 'X', '--type', 'resolutoin').stderr).toContain('--type resolutoin: expected one of circular, resolution, concept-note, report. Did you mean "resolution"?');
    expect(() => planEntry({ kind: 'organisation', contentDir: dir, title: 'Test pledger', countries: ['KEN'] })).toThrow(NewEntryError);
  });

  it('exits 2 with the usage for an unknown kind or option, and a flag of another kind', () => {
    dir = makeContentFixture();
    for (const args of [['pledges'], [], ['pledge', '--pledgr', 'x'], ['document', '--title', 'X', '--pledger', 'test-pledger']]) {
      const result = newEntry(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: npm run new -- pledge --pledger ID');
    }
    expect(newEntry('pledges').stderr).toContain('"pledges" is not a kind of entry: pledge, organisation, document.');
    expect(newEntry('document', '--title', 'X', '--pledger', 'test-pledger').stderr).toContain('--pledger: not an option of "npm run new -- document".');
  });
});
