import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve('.');

/**
 * A small, valid content folder in a temporary directory: the real reference
 * data and focus areas, one organisation and one pledge. Tests add or replace
 * files in it to see how the checker reacts.
 */
export function makeContentFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'p2c-content-'));
  cpSync(path.join(root, 'content', 'reference'), path.join(dir, 'reference'), { recursive: true });
  cpSync(path.join(root, 'content', 'focus-areas'), path.join(dir, 'focus-areas'), { recursive: true });
  cpSync(path.join(root, 'tests', 'fixtures', 'content'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'retired-ids.yaml'), 'pledges: [test-0099]\n');
  return dir;
}

/** Copies a fixture file into the content folder under a given relative path. */
export function placeFixture(dir: string, fixture: string, target: string): string {
  const destination = path.join(dir, target);
  mkdirSync(path.dirname(destination), { recursive: true });
  cpSync(path.join(root, 'tests', 'fixtures', 'bad-content', fixture), destination);
  return destination;
}
