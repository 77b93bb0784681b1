import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/content/contentIssue.ts';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { editDistance } from '../../../src/content/suggestEditDistance.ts';
import { didYouMean, nearestValues } from '../../../src/content/suggestNearest.ts';
import { makeContentFixture } from '../../support/contentFixture.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The check's messages after an edit of the base fixture's pledge, with paths relative to the fixture. */
function messagesAfter(edit: (text: string) => string): string[] {
  dir = makeContentFixture();
  const file = path.join(dir, 'pledges', 'test-0001.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return checkContent(dir).issues.map((issue) => formatIssue({ ...issue, file: path.relative(dir, path.resolve(issue.file)).split(path.sep).join('/') }));
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('access', 'access')).toBe(0);
    expect(editDistance('acess', 'access')).toBe(1);
    expect(editDistance('accesss', 'access')).toBe(1);
    expect(editDistance('KNE', 'KEN')).toBe(1);
    expect(editDistance('KNE', 'KNA')).toBe(1);
    expect(editDistance('adoptoin', 'adoption')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('été', 'ete')).toBe(2);
  });
});

describe('nearest valid values', () => {
  const codes = ['KEN', 'KNA', 'MNE', 'MWI', 'ZMB'];

  it('puts a swap of two letters first: "KEN" for "KNE"', () => {
    expect(nearestValues('KNE', codes)[0]).toBe('KEN');
    expect(didYouMean(nearestValues('ZBM', codes))).toBe('Did you mean "ZMB"?');
    expect(nearestValues('TZN', ['TON', 'TUN', 'TZA'])).toEqual(['TZA', 'TON', 'TUN']);
  });

  it('ignores case, accents and separators', () => {
    expect(nearestValues('ken', codes)).toEqual(['KEN']);
    expect(nearestValues('in progress', ['announced', 'in-progress', 'completed'])).toEqual(['in-progress']);
    expect(nearestValues('value_creation', ['access', 'value-creation'])).toEqual(['value-creation']);
  });

  it('suggests nothing when no value is near', () => {
    expect(nearestValues('connectivity', ['access', 'adoption', 'value-creation', 'accelerate'])).toEqual([]);
    expect(didYouMean([])).toBeUndefined();
  });

  it('lists several equally near values', () => {
    expect(didYouMean(['KEN', 'KNA', 'MNE'])).toBe('Did you mean "KEN", "KNA" or "MNE"?');
  });
});

describe('the check suggests the likely fix, with the file, line and field', () => {
  it('a misspelt value of a controlled list', () => {
    expect(messagesAfter((t) => t.replace('status: in-progress\nannounced', 'status: in progress\nannounced'))).toContain(
      'pledges/test-0001.yaml:21: field "status": expected one of "announced", "in-progress", "completed", "discontinued", got "in progress". Did you mean "in-progress"?',
    );
    expect(messagesAfter((t) => t.replace('pledgeType: programmatic', 'pledgeType: programatic'))).toContain(
      'pledges/test-0001.yaml:12: field "pledgeType": expected one of "programmatic", "advocacy", "policy", "other", got "programatic". Did you mean "programmatic"?',
    );
  });

  it('a misspelt country code, in capitals or not, or a country name', () => {
    expect(messagesAfter((t) => t.replace('countries: [MWI]', 'countries: [MWI, KNE]'))).toContainEqual(
      expect.stringMatching(/^pledges\/test-0001\.yaml:13: field "countries\.1": expected .*, got "KNE"\. Did you mean "KEN"/),
    );
    // Codes that are not three capitals fail the schema, which is checked before the list of countries.
    const messages = messagesAfter((t) => t.replace('countries: [MWI]', 'countries: [MWI, KNE, Kenya, zmb]'));
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:13: field "countries\.2": expected .*, got "Kenya"\. Did you mean "KEN"\?$/));
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:13: field "countries\.3": expected .*, got "zmb"\. Did you mean "ZMB"\?$/));
  });

  it('a misspelt focus area, pillar, pledger or event id', () => {
    const messages = messagesAfter((t) =>
      t
        .replace('focusAreas: [access]', 'focusAreas: [acess]')
        .replace('pillars: [access-infrastructure]', 'pillars: [access-infrastructur]')
        .replace('pledger: test-pledger', 'pledger: test-pledgr')
        .replace('  date: 2024-05-02\nupdates', '  date: 2024-05-02\n  event: wsis-forum-2032\nupdates'),
    );
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:4: field "pledger": .*, got "test-pledgr"\. Did you mean "test-pledger"\?$/));
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:10: field "focusAreas\.0": .*, got "acess"\. Did you mean "access"\?$/));
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:11: field "pillars\.0": .*, got "access-infrastructur"\. Did you mean "access-infrastructure"\?$/));
    expect(messages).toContainEqual(expect.stringMatching(/^pledges\/test-0001\.yaml:24: field "announced\.event": .*, got "wsis-forum-2032"\. Did you mean "wsis-forum-2023"\?$/));
  });

  it('a pledger renamed since: the new id, from its formerIds', () => {
    dir = makeContentFixture();
    const organisation = path.join(dir, 'organisations', 'test-pledger.yaml');
    const renamed = path.join(dir, 'organisations', 'test-pledger-renamed.yaml');
    writeFileSync(renamed, readFileSync(organisation, 'utf8').replace('id: test-pledger', 'id: test-pledger-renamed\nformerIds: [test-pledger]'));
    rmSync(organisation);
    const messages = checkContent(dir).issues.map(formatIssue);
    expect(messages).toContainEqual(expect.stringMatching(/test-0001\.yaml:4: field "pledger": .*, got "test-pledger"\. "test-pledger" was renamed "test-pledger-renamed" \(it is in that entry's formerIds\): write the new id\.$/));
  });

  it('a misspelt field name', () => {
    expect(messagesAfter((t) => t.replace('startYear:', 'startYaer:'))).toContainEqual(
      expect.stringMatching(/^pledges\/test-0001\.yaml:19: field "startYaer": expected no such field .*\. Did you mean "startYear"\?$/),
    );
    expect(messagesAfter((t) => t.replace('  currency: EUR', '  curency: EUR'))).toContainEqual(
      expect.stringMatching(/^pledges\/test-0001\.yaml:16: field "estimatedValue\.curency": expected no such field .*\. Did you mean "currency"\?$/),
    );
  });
});
