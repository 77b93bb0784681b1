import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../support/builtSite.ts';
import { builtHtmlFiles } from '../../support/builtSite.ts';

/**
 * The configuration is .htmlvalidate.json: html-validate's "recommended" rules, with the
 * exceptions below. JSON has no comments, so each exception is explained here, and the
 * first test fails if the configuration changes a rule that is not explained here.
 */
const explainedExceptions: Record<string, string> = {
  'valid-id':
    'Kept, in "relaxed" mode (the HTML standard: an id is any non-empty string without whitespace). ' +
    'The strict mode also rejects ids that are awkward in CSS selectors, such as "v1.0.0" on the data ' +
    'changelog: those ids are the published, citable anchors of dataset versions (/en/data/changelog/#v1.0.0), ' +
    'valid HTML, and changing them would break links from outside. Empty ids and ids with spaces are still errors.',
  'long-title':
    'Off: not about valid HTML but a search-result display heuristic (70 characters). A page title here is the ' +
    'full title of an official ITU document or of a pledge followed by the site name (WCAG 2.4.2 asks for a title ' +
    'that describes the page); titles of official texts are not abbreviated, and French and Arabic titles run ' +
    'longer than English. Search engines cut long titles themselves.',
};

const config = JSON.parse(readFileSync(path.resolve('.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const files = builtHtmlFiles();

/** Validates built files and returns one line per error: file:line:column rule message (selector). */
async function errorsIn(list: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const file of list) {
    const report = await validator.validateString(readFileSync(path.join(distDir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        lines.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
      }
    }
  }
  return lines;
}

describe('the built pages are valid HTML (html-validate, recommended rules)', () => {
  it('the configuration extends the recommended rules and every change to them is explained', () => {
    expect(config.extends).toContain('html-validate:recommended');
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(explainedExceptions).sort());
  });

  it('the validator reports an error on invalid HTML (duplicate id, unclosed element)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div></body></html>',
      'self-check.html',
    );
    expect(report.valid).toBe(false);
  });

  it('finds every built page, the 404 page included', () => {
    expect(files).toContain('404.html');
    expect(files).toContain('index.html');
    expect(files.length).toBeGreaterThan(100);
  });

  // One test per part of the site, so a failure says where to look.
  const parts = new Map<string, string[]>();
  for (const file of files) {
    const part = file.includes('/') ? `/${file.split('/')[0]}/` : 'top-level pages (/, 404)';
    parts.set(part, [...(parts.get(part) ?? []), file]);
  }
  for (const [part, list] of parts) {
    it(`every page under ${part} is valid HTML (${list.length} pages)`, async () => {
      expect(await errorsIn(list)).toEqual([]);
    });
  }
});
