import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/loadValidatedContent.ts';
import { markTranslation } from '../../../src/editors/markTranslation.ts';
import { buildTranslationReport } from '../../../src/editors/translationReport.ts';
import type { EntryStatus, UiDictionary } from '../../../src/editors/translationStatus.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { makeContentFixture } from '../../support/contentFixture.ts';

// Child processes of Node are slow to start on a busy machine: these tests allow a minute each.
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const english = `---
title: Test document
summary: A document to test translation status.
text: published
---

## 1 Purpose {#sec-1}

The first paragraph, written in English.
`;

const french = `---
title: Document de test
summary: Un document pour tester l’état des traductions.
text: unofficial-translation
translatedFrom: en
---

## 1 Objet {#sec-1}

Le premier paragraphe, traduit de l’anglais.
`;

/** The base fixture with a document (English published, French translated from it) and a pledge translated into French. */
function fixture(): string {
  dir = makeContentFixture();
  const doc = path.join(dir, 'documents', 'test-doc');
  mkdirSync(doc, { recursive: true });
  writeFileSync(path.join(doc, 'meta.yaml'), 'type: report\nsymbol: null\ndate: 2024-01-01\nissuingBody: bdt\noriginalLanguage: en\n');
  writeFileSync(path.join(doc, 'en.md'), english);
  writeFileSync(path.join(doc, 'fr.md'), french);
  const pledge = path.join(dir, 'pledges', 'test-0001.yaml');
  writeFileSync(pledge, readFileSync(pledge, 'utf8').replace('  en: Village broadband pilot\n', '  en: Village broadband pilot\n  fr: Projet pilote de haut débit villageois\n'));
  return dir;
}

function report(content: string, ui?: Record<Locale, UiDictionary>, uiVersionsFile?: string) {
  const { content: checked, issues } = checkContent(content);
  expect(issues).toEqual([]);
  return buildTranslationReport({ contentDir: content, focusAreas: checked?.focusAreas ?? [], pledges: checked?.pledges ?? [], ...(ui ? { ui } : {}), ...(uiVersionsFile ? { uiVersionsFile } : {}) });
}

const stateIn = (entry: EntryStatus | undefined, lang: Locale) => {
  const status = entry?.languages[lang];
  return status?.role === 'translation' ? status.state : status?.role;
};

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('translation status', { timeout: 60_000 }, () => {
  it('says which languages exist and that an unmarked translation is not recorded', () => {
    const r = report(fixture());
    const doc = r.documents.find((d) => d.id === 'test-doc');
    expect(stateIn(doc, 'en')).toBe('original');
    expect(stateIn(doc, 'fr')).toBe('unrecorded');
    expect(stateIn(doc, 'ar')).toBe('missing');
    const pledge = r.pledges.find((p) => p.id === 'test-0001');
    expect([stateIn(pledge, 'en'), stateIn(pledge, 'fr'), stateIn(pledge, 'ar')]).toEqual(['original', 'unrecorded', 'missing']);
  });

  it('flags a document translation made from an older version of its source', () => {
    const content = fixture();
    const frFile = path.join(content, 'documents', 'test-doc', 'fr.md');
    const marked = markTranslation(frFile, { contentDir: content });
    expect(readFileSync(frFile, 'utf8')).toContain(`translatedFrom: en\nsourceVersion: "${marked.marked[0]?.version}"\n---`);
    expect(stateIn(report(content).documents[0], 'fr')).toBe('current');

    // Re-wrapping the source's lines is not a change of the text.
    const enFile = path.join(content, 'documents', 'test-doc', 'en.md');
    edit(enFile, (t) => t.replace('The first paragraph, written in English.', 'The first paragraph,\nwritten   in English.'));
    expect(stateIn(report(content).documents[0], 'fr')).toBe('current');

    edit(enFile, (t) => t.replace('written   in English.', 'written in English, then revised.'));
    const after = report(content).documents[0];
    expect(stateIn(after, 'fr')).toBe('stale');
    const status = after?.languages.fr;
    expect(status?.role === 'translation' && status.recorded !== status.sourceVersion).toBe(true);

    // The editor updates the translation, then marks it again.
    edit(frFile, (t) => t.replace('traduit de l’anglais.', 'traduit de l’anglais, puis révisé.'));
    markTranslation(frFile, { contentDir: content });
    expect(stateIn(report(content).documents[0], 'fr')).toBe('current');
  });

  it('flags a pledge translation made from an older title or summary, and keeps the file valid', () => {
    const content = fixture();
    const file = path.join(content, 'pledges', 'test-0001.yaml');
    markTranslation(file, { contentDir: content });
    expect(readFileSync(file, 'utf8')).toMatch(/\noriginalLanguage: en\nsourceVersions: \{ fr: "[0-9a-f]{8}" \}\ntitle:\n/);
    expect(stateIn(report(content).pledges[0], 'fr')).toBe('current');
    edit(file, (t) => t.replace('Connect ten villages to broadband.', 'Connect twelve villages to broadband.'));
    expect(stateIn(report(content).pledges[0], 'fr')).toBe('stale');
  });

  it('flags a UI string whose English changed since it was translated', () => {
    const content = fixture();
    const versions = path.join(content, 'ui-source-versions.yaml');
    const ui = { en: { 'a.b': 'Hello', 'c.d': { one: '{count} pledge', other: '{count} pledges' } }, fr: { 'a.b': 'Bonjour', 'c.d': { one: '{count} promesse', other: '{count} promesses' } }, ar: { 'a.b': 'مرحبا' } };
    expect(report(content, ui, versions).ui.map((f) => f.unrecorded)).toEqual([['a.b', 'c.d'], ['a.b']]);
    markTranslation('src/i18n/ui/fr.ts', { ui, uiVersionsFile: versions });
    markTranslation('src/i18n/ui/ar.ts', { ui, uiVersionsFile: versions, keys: ['a.b'] });
    expect(report(content, ui, versions).ui.map((f) => [f.current, f.stale, f.unrecorded])).toEqual([[2, [], []], [1, [], []]]);
    const changed = { ...ui, en: { ...ui.en, 'c.d': { one: '{count} pledge', other: '{count} pledges in all' } } };
    expect(report(content, changed, versions).ui[0]).toMatchObject({ lang: 'fr', current: 1, stale: ['c.d'], unrecorded: [] });
    expect(() => markTranslation('src/i18n/ui/fr.ts', { ui, uiVersionsFile: versions, keys: ['a.c'] })).toThrow('--key a.c: no such UI string in src/i18n/ui/en.ts. Did you mean "a.b"?');
  });
});

