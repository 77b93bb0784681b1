import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeContentFixture, placeFixture } from '../support/contentFixture.ts';

const node = process.execPath;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function badContent(): string {
  dir = makeContentFixture();
  placeFixture(dir, 'negative-amount.yaml', 'pledges/test-0002.yaml');
  placeFixture(dir, 'unknown-country.yaml', 'pledges/test-0003.yaml');
  return dir;
}

describe('the content check command', () => {
  it('passes on the project content and says what it checked', () => {
    const out = execFileSync(node, ['scripts/check-content.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^Content OK \(content\): 5 documents, 4 focus areas, \d+ organisations, \d+ pledges/);
  });

  it('exits 1 and lists every problem with file, line and field, without a stack trace', () => {
    const result = spawnSync(node, ['scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, P2C_CONTENT_DIR: badContent() } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content check failed: 3 problems in 2 files.');
    expect(result.stderr).toContain('pledges/test-0002.yaml:10: field "estimatedValue.amount": expected an amount of 0 or more, got -250000');
    expect(result.stderr).toContain('pledges/test-0003.yaml:9: field "countries.1": expected an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml, got "XYZ"');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+:\d+/);
  });

  it('stops `astro build` with the same report and no stack trace', () => {
    const content = badContent();
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build'], {
      encoding: 'utf8',
      env: { ...process.env, P2C_CONTENT_DIR: content, P2C_OUT_DIR: path.join(content, 'dist') },
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('field "estimatedValue.amount": expected an amount of 0 or more, got -250000');
    expect(output).not.toContain('Stack trace');
  }, 60_000);
});
