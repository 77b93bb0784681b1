import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml } from '../../src/content/readYamlFile.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

describe('YAML reading', () => {
  it('reads every content file exactly as the line-keeping parser does', () => {
    const files = yamlFiles(contentDir);
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const { parsed, issues } = parseYaml(text, file);
      expect(issues, file).toEqual([]);
      expect(parsed?.data, file).toEqual(parseDocument(text).toJS());
    }
  });

  it('keeps dates, numbers with leading zeros and "no" as the YAML 1.2 core schema reads them', () => {
    const { parsed } = parseYaml('date: 2024-05-01\ncode: 007\nanswer: no\nflag: true\n', 'x.yaml');
    expect(parsed?.data).toEqual({ date: '2024-05-01', code: 7, answer: 'no', flag: true });
  });

  it('finds the line of a field for messages, and of its parent when the field is missing', () => {
    const { parsed } = parseYaml('id: a\nvalue:\n  amount: 5\n', 'x.yaml', 10);
    expect(parsed?.lineOf(['value', 'amount'])).toBe(13);
    expect(parsed?.lineOf(['id'])).toBe(11);
    expect(parsed?.lineOf(['value', 'currency'])).toBe(13); // the mapping of `value`, which starts with `amount`
  });

  it('reports a duplicate key and a syntax error with their line', () => {
    expect(parseYaml('id: a\nid: b\n', 'x.yaml').issues).toEqual([expect.objectContaining({ file: 'x.yaml', line: 2, expected: 'valid YAML' })]);
    expect(parseYaml('id: a\nlist: [1, 2\n', 'x.yaml').issues[0]).toMatchObject({ file: 'x.yaml', expected: 'valid YAML' });
  });
});