describe('npm run translations', { timeout: 60_000 }, () => {
  const node = process.execPath;
  const run = (...args: string[]) => spawnSync(node, ['scripts/translations.ts', ...args], { encoding: 'utf8' });

  it('prints every entry with the state of each language, and exits 0 even when a translation is stale', () => {
    const content = fixture();
    expect(run('--content', content, '--mark', path.join(content, 'documents', 'test-doc', 'fr.md')).status).toBe(0);
    edit(path.join(content, 'documents', 'test-doc', 'en.md'), (t) => t.replace('written in English.', 'written in English, then revised.'));
    const result = run('--content', content);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Translations of documents, focus areas and pledges: \d+ up to date, 1 stale, \d+ not recorded/);
    expect(result.stdout).toMatch(/\ntest-doc +published +STALE \(from en\) +-\n/);
    expect(result.stdout).toMatch(/\ntest-0001 +original +not recorded +-\n/);
    expect(result.stdout).toContain(`Stale translations: update each from its source, then record that it is up to date:\n  npm run translations -- --mark ${path.join(content, 'documents', 'test-doc', 'fr.md')}   (fr, translated from en)`);
    expect(result.stdout).toMatch(/\n {2}src\/i18n\/ui\/fr\.ts: \d+ strings: \d+ up to date\n/);
  });

  it('exits 1 with --strict when a translation is stale, and 0 when none is', () => {
    const content = fixture();
    const fr = path.join(content, 'documents', 'test-doc', 'fr.md');
    run('--content', content, '--mark', fr);
    expect(run('--content', content, '--strict').status).toBe(0);
    edit(path.join(content, 'documents', 'test-doc', 'en.md'), (t) => t.replace('Test document', 'Revised test document'));
    expect(run('--content', content, '--strict').status).toBe(1);
  });

  it('lists only what needs attention with --todo', () => {
    const content = fixture();
    run('--content', content, '--mark', path.join(content, 'pledges', 'test-0001.yaml'));
    const result = run('--content', content, '--todo');
    expect(result.stdout).not.toContain('test-0001');
    expect(result.stdout).toContain('test-doc');
  });

  it('refuses to mark what is not a translation, and wrong options, with a plain message', () => {
    const content = fixture();
    const published = run('--content', content, '--mark', path.join(content, 'documents', 'test-doc', 'en.md'));
    expect(published.status).toBe(1);
    expect(published.stderr).toContain('is a published text (text: published), not a translation: nothing to mark.');
    const source = run('--content', content, '--mark', path.join(content, 'pledges', 'test-0001.yaml'), '--lang', 'en');
    expect(source.status).toBe(1);
    expect(source.stderr).toContain('--lang en: en is the source of');
    const unknown = run('--frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
    expect(unknown.stderr).toContain('Usage: npm run translations');
    const lang = run('--mark', 'x', '--lang', 'de');
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang de: expected one of en, fr, ar.');
    expect(spawnSync(node, ['scripts/translations.ts', '--mark', path.join(tmpdir(), 'elsewhere.yaml')], { encoding: 'utf8' }).stderr).toContain('not a translation that can be marked');
  });
});
