import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/content/contentIssue.ts';
import { checkContent } from '../../src/content/loadValidatedContent.ts';
import { makeContentFixture, placeFixture } from '../support/contentFixture.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the checker on the base fixture plus the given files; returns its messages, with paths relative to the fixture. */
function messagesWith(files: [fixture: string, target: string][]): string[] {
  dir = makeContentFixture();
  for (const [fixture, target] of files) placeFixture(dir, fixture, target);
  const { issues } = checkContent(dir);
  return issues.map((issue) => formatIssue({ ...issue, file: path.relative(dir, path.resolve(issue.file)).split(path.sep).join('/') }));
}

function pledge(fixture: string): string[] {
  return messagesWith([[fixture, 'pledges/test-0002.yaml']]);
}

describe('content errors name the file, the field and what was expected', () => {
  it('accepts the valid base fixture', () => {
    expect(messagesWith([])).toEqual([]);
  });

  it('reports malformed YAML with its line', () => {
    const messages = pledge('malformed-yaml.yaml');
    expect(messages[0]).toMatch(/^pledges\/test-0002\.yaml:\d+: expected valid YAML, got a syntax error/);
  });

  it('reports malformed front matter in a document', () => {
    const messages = messagesWith([['document-meta.yaml', 'documents/test-doc/meta.yaml'], ['malformed-frontmatter.md', 'documents/test-doc/en.md']]);
    expect(messages).toContainEqual(expect.stringMatching(/^documents\/test-doc\/en\.md:\d+: expected valid YAML, got a syntax error/));
  });

  it('reports a missing required field', () => {
    expect(pledge('missing-field.yaml')).toContain('pledges/test-0002.yaml:1: field "pledgeType": expected one of "programmatic", "advocacy", "policy", "other" (this field is required)');
  });

  it('reports a value of the wrong type', () => {
    expect(pledge('wrong-type.yaml')).toContain('pledges/test-0002.yaml:10: field "startYear": expected a number, got "twenty twenty-four"');
  });

  it('reports an unknown value of a controlled list', () => {
    expect(pledge('unknown-enum.yaml')).toContain('pledges/test-0002.yaml:11: field "status": expected one of "announced", "in-progress", "completed", "discontinued", got "finished"');
  });

  it('reports an unknown country code', () => {
    expect(pledge('unknown-country.yaml')).toContain('pledges/test-0002.yaml:9: field "countries.1": expected an ISO 3166-1 alpha-3 code listed in content/reference/countries.yaml, got "XYZ"');
  });

  it('reports an unknown currency code', () => {
    expect(pledge('unknown-currency.yaml')).toContain('pledges/test-0002.yaml:10: field "estimatedValue.currency": expected an ISO 4217 currency code in capitals (e.g. USD, EUR, XOF), got "EURO". Did you mean "EUR"?');
  });

  it('reports a negative amount', () => {
    expect(pledge('negative-amount.yaml')).toContain('pledges/test-0002.yaml:10: field "estimatedValue.amount": expected an amount of 0 or more, got -250000');
  });

  it('reports an end year before the start year', () => {
    expect(pledge('end-before-start.yaml')).toContain('pledges/test-0002.yaml:11: field "endYear": expected an end year not before the start year (2025), got 2023');
  });

  it('reports a reference to an organisation that does not exist', () => {
    expect(pledge('unknown-organisation.yaml')).toContain(
      'pledges/test-0002.yaml:3: field "pledger": expected the id of an organisation in content/organisations/ (no file content/organisations/no-such-organisation.yaml), got "no-such-organisation"',
    );
  });

  it('reports a reference to a focus area that does not exist', () => {
    expect(pledge('unknown-focus-area.yaml')).toContain(
      'pledges/test-0002.yaml:7: field "focusAreas.1": expected a focus area id: "access", "adoption", "value-creation", "accelerate", got "connectivity"',
    );
  });

  it('reports two entries with the same id', () => {
    expect(pledge('duplicate-id.yaml')).toContain(
      'pledges/test-0002.yaml:2: field "id": expected the file name "test-0002" (the file must be named after the entry\'s id), got "test-0001"',
    );
    expect(messagesWith([['duplicate-id.yaml', 'pledges/test-0001.yml']])).toContainEqual(
      expect.stringMatching(/^pledges\/test-0001\.yml:2: field "id": expected an id no other entry uses \("test-0001" is already the id of .*test-0001\.yaml\), got "test-0001"\. Take the next free id, "test-0100"/),
    );
  });

  it('reports an empty file', () => {
    expect(pledge('empty.yaml')).toContain('pledges/test-0002.yaml: expected YAML content (the file is empty)');
  });

  it('reports a missing title in the original language', () => {
    expect(pledge('missing-original-title.yaml')).toContain('pledges/test-0002.yaml:5: field "title.fr": expected the title in the original language ("fr"), got nothing');
  });

  it('reports a misspelt field name', () => {
    expect(pledge('misspelt-field.yaml')).toContain('pledges/test-0002.yaml:11: field "satus": expected no such field (check its spelling; see the schema comments in src/schemas/). Did you mean "status"?');
  });

  it('reports the reuse of a retired id', () => {
    expect(messagesWith([['retired-id.yaml', 'pledges/test-0099.yaml']])).toContain(
      'pledges/test-0099.yaml:1: field "id": expected an id never used before (this one is retired in content/retired-ids.yaml), got "test-0099". Take the next free id, "test-0100", and name the file after it (`npm run new -- pledge` always picks a free id).',
    );
  });

  it('reports a translation that lost a numbered paragraph', () => {
    const messages = messagesWith([
      ['document-meta.yaml', 'documents/test-doc/meta.yaml'],
      ['document-ar.md', 'documents/test-doc/ar.md'],
      ['document-missing-anchor.md', 'documents/test-doc/en.md'],
    ]);
    expect(messages).toContain('documents/test-doc/en.md: expected the same anchors as ar.md, got missing #para-1-2');
  });

  it('reports a placeholder link written as [text](#)', () => {
    const messages = messagesWith([
      ['document-meta.yaml', 'documents/test-doc/meta.yaml'],
      ['document-ar.md', 'documents/test-doc/ar.md'],
      ['document-dead-link.md', 'documents/test-doc/en.md'],
    ]);
    expect(messages).toContain('documents/test-doc/en.md:9: expected a link without an address: write :nolink[text] instead of [text](#)');
  });
});
